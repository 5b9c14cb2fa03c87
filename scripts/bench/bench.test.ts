/**
 * Smoke test of the benchmark's premise, in Node only (no browser, no timing): the floor's one
 * RegExp and Caravan's matcher find the same entities in the dense fixture's text, for names
 * that are unambiguous, so the benchmark compares annotators doing the same job.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/matching/build';
import { denseBlocks } from './fixtures.mjs';
import { allForms, floorRegExp, loadEntries, regExpModifiersSupported } from './names.mjs';

/** Unambiguous, case-insensitive names the corpus mentions (checked against the gazetteer below). */
const IDS = ['kazakhstan', 'afghanistan', 'kabul', 'central-asia', 'atameken', 'almaty', 'herat'];

// As the benchmark loads it (checked, CLDR's names of states filled in).
const entries = await loadEntries();

describe('bench: floor RegExp and Caravan matcher agree on the dense fixture', () => {
  // The corpus documents once each: the dense page repeats them.
  const blocks = denseBlocks().filter((b) => b.round === 0);
  const matcher = compileMatcher(entries);
  const floor = floorRegExp(entries, { modifiers: regExpModifiersSupported() });
  const re = new RegExp(floor.source, floor.flags);
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const entityOf = new Map(allForms(entries).map((f) => [key(f.text), f.entity]));
  const chosen = new Set(IDS);

  const hits = blocks.map((b) => {
    const caravan = matcher.match(b.text);
    const floorHits: { entity: string; start: number; end: number }[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
      floorHits.push({ entity: entityOf.get(key(m[0])) ?? '?', start: m.index, end: m.index + m[0].length });
    }
    return { caravan, floor: floorHits };
  });

  it('uses names that are unambiguous and case-insensitive', () => {
    for (const id of IDS) {
      const e = entries.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      expect(e!.ambiguous ?? [], id).toEqual([]);
    }
    expect(floor.alternatives).toBeGreaterThan(entries.length);
  });

  it('finds the same chosen entities in the whole text', () => {
    const byFloor = new Set(hits.flatMap((h) => h.floor.map((x) => x.entity)).filter((e) => chosen.has(e)));
    const byCaravan = new Set(hits.flatMap((h) => h.caravan.map((x) => x.entity)).filter((e) => chosen.has(e)));
    expect([...byCaravan].sort()).toEqual([...byFloor].sort());
    expect(byFloor.size).toBeGreaterThanOrEqual(6);
  });

  // Caravan may read a longer name around it (an inflected alias the floor does not know, e.g.
  // "afghanischen diplomatischen Mission in Kasachstan"): longest match wins, so that counts.
  it('covers every floor hit of a chosen name with a Caravan mention of it, or a longer one around it', () => {
    const missed: string[] = [];
    blocks.forEach((b, i) => {
      for (const f of hits[i]!.floor) {
        if (!chosen.has(f.entity)) continue;
        const ok = hits[i]!.caravan.some(
          (c) => c.start <= f.start && c.end >= f.end && (c.entity === f.entity || c.end - c.start > f.end - f.start),
        );
        if (!ok) missed.push(`${f.entity}: "${b.text.slice(f.start, f.end)}" in "${b.text.slice(Math.max(0, f.start - 30), f.end + 30)}"`);
      }
    });
    expect(missed).toEqual([]);
  });
});
