/* global window, CSS */
// The release extension in real browsers, measured from outside it.
// Chromium (playwright-core): the unpacked build with --load-extension; each page load is traced
// (CDP Tracing on the tab: the trace covers every renderer, so out-of-process frames too) with V8's
// sampling profiler on. Firefox (puppeteer-core, WebDriver BiDi): the build installed as a temporary
// add-on in a browser started with the Gecko profiler on (MOZ_PROFILER_STARTUP), which writes its
// profile of every process when the browser quits (MOZ_PROFILER_SHUTDOWN); one browser per page.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExtensionArgs, gotoLoadedBidi } from '../lib/browser-launch.mjs';
import { PATHS } from './browsers.mjs';

const VIEWPORT = { width: 1280, height: 900 };
export const FIRST_MARK = 'caravan-bench-first-mark';

/**
 * Main-world script, top frame only, from the document's start: polls the CSS highlight registry
 * (shared by the page and the content script) every 4 ms, cheaply (a size sum), and at the first
 * highlighted range inside the viewport leaves a user-timing mark the trace or the page can read.
 * No name of Caravan's highlights is assumed: the page's own scripts are removed, only it marks.
 */
export const FIRST_MARK_PROBE = `(() => {
  if (window !== window.top) return;
  let seen = 0;
  const inView = (r) => {
    try {
      let range = r;
      if (!(r instanceof Range)) { range = document.createRange(); range.setStart(r.startContainer, r.startOffset); range.setEnd(r.endContainer, r.endOffset); }
      const b = range.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && b.bottom > 0 && b.right > 0 && b.top < innerHeight && b.left < innerWidth;
    } catch { return false; }
  };
  const tick = () => {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    let n = 0;
    for (const h of CSS.highlights.values()) n += h.size;
    if (n === seen) return;
    seen = n;
    for (const h of CSS.highlights.values()) {
      let k = 0;
      for (const r of h) {
        if (inView(r)) {
          const t = performance.now();
          performance.mark(${JSON.stringify(FIRST_MARK)});
          window.__benchFirstMark = { t, epoch: performance.timeOrigin + t };
          clearInterval(id);
          return;
        }
        if (++k >= 200) break;
      }
    }
  };
  const id = setInterval(tick, 4);
  setTimeout(() => clearInterval(id), 30000);
})();`;

/**
 * In the page, after load: waits until the highlights have stopped changing for `quietMs` and at
 * least `minMs` have passed (the content script runs at document_idle, in slices), at most `maxMs`.
 */
async function settleInPage({ minMs, quietMs, maxMs }) {
  const t0 = performance.now();
  const total = () => {
    let n = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size;
    return n;
  };
  let last = total();
  let since = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = performance.now();
    const n = total();
    if (n !== last) {
      last = n;
      since = now;
    }
    if ((now - t0 >= minMs && now - since >= quietMs) || now - t0 >= maxMs) break;
  }
  return { marks: last, firstMark: window.__benchFirstMark ?? null };
}

export const SETTLE = { minMs: 1000, quietMs: 600, maxMs: 15_000 };

const CATEGORIES = [
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'v8.execute',
  'devtools.timeline',
  'toplevel',
  'blink.user_timing',
  '__metadata',
];

/** Chromium with the unpacked build; `measure(url)` loads it in a tab, traced. */
export async function launchChromiumExtension(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'caravan-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: PATHS.chromium,
    headless: true,
    viewport: VIEWPORT,
    args: chromiumExtensionArgs(extensionDir),
  });
  // The extension's id, for the record, from its service worker (the self-check's has none).
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  let origin = null;
  if (manifest.background?.service_worker) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  const page = await context.newPage();
  await page.addInitScript(FIRST_MARK_PROBE);
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  let sink = null;
  cdp.on('Tracing.dataCollected', ({ value }) => {
    if (sink) for (const e of value) sink.push(e);
  });
  return {
    name: 'chromium',
    // What is attributed to Caravan: any script of an extension's scheme. Only Caravan is loaded,
    // and a module imported with use_dynamic_url has a per-session origin, not the extension id.
    scheme: 'chrome-extension://',
    version: product.replace(/^(Headless)?Chrome\//, 'Chromium '),
    origin,
    async measure(url) {
      const events = [];
      sink = events;
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES, excludedCategories: ['*'] },
      });
      let info;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        info = await page.evaluate(settleInPage, SETTLE);
        info.frameCount = page.frames().length;
      } finally {
        const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
        await cdp.send('Tracing.end');
        await complete;
        sink = null;
      }
      return { ...info, events };
    },
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox with the build installed and the Gecko profiler on from start-up, writing `profilePath`
 * when it quits. Only the main threads are sampled, every 0.5 ms, with JavaScript stacks.
 */
export async function launchFirefoxExtension(extensionDir, profilePath) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: PATHS.firefox,
    headless: true,
    defaultViewport: VIEWPORT,
    env: {
      ...process.env,
      MOZ_PROFILER_STARTUP: '1',
      MOZ_PROFILER_SHUTDOWN: profilePath,
      MOZ_PROFILER_STARTUP_INTERVAL: '0.5',
      MOZ_PROFILER_STARTUP_ENTRIES: String(16 * 1024 * 1024),
      MOZ_PROFILER_STARTUP_FEATURES: 'js,nomarkerstacks',
      MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'browser.shell.checkDefaultBrowser': false,
      'privacy.reduceTimerPrecision': false,
      'dom.max_script_run_time': 0,
    },
  });
  await browser.installExtension(extensionDir);
  const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(FIRST_MARK_PROBE);
  return {
    name: 'firefox',
    scheme: 'moz-extension://',
    version,
    origin: `moz-extension://${uuid}/`,
    /** Loads `url`; returns the window [from, to] (epoch ms) its profile samples fall in. */
    async measure(url) {
      const from = Date.now();
      await gotoLoadedBidi(page, url);
      const info = await page.evaluate(settleInPage, SETTLE);
      info.frameCount = page.frames().length;
      return { ...info, window: [from, Date.now()] };
    },
    /** Quits (the profiler writes its profile) and returns the parsed profile. */
    async close() {
      // The profile is written as the browser quits, after BiDi's close has answered: wait for the
      // process to exit (a 20 s grace once read a half-written file of msn's under load 20).
      const proc = browser.process();
      const exited = proc && proc.exitCode === null ? new Promise((done) => proc.once('exit', done)) : Promise.resolve();
      await browser.close().catch(() => {});
      await Promise.race([exited, new Promise((done) => setTimeout(done, 120_000))]);
      const deadline = Date.now() + 30_000;
      try {
        for (;;) {
          try {
            return JSON.parse(readFileSync(profilePath, 'utf8'));
          } catch (error) {
            if (Date.now() > deadline) {
              process.stderr.write(`[bench] no Gecko profile at ${profilePath}: ${error instanceof Error ? error.message : error}\n`);
              return null;
            }
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        rmSync(profilePath, { force: true });
      }
    },
  };
}
