// @vitest-environment happy-dom
/**
 * The gate takes a longer form only from consecutive words of one block (decision 0281), and still
 * never misses a mention the detector finds: the same DOM read by the real gate (text-gate.ts with
 * the stored keys) and by the detector's own block reading (walk.ts, collect.ts, block-text.ts)
 * matched by the real matcher. Random documents whose forms' words are parted by line breaks,
 * nested blocks, hidden and maybe-hidden inline elements, scripts; and the saved pages, where the
 * ordinary ones are now all turned away.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, gazetteerForms } from '../../matching/compile';
import { matchDocument } from '../../matching/document';
import { loadGazetteer } from '../../matching/gazetteer-file';
import { loadLookalikes } from '../../matching/lookalikes-file';
import { assemble } from '../detect/block-text';
import { collectBlock } from '../detect/collect';
import { nextBlock, startWalk } from '../detect/walk';
import { gateKeysFor } from './gate-keys-build';
import { createGate } from './text-gate';
import { mulberry32 } from '../../matching/synthetic';

const root = join(__dirname, '..', '..', '..');
const entries = loadGazetteer(root);
const matcher = compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) });
const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
const { keys, first } = gateKeysFor(entries);

/** The texts of the blocks the detector reads under `start`, open shadow roots as trees of their own. */
function detectorBlocks(start: Node): string[] {
  const out: string[] = [];
  const roots: Node[] = [start];
  while (roots.length) {
    const w = startWalk(roots.shift()!);
    const hooks = { rejected: () => undefined, shadow: (sr: ShadowRoot) => void roots.push(sr) };
    for (let b = nextBlock(w, hooks); b; b = nextBlock(w, hooks)) {
      const c = collectBlock(b);
      for (const sr of c.shadows) roots.push(sr);
      if (c.text) out.push(assemble(c.parts).text);
    }
  }
  return out;
}

const namesCore = (blocks: string[]): boolean => matchDocument(matcher, blocks).some((ms) => ms.some((m) => scopeOf.get(m.entity) === 'core'));

/** Does the gate with the stored keys pass on the document now in `document`? */
async function gatePasses(): Promise<boolean> {
  const gate = createGate(async () => gate.scanner.useKeys(keys, first));
  await gate.read(document);
  return gate.scanner.hit;
}


const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What may stand between two words of a form: some let the detector read a name over them, most not. */
const BETWEEN = [
  ' ', ' ', '\n', '-', '<br>', '<br><br>', '<br><div>x</div>', '<br><script>1</script>', '<br> <div>x</div>', '<br><p>q</p><p>r</p>',
  '<span style="display:none">x</span>', '<br><span hidden>x</span>', '<span style="text-decoration:none"> x </span>',
  ' <b>y</b> ', '<div>z</div>', '<p>q</p>', '<wbr>', '<b> </b>', '<br><span style="color:none">a</span>', ', ', '. ',
];
const WRAP = ['', '', '<b>$</b>', '<p>$</p>', '<div>$</div>', '<span style="text-decoration:none">$</span>', '<span hidden>$</span>', '<a href="#">$</a>'];
const NEIGHBOURS = ['', ' ', 'the ', '<br>', '<p>the talks</p>', ' and ', '<div>x</div>', 'foo'];

describe('the gate takes a longer form only from one block, and never misses (property)', () => {
  const forms = gazetteerForms(entries).filter((f) => scopeOf.get(f.entity) === 'core' && /\s/.test(f.text.trim()));

  it('on random documents whose forms\' words are parted by markup', async () => {
    const rnd = mulberry32(0x281);
    const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
    let named = 0;
    let turnedAway = 0;
    const missed: string[] = [];
    for (let n = 0; n < 700; n++) {
      let html = pick(NEIGHBOURS);
      const count = 1 + Math.floor(rnd() * 2);
      for (let k = 0; k < count; k++) {
        const f = pick(forms);
        const words = f.text.trim().split(/\s+/).map(escape);
        const inner = words.reduce((acc, w) => acc + pick(BETWEEN) + w);
        html += pick(WRAP).replace('$', () => inner) + pick(NEIGHBOURS);
      }
      document.body.innerHTML = html;
      const found = namesCore(detectorBlocks(document));
      const passes = await gatePasses();
      if (found) {
        named++;
        if (!passes) missed.push(html);
      } else if (!passes) turnedAway++;
    }
    expect(missed.slice(0, 5)).toEqual([]);
    // Teeth: both kinds occur often (the markup parts many names, the rest stay whole).
    expect(named).toBeGreaterThan(150);
    expect(turnedAway).toBeGreaterThan(100);
  }, 180_000);

  it('turns away a form whose words stand in different blocks, or apart in one block', async () => {
    const table = keys.split('\n');
    const longer = table.slice(5 + table[4]!.length).filter((l) => /^[a-z]+ [a-z]+$/.test(l) && l.split(' ')[0] !== l.split(' ')[1]);
    let tried = 0;
    let wrapped = 0;
    for (const l of longer) {
      if (tried === 20) break;
      const [a, b] = l.split(' ') as [string, string];
      // Only pairs whose words are no name by themselves ("afghanische" is "afghan" and an ending).
      document.body.innerHTML = `<p>${a}</p>`;
      if (await gatePasses()) continue;
      document.body.innerHTML = `<p>${b}</p>`;
      if (await gatePasses()) continue;
      tried++;
      document.body.innerHTML = `<p>${a} ${b}</p>`;
      expect(await gatePasses(), `${a} ${b}`).toBe(true);
      document.body.innerHTML = `<p>${a}<br>${b}</p>`;
      expect(await gatePasses(), `${a}<br>${b}`).toBe(true);
      document.body.innerHTML = `<p>${a}</p><p>${b}</p>`;
      expect(await gatePasses(), `${a}</p><p>${b}`).toBe(false);
      document.body.innerHTML = `<p>${a} and ${b}</p><p>${b} ${a}</p>`;
      expect(await gatePasses(), `${a} and ${b}`).toBe(false);
      // Where the detector reads them side by side, as one block's words: a <br> then a nested block.
      document.body.innerHTML = `<div>${a}<br><div>other</div>${b}</div>`;
      if (namesCore(detectorBlocks(document))) {
        wrapped++;
        expect(await gatePasses(), `${a}<br><div>`).toBe(true);
      }
    }
    expect(tried).toBe(20);
    // The matcher does read most of them over the line break.
    expect(wrapped).toBeGreaterThan(10);
  });
});

describe('the saved pages', () => {
  const dir = '/work/shared/pages';
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];

  it.skipIf(!pages.length)('pass where the detector finds a core name, and are turned away elsewhere', async () => {
    const rows: string[] = [];
    let offTopicPassing = 0;
    for (const f of pages) {
      // As the bench serves them: without their scripts (and nothing for happy-dom to fetch).
      const html = readFileSync(join(dir, f), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<(iframe|img|link|video|audio|source)\b[^>]*>/gi, '');
      document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
      const named = namesCore(detectorBlocks(document));
      const passes = await gatePasses();
      if (named) expect(passes, f).toBe(true);
      else if (passes) offTopicPassing++;
      rows.push(`${f}: ${passes ? 'passes' : 'turned away'}${named ? ' (names a core entity)' : ''}`);
    }
    console.log(`[gate] saved pages:\n  ${rows.join('\n  ')}`);
    // aktualne and wikipedia passed on multi-word forms whose words stood apart (decision 0280).
    for (const f of ['aktualne.html', 'wikipedia.html']) if (pages.includes(f)) expect(rows).toContain(`${f}: turned away`);
    // wikipedia-2 says "Afghanistan War": a core name by itself, which the matcher's document rules
    // leave unmarked there; the gate, lenient, passes it.
    expect(offTopicPassing).toBeLessThanOrEqual(1);
  }, 300_000);
});
