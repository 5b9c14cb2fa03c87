// The matcher alone in Node (the modules of src/matching, loaded with loadTs): compile time per
// gazetteer size and match time per text size, against the floor's one RegExp on the same text.
import { loadTs } from '../lib/load-ts.mjs';
import { growthParagraphs, paragraphText } from './fixtures.mjs';
import { floorRegExp } from './names.mjs';
import { median } from './stats.mjs';

const ms = (f) => {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
};

/**
 * sizes: { name: chars }, factors: [1, 10, 100]. The matcher runs per paragraph, as a page's
 * blocks; one warm-up pass, then `runs` timed passes (median). The floor RegExp is timed only up
 * to `floorMaxChars` of text and `floorMaxFactor` × the names: its cost grows with the number of
 * names (×10 already takes tens of seconds on 0.1 MB).
 */
export async function nodeGrowth(entries, { sizes, factors, runs = 3, floorMaxChars = 100_000, floorMaxFactor = 1, root, log = () => {} }) {
  const m = await loadTs('src/matching/build.ts', root);
  const texts = Object.fromEntries(
    Object.entries(sizes).map(([name, chars]) => [name, growthParagraphs(chars, entries).map(paragraphText)]),
  );
  const out = [];
  for (const factor of factors) {
    const grown = factor > 1 ? m.syntheticEntries(entries, factor) : entries;
    const compiles = [];
    let matcher = null;
    for (let i = 0; i < Math.max(3, runs); i++) [compiles[i], matcher] = ms(() => m.compileMatcher(grown));
    const floor = factor <= floorMaxFactor ? floorRegExp(grown, { modifiers: false }) : null;
    for (const [name, paragraphs] of Object.entries(texts)) {
      const nominal = sizes[name];
      const chars = paragraphs.reduce((n, p) => n + p.length, 0);
      const pass = () => {
        let n = 0;
        for (const p of paragraphs) n += matcher.match(p).length;
        return n;
      };
      pass();
      const times = [];
      let mentions = 0;
      for (let i = 0; i < runs; i++) [times[i], mentions] = ms(pass);
      const row = { factor, forms: matcher.size, size: name, chars, compileMs: median(compiles), matchMs: median(times), mentions };
      if (nominal <= floorMaxChars && factor <= floorMaxFactor) {
        const re = new RegExp(floor.source, floor.flags);
        const fpass = () => {
          let n = 0;
          for (const p of paragraphs) {
            re.lastIndex = 0;
            while (re.exec(p)) n++;
          }
          return n;
        };
        fpass();
        const ft = [];
        for (let i = 0; i < runs; i++) [ft[i], row.floorMentions] = ms(fpass);
        row.floorMs = median(ft);
      }
      row.mbPerS = row.matchMs > 0 ? chars / 1e6 / (row.matchMs / 1000) : null;
      log(`node matcher ×${factor} ${name}: ${row.matchMs.toFixed(1)} ms${row.floorMs != null ? `, floor ${row.floorMs.toFixed(1)} ms` : ''}`);
      out.push(row);
    }
  }
  return out;
}
