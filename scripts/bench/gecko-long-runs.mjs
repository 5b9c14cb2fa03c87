// Firefox, from outside: the longest runs of consecutive Caravan samples on a saved page and what
// is in them, and Gecko's LongTask markers (tasks of 50 ms or more) that hold any of ours, with
// Caravan's samples inside each. A diagnostic (docs/loader-fast.md), not part of npm run bench:
//
//   node scripts/bench/gecko-long-runs.mjs DIR/firefox archive-of-our-own 3
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefoxExtension } from './extension-browsers.mjs';
import { geckoThreads } from './attribute.mjs';
import { startBenchServer } from './server.mjs';
const [dir, page, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
// The bench's own pages (test/bench-fixtures) by name, the saved pages otherwise.
const FIXTURE_PAGES = new Set(["blank", "notopic", "topic-one", "dense"]);
const server = await startBenchServer({ secondHost: '127.0.0.2' });
const ext = await launchFirefoxExtension(dir, join(tmpdir(), `caravan-long-runs-${process.pid}.json`));
const windows = [];
try {
  await ext.measure(server.url('/blank.html?warm'));
  for (let i = 0; i < runs; i++) windows.push((await ext.measure(server.url(`${FIXTURE_PAGES.has(page) ? "" : "/pages"}/${page}.html?run=${i}`))).window);
} finally {
  const profile = await ext.close();
  await server.close();
  const origin = ext.origin;
  for (const { startTime, thread: t } of geckoThreads(profile)) {
    if (t.name !== 'GeckoMain' || !/Web Content/.test(t.processName ?? '')) continue;
    const S = t.stringTable, ft = t.frameTable, st = t.stackTable, sc = t.samples.schema;
    const rows = t.samples.data;
    let run = null; const all = []; const ourSamples = [];
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const time = startTime + rows[i][sc.time];
      if (!windows.some(([a, b]) => time >= a && time < b)) continue;
      const next = i + 1 < rows.length ? startTime + rows[i + 1][sc.time] : time + 0.5;
      const d = Math.min(next - time, 10);
      let s = rows[i][sc.stack]; const chain = [];
      while (s !== null && s !== undefined) { const row = st.data[s]; chain.push(S[ft.data[row[st.schema.frame]][ft.schema.location]] ?? ''); s = row[st.schema.prefix]; }
      const ci = chain.findIndex((l) => l.includes(origin));
      if (ci < 0) { if (run) all.push(run); run = null; continue; }
      total += d;
      run ??= { start: time, ms: 0, by: new Map() };
      ourSamples.push({ time, d, key: chain.slice(Math.max(0, ci - 1), ci + 1).map((l) => l.replace(origin, '').replace(/0x[0-9a-f]+/, 'native').slice(0, 60)).join(' < ') });
      run.ms += d;
      const key = chain.slice(Math.max(0, ci - 2), ci + 2).map((l) => l.replace(origin, '').replace(/0x[0-9a-f]+/, 'native').slice(0, 50)).join(' < ');
      run.by.set(key, (run.by.get(key) ?? 0) + d);
    }
    if (run) all.push(run);
    if (!total) continue;
    const ms = t.markers;
    for (const m of ms.data) {
      const n = S[m[ms.schema.name]];
      if (n !== 'LongTask') continue;
      const a = startTime + m[ms.schema.startTime], b = startTime + m[ms.schema.endTime];
      if (!windows.some(([x, y]) => a >= x && a < y)) continue;
      const oursIn = all.filter((r) => r.start >= a && r.start < b).reduce((x, r) => x + r.ms, 0);
      console.log(`  LongTask ${(b - a).toFixed(1)} ms at ${(a % 100000).toFixed(0)} phase ${m[ms.schema.phase]} ours-runs-starting-inside ${oursIn.toFixed(1)}`);
      const inside = new Map();
      for (const x of ourSamples) if (x.time >= a && x.time < b) inside.set(x.key, (inside.get(x.key) ?? 0) + x.d);
      for (const [k, v] of [...inside].sort((p, q) => q[1] - p[1]).slice(0, 6)) console.log(`        ${v.toFixed(1).padStart(6)} ${k}`);
    }
    console.log(`thread ${t.pid}: ours ${(total / runs).toFixed(1)} ms per load`);
    for (const r of all.sort((a, b) => b.ms - a.ms).slice(0, 4)) {
      console.log(`  run ${r.ms.toFixed(1)} ms at ${(r.start % 100000).toFixed(0)}`);
      for (const [k, v] of [...r.by].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`     ${v.toFixed(1).padStart(6)}  ${k}`);
    }
  }
}
process.exit(0);
