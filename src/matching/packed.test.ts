/**
 * The packed matcher (packed-build.ts → packed.ts) against the compiled one (compile.ts): the same
 * matches, document scans and sizes over the real gazetteer and look-alikes on the corpus, the
 * evaluation texts, random text made of gazetteer forms, and a synthetic ×10 gazetteer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileMatcher, gazetteerForms, type MatcherOptions } from './compile';
import { matchDocument } from './document';
import { loadGazetteer } from './gazetteer-file';
import { loadLookalikes } from './lookalikes-file';
import { openPacked, packedMatcher, PackedError } from './packed';
import { moduleText, packMatcher } from './packed-build';
import { splitForms, splitLookalikes } from './split-forms';
import { mulberry32, syntheticEntries } from './synthetic';
import { once, propertyRuns } from './shipped.test-data';
import { FIXTURE } from './test-fixture';
import type { Matcher } from './types';

const root = join(__dirname, '..', '..');
// Loaded and compiled on first use, inside a test (see shipped.test-data.ts: what Stryker counts as static).
const shipped = once(() => {
  const entries = loadGazetteer(root);
  const lookalikes = loadLookalikes(root, entries);
  /** What the content script compiled before the packed index: split forms and look-alikes from the build. */
  const options: MatcherOptions = { split: splitForms(entries), lookalikes: splitLookalikes(lookalikes) };
  return { entries, lookalikes, options };
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
const texts = (dir: string, ext: RegExp) => filesUnder(join(root, dir)).filter((f) => ext.test(f)).sort().map((f) => ({ name: f.slice(root.length + 1), text: readFileSync(f, 'utf8') }));
const corpus = texts('corpus', /\.txt$/);
const evalTexts = [...texts('eval/texts', /\.(md|txt)$/), ...texts('eval/fresh', /\.(md|txt)$/)];


/**
 * Text woven from the gazetteer's forms and look-alikes, inflected, prefixed, cased, quoted, glued
 * into compounds and next to titles and sense words, among filler: every path of the scanner.
 */
function randomText(list: readonly GazetteerEntry[], seed: number, pieces: number): string {
  const { lookalikes } = shipped();
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const forms = gazetteerForms(list).map((f) => f.text);
  const extra = [...lookalikes.blockers.map((b) => b.text), ...lookalikes.titles, ...lookalikes.before, ...lookalikes.after];
  const endings = ['', '', '', 's', 'es', 'en', 'er', 'а', 'ом', 'ского', 'ой', 'ы', 'ها', 'ی', 'ته', 'ګانو', 'ның', 'hilfe', "'s", '’s'];
  const prefixes = ['', '', '', 'به', 'ب', 'د', 'و'];
  const seps = [' ', ' ', ' ', ', ', '. ', '\n', ' - ', ' «', '» ', ' "', '" ', '\u200c', ' (', ') ', ': '];
  const filler = ['the', 'and', 'der', 'und', 'и', 'в', 'و', 'در', 'President', 'президент', 'رئیس', 'language', 'кухня', 'ethnic', 'U.S.', 'x1', '2023'];
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const r = rnd();
    let w = r < 0.55 ? pick(forms) : r < 0.7 ? pick(extra) : pick(filler);
    const c = rnd();
    if (c < 0.08) w = w.toUpperCase();
    else if (c < 0.16) w = w.toLowerCase();
    out += pick(prefixes) + w + pick(endings) + pick(seps);
  }
  return out;
}

function sameMatches(a: Matcher, b: Matcher, text: string, label: string) {
  expect(b.match(text), `match ${label}`).toEqual(a.match(text));
  const blocks = text.split(/\n{2,}/);
  expect(matchDocument(b, blocks), `matchDocument ${label}`).toEqual(matchDocument(a, blocks));
}

describe('packed matcher over the real gazetteer', () => {
  const built = once(() => {
    const { entries, options } = shipped();
    const packed = packMatcher(entries, options);
    return { entries, compiled: compileMatcher(entries, options), packed, matcher: packedMatcher(packed) };
  });

  it('indexes as many forms as the compiled one', () => {
    const { compiled, matcher } = built();
    expect(matcher.size).toBe(compiled.size);
    expect(matcher.size).toBeGreaterThan(500);
  });

  it('finds mentions at all (the comparison below is not over empty results)', () => {
    const { compiled } = built();
    const n = corpus.reduce((sum, t) => sum + compiled.match(t.text).length, 0);
    expect(n).toBeGreaterThan(50);
  });

  it.each(corpus.map((t) => [t.name, t.text] as const))('matches %s as compiled', (name, text) => sameMatches(built().compiled, built().matcher, text, name));

  it('matches every evaluation text as compiled', () => {
    const { compiled, matcher } = built();
    expect(evalTexts.length).toBeGreaterThan(20);
    for (const t of evalTexts) sameMatches(compiled, matcher, t.text, t.name);
  });

  it('scans blocks with and without entities named elsewhere as compiled', () => {
    const { entries, compiled, matcher } = built();
    const named = new Set(entries.slice(0, 40).map((e) => e.id));
    for (const t of [...corpus, ...evalTexts]) {
      expect(matcher.scan(t.text), t.name).toEqual(compiled.scan(t.text));
      expect(matcher.scan(t.text, named), t.name).toEqual(compiled.scan(t.text, named));
    }
  });

  it('matches random text made of gazetteer forms as compiled', () => {
    const { entries, compiled, matcher } = built();
    const seeds = propertyRuns(40);
    let mentions = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const text = randomText(entries, seed, 400);
      const want = compiled.match(text);
      mentions += want.length;
      expect(matcher.match(text), `seed ${seed}`).toEqual(want);
      expect(matcher.scan(text), `seed ${seed}`).toEqual(compiled.scan(text));
    }
    expect(mentions).toBeGreaterThan(25 * seeds);
  });

  it('matches the same through the module text the build emits', async () => {
    const { compiled, packed } = built();
    const text = moduleText(packed);
    const url = `data:text/javascript;base64,${Buffer.from(text).toString('base64')}`;
    const loaded = ((await import(/* @vite-ignore */ url)) as { default: typeof packed }).default;
    expect(loaded).toEqual(packed);
    const again = packedMatcher(loaded);
    for (const t of corpus) expect(again.match(t.text)).toEqual(compiled.match(t.text));
  });

  it('gives each entity its scope and type, and nothing for an unknown id', () => {
    const { entries, packed } = built();
    const { entities: meta } = openPacked(packed);
    for (const e of entries) {
      expect(meta.scopeOf(e.id), e.id).toBe(e.scope);
      expect(meta.typeOf(e.id), e.id).toBe(e.type);
    }
    expect(meta.scopeOf('no-such-entity')).toBeUndefined();
    expect(meta.typeOf('')).toBeUndefined();
  });
});

describe('packed matcher over a synthetic ×10 gazetteer', () => {
  it('indexes as many forms and matches the corpus, the evaluation texts and random text as compiled', () => {
    const { entries, lookalikes } = shipped();
    const grown = syntheticEntries(entries, 10);
    const opts: MatcherOptions = { lookalikes };
    const compiled = compileMatcher(grown, opts);
    const matcher = packedMatcher(packMatcher(grown, opts));
    expect(matcher.size).toBe(compiled.size);
    expect(matcher.size).toBeGreaterThan(5000);
    for (const t of [...corpus, ...evalTexts.slice(0, 30)]) sameMatches(compiled, matcher, t.text, t.name);
    const seeds = propertyRuns(10);
    let mentions = 0;
    for (let seed = 100; seed < 100 + seeds; seed++) {
      // Synthetic names too: they are in the index, so random text of them must match them.
      const text = randomText(grown.slice(-entries.length), seed, 400);
      const want = compiled.match(text);
      mentions += want.length;
      expect(matcher.match(text), `seed ${seed}`).toEqual(want);
    }
    expect(mentions).toBeGreaterThan(20 * seeds);
  });
});

describe('packed matcher options and errors', () => {
  it('keeps the language filter and the matcher options of compile', () => {
    const opts: MatcherOptions = { langs: ['ru', 'fa'] };
    const compiled = compileMatcher(FIXTURE, { ...opts, compounds: false, window: 50 });
    const matcher = packedMatcher(packMatcher(FIXTURE, opts), { compounds: false, window: 50 });
    for (let seed = 1; seed <= 10; seed++) {
      const text = randomText(FIXTURE, seed, 200);
      expect(matcher.match(text)).toEqual(compiled.match(text));
    }
  });

  it('matches nothing in empty text and over an empty gazetteer', () => {
    const empty = packedMatcher(packMatcher([]));
    expect(empty.size).toBe(0);
    expect(empty.match('Kazakhstan and Afghanistan')).toEqual([]);
    expect(packedMatcher(packMatcher(FIXTURE)).match('')).toEqual([]);
  });

  it('refuses an index of another version, or one cut short, with a clear error', () => {
    const p = packMatcher(FIXTURE);
    expect(() => openPacked({ ...p, header: { ...p.header, version: 99 } })).toThrow(PackedError);
    expect(() => openPacked({ ...p, data: p.data.slice(0, -1) })).toThrow(/header says/);
    const moved = { ...p.header.sections, nodes: [p.header.sections.nodes[0] + 1, p.header.sections.nodes[1], p.header.sections.nodes[2]] as const };
    expect(() => openPacked({ ...p, header: { ...p.header, sections: { ...moved, nodes: [...moved.nodes] } } })).toThrow(/not where/);
    expect(() => openPacked({ ...p, strings: p.strings + 'x' })).toThrow(/string table/);
  });
});
