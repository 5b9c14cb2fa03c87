// `npm run golden:mentions`: regenerates data/expected-corpus-mentions.json, the golden list the
// corpus test (src/matching/corpus.test.ts) checks: per corpus document, every distinct
// (surface text, entity) the matcher finds — with the gazetteer as the build loads it (CLDR names
// included), the look-alikes (data/lookalikes.json) and one sense per document (matchDocument over
// the whole text), as the test matches — in order of first appearance. Run it only after a
// deliberate gazetteer or matcher change, and review the diff it prints: every added line must be a
// right mention, every removed one a wrong one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const file = join(root, 'data', 'expected-corpus-mentions.json');
const { compileMatcher, matchDocument, loadGazetteer, loadLookalikes } = await loadTs('src/matching/build.ts', root);
const entries = loadGazetteer(root);
const matcher = compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) });

const before = JSON.parse(readFileSync(file, 'utf8'));
const out = {};
for (const f of readdirSync(join(root, 'corpus')).filter((n) => n.endsWith('.txt')).sort()) {
  const id = f.slice(0, -4);
  const seen = new Set();
  out[id] = [];
  for (const m of matchDocument(matcher, [readFileSync(join(root, 'corpus', f), 'utf8')])[0]) {
    const key = `${m.text}\u0000${m.entity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out[id].push({ text: m.text, entity: m.entity });
  }
}
const text = '{\n' + Object.entries(out).map(([id, list]) =>
  `  ${JSON.stringify(id)}: [\n` + list.map((m) => `    { "text": ${JSON.stringify(m.text)}, "entity": ${JSON.stringify(m.entity)} }`).join(',\n') + '\n  ]').join(',\n') + '\n}\n';
writeFileSync(file, text);

// The change, for review.
const keys = (o) => new Set(Object.entries(o).flatMap(([id, list]) => list.map((m) => `${id}  ${m.text} → ${m.entity}`)));
const a = keys(before);
const b = keys(out);
for (const k of b) if (!a.has(k)) console.log(`+ ${k}`);
for (const k of a) if (!b.has(k)) console.log(`- ${k}`);
console.log(`${[...b].length} mentions (was ${[...a].length}) in ${Object.keys(out).length} documents`);
