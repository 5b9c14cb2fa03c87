// Interleaved A/B of release builds on one page in Firefox, measured from outside as the bench does
// (the Gecko profiler from start-up, written at quit; scripts/bench/attribute.mjs), plus where
// Caravan's samples went: self time per function and folded stacks.
//
//   node scripts/perf/dense-ab-firefox.mjs --runs 5 [--page /dense.html] [--top 30] [--stacks DIR] NAME=DIR ...
//
// One Firefox per build, all open at once; each round loads the page once in every browser, the
// order rotated each round. DIR/firefox is installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributeGecko, geckoThreads, MAX_GAP, sampleDurations } from '../bench/attribute.mjs';
import { launchFirefoxExtension } from '../bench/extension-browsers.mjs';
import { writeFixtures } from '../bench/fixtures.mjs';
import { DEFAULT_GAZETTEER, loadEntries } from '../bench/names.mjs';
import { startBenchServer } from '../bench/server.mjs';
import { abArgs, median } from './ab-args.mjs';

const { runs, pagePath, top, stacksDir, builds } = abArgs(process.argv.slice(2), { runs: 5, top: 30 });

/** Folded stacks of the samples that are ours inside the windows: Map "a;b;c" → ms summed. */
function folded(profile, origin, windows) {
  const out = new Map();
  for (const { startTime, thread: t } of geckoThreads(profile)) {
    if (t.name !== 'GeckoMain' || !/Web Content/.test(t.processName ?? '')) continue;
    const S = t.stringTable;
    const ft = t.frameTable;
    const st = t.stackTable;
    const locCol = ft.schema.location;
    const label = ft.data.map((f) => {
      const loc = S[f[locCol]] ?? '';
      const at = loc.indexOf(origin);
      if (at < 0) return { name: loc.replace(/\s*\(.*$/, '').slice(0, 60), ours: false };
      const m = /^(.*?) \(/.exec(loc);
      const path = loc.slice(at + origin.length).split(/[\s)[]/)[0];
      return { name: `${m ? m[1] : '(anon)'}@${path}`, ours: true };
    });
    const sc = t.samples.schema;
    const rows = t.samples.data;
    const times = rows.map((r) => startTime + r[sc.time]);
    const durs = sampleDurations(times, MAX_GAP.gecko);
    for (let i = 0; i < rows.length; i++) {
      if (!windows.some(([a, b]) => times[i] >= a && times[i] < b)) continue;
      let s = rows[i][sc.stack];
      const names = [];
      let ours = false;
      while (s !== null && s !== undefined) {
        const row = st.data[s];
        const l = label[row[st.schema.frame]];
        if (l.ours) ours = true;
        // Native code addresses (the profile is not symbolicated) say nothing: their caller's name stands.
        if (!/^0x[0-9a-f]+$/.test(l.name)) names.push(l.name);
        s = row[st.schema.prefix];
      }
      if (!ours) continue;
      const key = names.reverse().join(';');
      out.set(key, (out.get(key) ?? 0) + durs[i]);
    }
  }
  return out;
}

const entries = await loadEntries(DEFAULT_GAZETTEER, process.cwd());
writeFixtures(entries, { growth: [] });
const server = await startBenchServer({ secondHost: '127.0.0.2' });
for (const b of builds) {
  b.profilePath = join(tmpdir(), `pd-ff-${process.pid}-${b.name}.json`);
  b.ext = await launchFirefoxExtension(join(b.dir, 'firefox'), b.profilePath);
  b.infos = [];
  await b.ext.measure(server.url('/blank.html?run=warm')).catch(() => {});
}
try {
  for (let r = 0; r < runs; r++) {
    for (const b of builds.map((_, i) => builds[(i + r) % builds.length])) {
      b.infos.push(await b.ext.measure(server.url(`${pagePath}?run=${r}-${b.name}`)));
      process.stderr.write(`[ab-ff] run ${r} ${b.name}: marks ${b.infos.at(-1).marks}\n`);
    }
  }
} finally {
  for (const b of builds) b.profile = await b.ext.close();
  await server.close();
}
console.log(`\npage ${pagePath}, ${runs} interleaved runs, medians (Firefox, release builds)`);
console.log('| build | Caravan ms | runs | longest run of samples ms | by script |');
console.log('|---|---:|---|---:|---|');
for (const b of builds) {
  if (!b.profile) {
    console.log(`| ${b.name} | no profile | | | |`);
    continue;
  }
  const { windows } = attributeGecko(b.profile, { origin: b.ext.origin, windows: b.infos.map((x) => x.window) });
  const scripts = [...new Set(windows.flatMap((w) => Object.keys(w.byScript)))].sort();
  console.log(`| ${b.name} | ${median(windows.map((w) => w.ms)).toFixed(1)} | ${windows.map((w) => w.ms.toFixed(0)).join(' ')} | ${median(windows.map((w) => w.longestRunMs)).toFixed(1)} | ${scripts.map((k) => `${k} ${median(windows.map((w) => w.byScript[k] ?? 0)).toFixed(1)}`).join(', ')} |`);
  b.folded = folded(b.profile, b.ext.origin, b.infos.map((x) => x.window));
}
for (const b of builds) {
  if (!b.folded) continue;
  const self = new Map();
  for (const [k, v] of b.folded) {
    const leaf = k.slice(k.lastIndexOf(';') + 1);
    self.set(leaf, (self.get(leaf) ?? 0) + v / runs);
  }
  console.log(`\n## ${b.name}: mean ms per load, top ${top} by self time`);
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
  if (stacksDir) {
    mkdirSync(stacksDir, { recursive: true });
    writeFileSync(join(stacksDir, `${b.name}.folded`), [...b.folded].map(([k, v]) => `${k} ${Math.round((v / runs) * 1000)}`).join('\n') + '\n');
  }
}
