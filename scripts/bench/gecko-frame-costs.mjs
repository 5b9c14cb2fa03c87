// Firefox, from outside: where a page's Caravan samples go, per load. A diagnostic (issue 18,
// docs/loader-fast.md), not part of npm run bench:
//
//   node scripts/bench/gecko-frame-costs.mjs DIR/firefox notopic 8          by our function and leaf
//   CAT=1 node scripts/bench/gecko-frame-costs.mjs DIR/firefox notopic 8    Firefox's extension API vs our JS
//
// The page is one of test/bench-fixtures (blank, notopic, topic-one; npm run bench or
// first-mark-phases.mjs writes them). "API under f": samples inside Firefox's extension machinery
// (Schemas, ExtensionChild, storage, conduits) called from our function f.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefoxExtension } from './extension-browsers.mjs';
import { geckoThreads } from './attribute.mjs';
import { startBenchServer } from './server.mjs';
const [dir, page, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const server = await startBenchServer({ secondHost: '127.0.0.2' });
const ext = await launchFirefoxExtension(dir, join(tmpdir(), `caravan-frame-costs-${process.pid}.json`));
const windows = [];
try {
  await ext.measure(server.url('/blank.html?warm'));
  for (let i = 0; i < runs; i++) windows.push((await ext.measure(server.url(`/${page}.html?run=${i}`))).window);
} finally {
  const profile = await ext.close();
  await server.close();
  const origin = ext.origin;
  const by = new Map();
  let total = 0;
  for (const { startTime, thread: t } of geckoThreads(profile)) {
    if (t.name !== 'GeckoMain' || !/Web Content/.test(t.processName ?? '')) continue;
    const S = t.stringTable, ft = t.frameTable, st = t.stackTable, sc = t.samples.schema;
    const rows = t.samples.data;
    for (let i = 0; i < rows.length; i++) {
      const time = startTime + rows[i][sc.time];
      if (!windows.some(([a, b]) => time >= a && time < b)) continue;
      const next = i + 1 < rows.length ? startTime + rows[i + 1][sc.time] : time + 0.5;
      const d = Math.min(next - time, 10);
      let s = rows[i][sc.stack];
      const chain = [];
      let ours = false;
      while (s !== null && s !== undefined) { const row = st.data[s]; const l = S[ft.data[row[st.schema.frame]][ft.schema.location]] ?? ''; chain.push(l); if (l.includes(origin)) ours = true; s = row[st.schema.prefix]; }
      if (!ours) continue;
      total += d;
      // innermost: first frame (leaf-first) that is a named JS function or label
      const leaf = chain.slice(0, 3).map((l) => l.replace(origin, '').replace(/\(resource:\/\/gre\/modules\//, '(').slice(0, 70)).join(' < ');
      const oursFn = chain.find((l) => l.includes(origin))?.replace(origin, '').slice(0, 60);
      const isApi = (l) => /Schemas|Extension|Conduits|chrome:\/\/extensions|JSWindowActor|PWindowGlobal|ExtensionStorage|ExtensionUtils|MozSharedMap/.test(l);
      const ci = chain.findIndex((l) => l.includes(origin));
      const ai = chain.findIndex(isApi);
      const fn = chain[ci].replace(origin, '').replace(/\[\d+\]$/, '').slice(0, 40);
      const cat = ai >= 0 && ai < ci ? `API under ${fn}: ${chain[ci - 1].replace(/\(resource:\/\/gre\/modules\//, '(').replace(/0x[0-9a-f]+/, 'native').slice(0, 60)}` : `JS ${fn}: ${ci > 0 ? chain[0].replace(/0x[0-9a-f]+/, 'native').slice(0, 40) : 'self'}`;
      const key = process.env.CAT ? cat : `${oursFn} || ${leaf}`;
      by.set(key, (by.get(key) ?? 0) + d);
    }
  }
  console.log(`total ${(total / runs).toFixed(2)} ms per load`);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / runs).toFixed(2).padStart(7)}  ${k}`);
}
process.exit(0);
