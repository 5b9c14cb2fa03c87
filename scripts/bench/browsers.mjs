// Plain browsers for the benchmark (no extension): Chromium through playwright-core, Firefox through
// puppeteer-core over WebDriver BiDi, behind one small surface. Requests to anything but 127.0.0.1
// go to a local "proxy" that drops every connection, so the saved pages' remote assets fail at once,
// the same way every run (and no page can reach the network).
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, gotoLoadedBidi } from '../lib/browser-launch.mjs';

export const PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const VIEWPORT = { width: 1280, height: 900 };

/** A TCP server that closes every connection at once: the proxy for every non-local request. */
async function startDeadProxy() {
  const server = createServer((socket) => socket.destroy());
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { port: server.address().port, close: () => new Promise((done) => server.close(() => done())) };
}

async function launchChromium() {
  const proxy = await startDeadProxy();
  const browser = await chromium.launch({
    executablePath: PATHS.chromium,
    headless: true,
    args: [
      ...CHROMIUM_QUIET_ARGS,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--enable-precise-memory-info',
    ],
  });
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async newPage() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        errors,
        goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 60_000 }),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        /** JS heap + Blink (Oilpan) heap in use, bytes, after a full GC. */
        async heapAfterGc() {
          await cdp.send('HeapProfiler.collectGarbage');
          const u = await cdp.send('Runtime.getHeapUsage');
          return u.usedSize + (u.embedderHeapUsedSize ?? 0);
        },
        close: () => page.close(),
      };
    },
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

async function launchFirefox() {
  const proxy = await startDeadProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: PATHS.firefox,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      // Full-precision performance.now() (the default rounds to 1 ms without cross-origin isolation).
      'privacy.reduceTimerPrecision': false,
      'dom.max_script_run_time': 0,
      'dom.max_chrome_script_run_time': 0,
    },
  });
  const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
  return {
    name: 'firefox',
    version,
    async newPage() {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e?.message ?? String(e)));
      return {
        errors,
        async goto(url) {
          await gotoLoadedBidi(page, url);
        },
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        heapAfterGc: async () => null,
        close: () => page.close(),
      };
    },
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

export function launchBrowser(name) {
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return launchFirefox();
  throw new Error(`unknown browser ${name}`);
}
