// Interleaved A/B of release builds on one page, in Chromium, measured from outside as the bench
// does (scripts/bench: a trace with V8's sampler, attributed by the extension's scheme), plus where
// Caravan's samples went: self and inclusive time per function of the extension's scripts.
//
//   node scripts/perf/dense-ab.mjs --runs 7 [--page /dense.html] [--top 25] [--stacks DIR] NAME=DIR NAME=DIR ...
//
// DIR is a build's extension folder (DIR/chrome is loaded). One browser per build, all open at once;
// each round loads the page once in every browser, the order rotated each round. Prints per-build
// medians (and each run) and the functions whose time differs most between the first build and the others.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeTrace, traceProfiles, oursByNode, sampleDurations, MAX_GAP, scriptPath } from '../bench/attribute.mjs';
import { launchChromiumExtension } from '../bench/extension-browsers.mjs';
import { writeFixtures } from '../bench/fixtures.mjs';
import { DEFAULT_GAZETTEER, loadEntries } from '../bench/names.mjs';
import { startBenchServer } from '../bench/server.mjs';
import { abArgs, median } from './ab-args.mjs';

const { runs, pagePath, top, stacksDir, builds } = abArgs(process.argv.slice(2), { runs: 7, top: 25 });

/** Self and inclusive ms per function of ours (name url:line) over one page load's main threads. */
function byFunction(events, origin) {
  const self = new Map();
  const incl = new Map();
  const folded = new Map();
  // Samples of ours times the sampler's typical interval: close to CPU time on a loaded machine,
  // where a descheduled thread gets one late sample (its signal waits) rather than many.
  let cpuMs = 0;
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  for (const p of traceProfiles(events)) {
    if (names.get(`${p.pid}:${p.tid}`) !== 'CrRendererMain') continue;
    const ours = oursByNode(p.nodes, origin);
    const durs = sampleDurations(p.times, MAX_GAP.trace);
    const gaps = p.times.slice(1).map((t, i) => t - p.times[i]).filter((d) => d > 0).sort((x, y) => x - y);
    const typical = gaps.length ? gaps[gaps.length >> 1] / 1000 : 0;
    const label = (n) => {
      const cf = n.callFrame ?? {};
      const where = cf.url ? `${scriptPath(cf.url)}:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : '';
      return `${cf.functionName || '(anon)'} ${where}`.trim();
    };
    for (let i = 0; i < p.ids.length; i++) {
      if (ours(p.ids[i]) === null) continue;
      cpuMs += typical;
      const ms = durs[i] / 1000;
      const leaf = p.nodes.get(p.ids[i]);
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
      const seen = new Set();
      const stack = [];
      for (let n = leaf; n; n = p.nodes.get(n.parent)) stack.push(n.callFrame?.functionName || '(anon)');
      const key = stack.reverse().join(';');
      folded.set(key, (folded.get(key) ?? 0) + ms);
      for (let n = leaf; n; n = p.nodes.get(n.parent)) {
        const l = label(n);
        if (seen.has(l)) continue;
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + ms);
      }
    }
  }
  return { self, incl, folded, cpuMs };
}

const entries = await loadEntries(DEFAULT_GAZETTEER, process.cwd());
writeFixtures(entries, { growth: [] });
const server = await startBenchServer({ secondHost: '127.0.0.2' });
for (const b of builds) {
  b.ext = await launchChromiumExtension(join(b.dir, 'chrome'));
  b.results = [];
  b.self = new Map();
  b.incl = new Map();
  await b.ext.measure(server.url('/blank.html?run=warm')).catch(() => {});
}
try {
  for (let r = 0; r < runs; r++) {
    const order = builds.map((_, i) => builds[(i + r) % builds.length]);
    for (const b of order) {
      const info = await b.ext.measure(server.url(`${pagePath}?run=${r}-${b.name}`));
      const a = attributeTrace(info.events, { origin: b.ext.scheme, secondHost: server.secondHostPort });
      const f = byFunction(info.events, b.ext.scheme);
      for (const [k, v] of f.self) b.self.set(k, (b.self.get(k) ?? 0) + v / runs);
      for (const [k, v] of f.incl) b.incl.set(k, (b.incl.get(k) ?? 0) + v / runs);
      b.folded ??= new Map();
      for (const [k, v] of f.folded) b.folded.set(k, (b.folded.get(k) ?? 0) + v / runs);
      b.results.push({ ms: a.ms, cpuMs: f.cpuMs, marks: info.marks, byScript: a.byScript, longestTaskMs: a.longestTaskMs, firstMarkMs: a.firstMarkMs });
      process.stderr.write(`[ab] run ${r} ${b.name}: ${a.ms.toFixed(1)} ms (samples × interval ${f.cpuMs.toFixed(1)}), marks ${info.marks}, first mark ${a.firstMarkMs?.toFixed(0)} ms, longest task ${a.longestTaskMs?.toFixed(1)}\n`);
    }
  }
} finally {
  for (const b of builds) await b.ext.close();
  await server.close();
}
console.log(`\npage ${pagePath}, ${runs} interleaved runs, medians (Chromium, release builds)`);
console.log('| build | Caravan ms | runs | samples × interval ms | runs | first mark in view ms | longest task ms | marks |');
console.log('|---|---:|---|---:|---|---:|---:|---:|');
for (const b of builds) {
  const f = (k) => median(b.results.map((x) => x[k]).filter((x) => typeof x === 'number'));
  console.log(`| ${b.name} | ${f('ms').toFixed(1)} | ${b.results.map((x) => x.ms.toFixed(0)).join(' ')} | ${f('cpuMs').toFixed(1)} | ${b.results.map((x) => x.cpuMs.toFixed(0)).join(' ')} | ${f('firstMarkMs').toFixed(0)} | ${f('longestTaskMs').toFixed(1)} | ${f('marks')} |`);
}
if (stacksDir) {
  mkdirSync(stacksDir, { recursive: true });
  // Folded stacks (flame graph input), µs per load averaged over the runs.
  for (const b of builds) writeFileSync(join(stacksDir, `${b.name}.folded`), [...b.folded].map(([k, v]) => `${k} ${Math.round(v * 1000)}`).join('\n') + '\n');
}
console.log('\nby script, medians:');
for (const b of builds) {
  const keys = [...new Set(b.results.flatMap((x) => Object.keys(x.byScript)))].sort();
  console.log(`${b.name}: ${keys.map((k) => `${k} ${median(b.results.map((x) => x.byScript[k] ?? 0)).toFixed(1)}`).join(', ')}`);
}
for (const b of builds) {
  console.log(`\n## ${b.name}: mean ms per load, top ${top} by self time`);
  for (const [k, v] of [...b.self].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(7)} self ${(b.incl.get(k) ?? 0).toFixed(1).padStart(7)} incl  ${k}`);
  console.log(`-- top ${top} by inclusive time`);
  for (const [k, v] of [...b.incl].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(7)} incl  ${k}`);
}
