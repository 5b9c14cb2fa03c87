// `node scripts/eval-timing.mjs --base DIR [--rounds N]`: the CPU cost of matching, this checkout
// against another (a copy of main's src/ and data/ in DIR, with node_modules linked), on the same
// documents: every evaluation text (eval/texts, eval/fresh … eval/fresh8; never eval/fresh9, a
// blind batch) as paragraphs and every corpus document, each through matchDocument (the post-match
// rules included). Rounds alternate A and B in one process, after a warm-up; prints the median CPU time
// and the quartiles of a pass over all documents, per checkout, and the ratio of the medians.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTs } from './lib/load-ts.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const base = opt('--base');
if (!base) throw new Error('usage: node scripts/eval-timing.mjs --base DIR [--rounds N]');
const rounds = Number(opt('--rounds', '15'));

async function product(dir) {
  const { compileMatcher } = await loadTs('src/matching/compile.ts', dir);
  const entries = (await loadTs('src/matching/gazetteer-file.ts', dir)).loadGazetteer(dir);
  const lookalikes = (await loadTs('src/matching/lookalikes-file.ts', dir)).loadLookalikes(dir, entries);
  const { matchDocument } = await loadTs('src/matching/document.ts', dir);
  return { matcher: compileMatcher(entries, { lookalikes }), matchDocument };
}

function documents() {
  const docs = [];
  const evalDir = join(root, 'eval');
  for (const set of readdirSync(evalDir).sort()) {
    if (set === 'fresh9' || !statSync(join(evalDir, set)).isDirectory()) continue;
    for (const lang of readdirSync(join(evalDir, set))) {
      const dir = join(evalDir, set, lang);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.md')) continue;
        // The reader's text: markup stripped ([[name|id]] → name, {{name}} → name), front matter cut.
        const body = readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        const text = body.replace(/\[\[([^\]|]+)\|[^\]]+\]\]/g, '$1').replace(/\{\{([^}]+)\}\}/g, '$1');
        docs.push(text.split(/\n\s*\n/).filter((b) => b.trim()));
      }
    }
  }
  for (const f of readdirSync(join(root, 'corpus')).filter((x) => x.endsWith('.txt')).sort()) {
    docs.push(readFileSync(join(root, 'corpus', f), 'utf8').split(/\n\s*\n/).filter((b) => b.trim()));
  }
  return docs;
}

// CPU time of this process (user + system), not wall time: on a shared machine the wall clock
// also counts the time other processes held the core.
const pass = (p, docs) => {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const blocks of docs) for (const ms of p.matchDocument(p.matcher, blocks)) n += ms.length;
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, n };
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const docs = documents();
const A = await product(resolve(base));
const B = await product(root);
for (let i = 0; i < 3; i++) (pass(A, docs), pass(B, docs)); // warm-up: JIT, lazy rule tables
const times = { base: [], here: [] };
let marks = {};
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs on a freshly collected heap.
  const order = r % 2 ? [['here', B], ['base', A]] : [['base', A], ['here', B]];
  for (const [k, p] of order) {
    const { ms, n } = pass(p, docs);
    times[k].push(ms);
    marks[k] = n;
  }
}
const blocks = docs.reduce((n, d) => n + d.length, 0);
process.stdout.write(`${docs.length} documents, ${blocks} blocks, ${rounds} interleaved rounds\n`);
for (const k of ['base', 'here']) {
  process.stdout.write(`${k.padEnd(5)} median ${quantile(times[k], 0.5).toFixed(1)} ms  (q1 ${quantile(times[k], 0.25).toFixed(1)}, q3 ${quantile(times[k], 0.75).toFixed(1)})  ${marks[k]} marks\n`);
}
// Per round, the two passes ran back to back: their ratio is less exposed to the machine's load
// than the ratio of medians taken over the whole run.
const ratios = times.here.map((t, i) => t / times.base[i]);
process.stdout.write(`here / base: ${(quantile(times.here, 0.5) / quantile(times.base, 0.5)).toFixed(3)} (medians), ${quantile(ratios, 0.5).toFixed(3)} (median of per-round ratios, q1 ${quantile(ratios, 0.25).toFixed(3)}, q3 ${quantile(ratios, 0.75).toFixed(3)})\n`);
