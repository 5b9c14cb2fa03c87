/* global window */
// `npm run bench:decompose`: how much of Caravan's whole-page time in Chromium is matching, and so
// what a design that matched elsewhere (a warm matcher in the background) could at best save the
// page. Per page, in one tab, fresh loads interleaved: Caravan as the benchmark runs it, Caravan
// with its matcher's recorded answers replayed (everything but matching: reading the DOM, mapping
// offsets, ranges, highlights), and the floor. Medians; nothing here is asserted.
//   node scripts/bench/decompose.mjs [--pages dense,wikipedia-2,...] [--runs 5]
import { launchBrowser } from './browsers.mjs';
import { bundleCaravan, floorCode } from './bundle.mjs';
import { writeFixtures } from './fixtures.mjs';
import { injectInPage, measureOnce, settleInPage } from './measure.mjs';
import { floorRegExp, loadEntries } from './names.mjs';
import { startBenchServer } from './server.mjs';
import { geomean, median } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pages = arg('pages', 'heise,msn,wikipedia-2,yahoo-2,dense').split(',');
const runs = Number(arg('runs', '5'));

const entries = loadEntries();
writeFixtures(entries, { growth: [] });
const regexp = { withModifiers: floorRegExp(entries, { modifiers: true }), without: floorRegExp(entries, { modifiers: false }) };
const scripts = { floor: floorCode(), caravan: await bundleCaravan('chromium', entries, 'detector') };
const replayCode = await bundleCaravan('chromium', entries, 'replay');
const server = await startBenchServer();
const browser = await launchBrowser('chromium');
const pathOf = (name) => (name === 'dense' ? '/dense.html' : `/pages/${name}.html`);

let nonce = 0;
/** A fresh load of `name` with the replay script in it, settled as measureOnce() settles its loads. */
async function loadReplay(tab, name) {
  await tab.goto(server.url(`${pathOf(name)}?replay=${++nonce}`));
  await tab.evaluate(settleInPage, 50);
  await tab.heapAfterGc();
  await tab.evaluate(injectInPage, `${replayCode}\n//# replay ${process.pid}-${nonce}`);
}

const rows = [];
try {
  const tab = await browser.newPage();
  // One untimed round first: the renderer's first page pays for warming the process.
  await measureOnce(tab, { url: server.url('/dense.html?warm'), kind: 'caravan', scripts, regexp });
  for (const name of pages) {
    await loadReplay(tab, name);
    const { answers } = await tab.evaluate(() => window.caravanReplay.record());
    const got = { caravan: [], replay: [], floor: [] };
    let misses = 0;
    for (let r = 0; r < runs; r++) {
      for (const kind of ['caravan', 'replay', 'floor']) {
        if (kind === 'replay') {
          await loadReplay(tab, name);
          await tab.evaluate((a) => window.caravanReplay.load(a), answers);
          // The table's garbage is collected now, not in the timed run.
          await tab.heapAfterGc();
          const s = await tab.evaluate(() => new Promise((done) => setTimeout(() => window.caravanReplay.replay().then(done), 0)));
          got.replay.push(s.totalMs);
          misses += s.misses;
        } else {
          got[kind].push((await measureOnce(tab, { url: server.url(`${pathOf(name)}?${kind}=${++nonce}`), kind, scripts, regexp })).totalMs);
        }
      }
    }
    const m = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, median(v)]));
    rows.push({ name, ...m, misses });
    console.log(`${name}: Caravan ${m.caravan.toFixed(1)} ms, without matching ${m.replay.toFixed(1)} ms (matching ${(100 * (1 - m.replay / m.caravan)).toFixed(0)} %), floor ${m.floor.toFixed(1)} ms${misses ? `; ${misses} texts not recorded` : ''}`);
  }
  await tab.close();
} finally {
  await browser.close();
  await server.close();
}
const g = (f) => geomean(rows.map(f)).toFixed(2);
console.log(`geometric mean over pages: Caravan ÷ floor ${g((r) => r.caravan / r.floor)}×, without matching ÷ floor ${g((r) => r.replay / r.floor)}×`);
