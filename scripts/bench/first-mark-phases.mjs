// Where the time to the first mark in view goes, phase by phase: loads pages with a built
// extension in Chromium and Firefox and reads, from the page, the user-timing marks of the frame
// (the bench's probe mark `caravan-bench-first-mark`, and any `cv:` marks a diagnostic build of
// Caravan leaves; release builds leave none, so a page cannot detect Caravan by them). Prints the
// median time of each mark after the first one (`cv:loader` where the build marks it).
//
//   node scripts/bench/first-mark-phases.mjs [--browsers chromium,firefox] [--pages yahoo-2,dense] [--runs 5] [--dir extension]
//
// A diagnostic, not part of `npm run bench`: marks are taken inside the page (the probe polls every
// 4 ms), and a page load is not traced.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumExtensionArgs, gotoLoadedBidi } from '../lib/browser-launch.mjs';
import { PATHS } from './browsers.mjs';
import { FIRST_MARK, FIRST_MARK_PROBE, SETTLE } from './extension-browsers.mjs';
import { startBenchServer } from './server.mjs';
import { writeFixtures } from './fixtures.mjs';
import { loadEntries } from './names.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const browsers = arg('browsers', 'chromium,firefox').split(',');
const pages = arg('pages', 'yahoo-2,dense').split(',');
const runs = Number(arg('runs', '5'));
const dir = resolve(ROOT, arg('dir', 'extension'));
const VIEWPORT = { width: 1280, height: 900 };

const PATH_OF = { dense: '/dense.html', 'topic-one': '/topic-one.html', notopic: '/notopic.html' };
const pathOf = (name) => PATH_OF[name] ?? `/pages/${name}.html`;

/** In the page: waits for the marks to stop changing, then returns every user-timing mark. */
async function collect({ minMs, quietMs, maxMs }) {
  const t0 = performance.now();
  let last = -1;
  let since = t0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const n = performance.getEntriesByType('mark').length;
    if (n !== last) {
      last = n;
      since = performance.now();
    }
    if ((performance.now() - t0 >= minMs && performance.now() - since >= quietMs) || performance.now() - t0 >= maxMs) break;
  }
  const nav = performance.getEntriesByType('navigation')[0];
  const navMarks = nav ? [['nav:response-end', nav.responseEnd], ['nav:dom-content-loaded', nav.domContentLoadedEventEnd], ['nav:load', nav.loadEventEnd]] : [];
  return [['nav:start', 0], ...navMarks, ...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])];
}

async function chromiumRuns(url) {
  const profile = mkdtempSync(join(tmpdir(), 'caravan-phases-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: PATHS.chromium,
    headless: true,
    viewport: VIEWPORT,
    args: chromiumExtensionArgs(join(dir, 'chrome')),
  });
  try {
    await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const page = await context.newPage();
    await page.addInitScript(FIRST_MARK_PROBE);
    await new Promise((r) => setTimeout(r, 1500));
    const out = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      out.push(await page.evaluate(collect, SETTLE));
    }
    return out;
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

async function firefoxRuns(url) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: PATHS.firefox,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false, 'browser.shell.checkDefaultBrowser': false },
  });
  try {
    await browser.installExtension(join(dir, 'firefox'));
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(FIRST_MARK_PROBE);
    await new Promise((r) => setTimeout(r, 1500));
    const out = [];
    for (let i = 0; i < runs; i++) {
      await gotoLoadedBidi(page, url);
      out.push(await page.evaluate(collect, SETTLE));
    }
    return out;
  } finally {
    await browser.close().catch(() => {});
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

// The one-frame pages and dense, as npm run bench writes them.
writeFixtures(await loadEntries('data/gazetteer.json', ROOT), { growth: [] });
const server = await startBenchServer({ secondHost: '127.0.0.2' });
try {
  for (const b of browsers) {
    for (const name of pages) {
      const all = await (b === 'firefox' ? firefoxRuns : chromiumRuns)(server.url(pathOf(name)));
      // Each run's marks relative to its first Caravan mark (or, without one, to navigation start).
      const by = new Map();
      for (const marks of all) {
        const base = marks.find(([n]) => n === 'cv:loader')?.[1] ?? 0;
        for (const [n, t] of marks) {
          const key = n.replace(/-\d+$/, '');
          if (!by.has(key)) by.set(key, []);
          by.get(key).push(t - base);
        }
      }
      const rows = [...by].map(([n, ts]) => [n, median(ts), ts.length]).sort((x, y) => x[1] - y[1]);
      console.log(`\n${b} ${name} (${runs} runs; ms after cv:loader, median, [runs seen])`);
      for (const [n, t, k] of rows) console.log(`  ${n.padEnd(36)} ${t.toFixed(1).padStart(8)}  [${k}]${n === FIRST_MARK ? '  <- first mark in view (probe)' : ''}`);
    }
  }
} finally {
  await server.close();
}
// The probe's own module state (playwright keeps the process alive otherwise).
process.exit(0);
void readFileSync;
