/* global window */
// `npm run bench:decompose`: where Caravan's whole-page time in Chromium goes, against the floor's.
// Per page, in one tab, fresh loads interleaved: Caravan as the benchmark runs it; Caravan with its
// matcher's recorded answers replayed (everything but matching: reading the DOM, mapping offsets,
// ranges, highlights — what a design that matched elsewhere could at best cost the page); the
// detector's reading of the page alone (its walk and its blocks' text, nothing after); the floor;
// and the floor's walk alone (no RegExp). So Caravan's matching (Caravan − replayed) is set against
// the floor's RegExp (floor − its walk), and Caravan's reading against the floor's whole pass.
// Medians; nothing here is asserted.
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

const entries = await loadEntries();
writeFixtures(entries, { growth: [] });
const regexp = { withModifiers: floorRegExp(entries, { modifiers: true }), without: floorRegExp(entries, { modifiers: false }) };
const scripts = { floor: floorCode(), caravan: await bundleCaravan('chromium', entries, 'detector') };
const replayCode = await bundleCaravan('chromium', entries, 'replay');
const server = await startBenchServer();
const browser = await launchBrowser('chromium');
const pathOf = (name) => (name === 'dense' ? '/dense.html' : `/pages/${name}.html`);

let nonce = 0;
/** A fresh load of `name` with `code` in it, settled as measureOnce() settles its loads. */
async function loadWith(tab, name, code) {
  await tab.goto(server.url(`${pathOf(name)}?part=${++nonce}`));
  await tab.evaluate(settleInPage, 50);
  await tab.heapAfterGc();
  await tab.evaluate(injectInPage, `${code}\n//# part ${process.pid}-${nonce}`);
}

const loadReplay = (tab, name) => loadWith(tab, name, replayCode);

/** A fresh load of `name` with `code` in it, then `fn` run from a timer task (as measureOnce runs annotators). */
async function loadAndTime(tab, name, code, fn) {
  await loadWith(tab, name, code);
  return tab.evaluate((f) => new Promise((done) => setTimeout(() => done(f === 'read' ? window.caravanReplay.read() : window.benchFloor.walk()), 0)), fn);
}

const rows = [];
try {
  const tab = await browser.newPage();
  // One untimed round first: the renderer's first page pays for warming the process.
  await measureOnce(tab, { url: server.url('/dense.html?warm'), kind: 'caravan', scripts, regexp });
  for (const name of pages) {
    await loadReplay(tab, name);
    const { answers } = await tab.evaluate(() => window.caravanReplay.record());
    const got = { caravan: [], replay: [], read: [], floor: [], walk: [] };
    let misses = 0;
    for (let r = 0; r < runs; r++) {
      for (const kind of ['caravan', 'replay', 'read', 'floor', 'walk']) {
        if (kind === 'read') got.read.push((await loadAndTime(tab, name, replayCode, 'read')).totalMs);
        else if (kind === 'walk') got.walk.push((await loadAndTime(tab, name, scripts.floor, 'walk')).totalMs);
        else if (kind === 'replay') {
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
    const f = (x) => x.toFixed(1);
    console.log(
      `${name}: Caravan ${f(m.caravan)} ms, without matching ${f(m.replay)} (matching ${(100 * (1 - m.replay / m.caravan)).toFixed(0)} %), ` +
        `reading alone ${f(m.read)}; floor ${f(m.floor)}, its walk alone ${f(m.walk)}${misses ? `; ${misses} texts not recorded` : ''}`,
    );
  }
  await tab.close();
} finally {
  await browser.close();
  await server.close();
}
const g = (f) => geomean(rows.map(f)).toFixed(2);
// A difference of two medians can come out at or under zero on a page where the part is tiny: such
// pages are left out of that ratio, and counted.
const positive = rows.filter((r) => r.caravan > r.replay && r.floor > r.walk);
console.log(
  `geometric mean over ${rows.length} pages: Caravan ÷ floor ${g((r) => r.caravan / r.floor)}×, without matching ÷ floor ${g((r) => r.replay / r.floor)}×, ` +
    `reading alone ÷ floor ${g((r) => r.read / r.floor)}×, reading alone ÷ the floor's walk ${g((r) => r.read / r.walk)}×`,
);
if (positive.length) {
  console.log(
    `Caravan's matching (Caravan − without matching) ÷ the floor's RegExp (floor − its walk): ${geomean(positive.map((r) => (r.caravan - r.replay) / (r.floor - r.walk))).toFixed(2)}× ` +
      `over ${positive.length} pages where both differences are positive`,
  );
}
