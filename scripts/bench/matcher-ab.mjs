// The matcher alone in Node, this tree against another commit, in ONE process with the runs
// alternated, timed as CPU time (process.cpuUsage): on a shared machine wall time mostly measures
// the neighbours, and two processes run minutes apart see different neighbours.
//
//   node scripts/bench/matcher-ab.mjs <base-commit> [--runs 21]
//
// Texts: the growth paragraphs of fixtures.mjs (0.1 MB, 1 MB) and the saved real pages of
// ../shared/pages (tags stripped, split at block tags), matched block by block with the shipped
// gazetteer. Prints, per text set, the minimum and median CPU time of: the base commit; this tree;
// this tree with data/lookalikes.json; and this tree's matchDocument (one sense per document).
// Then the compile time, with the forms split by the build as the content script compiles them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTs } from '../lib/load-ts.mjs';
import { growthParagraphs, paragraphText } from './fixtures.mjs';
import { loadEntries } from './names.mjs';
import { SHARED_PAGES } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const ref = args.find((a) => !a.startsWith('--'));
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 21;
if (!ref || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node scripts/bench/matcher-ab.mjs <base-commit> [--runs N]');
  process.exit(2);
}

// The base commit's src/ and package.json, extracted under .cache (its modules bundle from there).
const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
const baseRoot = join(ROOT, '.cache', `ab-${sha}`);
rmSync(baseRoot, { recursive: true, force: true });
mkdirSync(baseRoot, { recursive: true });
execFileSync('sh', ['-c', `git archive ${sha} src package.json | tar -x -C "${baseRoot}"`], { cwd: ROOT });

const entries = await loadEntries('data/gazetteer.json', ROOT);
// Older commits have one entry, index.ts; newer ones a build entry.
const base = await loadTs(join(baseRoot, existsSync(join(baseRoot, 'src/matching/build.ts')) ? 'src/matching/build.ts' : 'src/matching/index.ts'), ROOT);
const here = await loadTs('src/matching/build.ts', ROOT);
const lookalikesFile = join(ROOT, 'data', 'lookalikes.json');
const lookalikes = existsSync(lookalikesFile) && here.parseLookalikes
  ? here.parseLookalikes(readFileSync(lookalikesFile, 'utf8'), 'data/lookalikes.json', entries)
  : undefined;

const cpu = (f) => {
  const c = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000, r];
};
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(2)} ms, median ${s[s.length >> 1].toFixed(2)} ms`;
};

const pages = existsSync(SHARED_PAGES)
  ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).flatMap((f) =>
      readFileSync(join(SHARED_PAGES, f), 'utf8')
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .split(/<\/?(?:p|div|li|h[1-6]|td|tr|section|article|header|footer|nav|ul|ol|br)\b[^>]*>/i)
        .map((b) => b.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim())
        .filter(Boolean))
  : [];
const sets = [
  ['growth 0.1 MB', growthParagraphs(100_000, entries).map(paragraphText)],
  ['growth 1 MB', growthParagraphs(1_000_000, entries).map(paragraphText)],
  ...(pages.length ? [[`saved pages ${(pages.join('').length / 1e6).toFixed(2)} MB`, pages]] : []),
];

const matchers = {
  [`base ${sha}`]: base.compileMatcher(entries),
  'this tree': here.compileMatcher(entries),
  ...(lookalikes ? { '+ look-alikes': here.compileMatcher(entries, { lookalikes }) } : {}),
};
const sense = lookalikes && here.matchDocument ? matchers['+ look-alikes'] : null;

console.log(`matcher A/B, CPU time, ${RUNS} alternated runs each`);
for (const [name, blocks] of sets) {
  const passes = Object.fromEntries(Object.entries(matchers).map(([k, m]) => [k, () => blocks.reduce((n, b) => n + m.match(b).length, 0)]));
  if (sense) passes['+ matchDocument'] = () => here.matchDocument(sense, blocks).reduce((n, b) => n + b.length, 0);
  const times = {};
  const found = {};
  for (const k in passes) passes[k](); // warm-up
  for (let i = 0; i < RUNS; i++) {
    for (const k in passes) {
      const [t, n] = cpu(passes[k]);
      (times[k] ??= []).push(t);
      found[k] = n;
    }
  }
  console.log(`\n${name} (${blocks.length} blocks)`);
  for (const k in passes) console.log(`  ${k.padEnd(18)} ${stats(times[k])}, ${found[k]} mentions`);
}

const splitBase = base.splitForms(entries);
const splitHere = here.splitForms(entries);
const compiles = {
  [`base ${sha}`]: () => base.compileMatcher(entries, { split: splitBase }),
  'this tree': () => here.compileMatcher(entries, { split: splitHere }),
  ...(lookalikes ? { '+ look-alikes': () => here.compileMatcher(entries, { split: splitHere, lookalikes }) } : {}),
};
const ct = {};
for (let i = 0; i < RUNS * 2; i++) for (const k in compiles) (ct[k] ??= []).push(cpu(compiles[k])[0]);
console.log('\ncompile (forms split by the build)');
for (const k in compiles) console.log(`  ${k.padEnd(18)} ${stats(ct[k])}`);
rmSync(baseRoot, { recursive: true, force: true });
