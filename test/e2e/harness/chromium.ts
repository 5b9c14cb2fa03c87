import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExtensionArgs } from '../../../scripts/lib/browser-launch.mjs';
import { bridgeMethods } from './bridge-methods';
import { noBridge, type ExtensionBrowser, type LaunchOptions, type TestPage } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    raw: page,
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      if (fn.constructor.name !== 'AsyncFunction') {
        return (await (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })).jsonValue()) as never;
      }
      // Playwright takes an async predicate's promise for a truthy answer and returns at once
      // (with whatever it resolves to, null included); puppeteer awaits it. Polled from here, an
      // async predicate is waited for in both browsers.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value: unknown = await page.evaluate(fn as never, arg);
        if (value) return value as never;
        if (Date.now() > deadline) throw new Error(`waitFor: no truthy answer within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    inShadow: async (hostSelector, fn, arg) => {
      // CDP sees closed shadow roots: the host's node, its root's backend id, then the root as an
      // object of the page's main world to call `fn` on.
      const cdp = await page.context().newCDPSession(page);
      const group = 'caravan-probe';
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(hostSelector)})`, objectGroup: group });
        if (!result.objectId) return null;
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
        const root = node.shadowRoots?.[0];
        if (!root) return null;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup: group });
        const call = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: `function () { return JSON.stringify((${fn.toString()})(this, ${JSON.stringify(arg ?? null)})); }`,
          returnByValue: true,
        });
        if (call.exceptionDetails) throw new Error(`inShadow: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`);
        return JSON.parse(call.result.value as string) as never;
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
        await cdp.detach().catch(() => undefined);
      }
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    // Raw CDP touch input: playwright's touchscreen needs a context emulating a touch device,
    // which would change what the other tests see (hover media queries).
    tap: async (x, y) => {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.detach();
      }
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** Real Chromium with the unpacked build loaded (playwright-core, a fresh profile each launch). */
export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'caravan-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumExtensionArgs(extensionDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${id}/`;
  let bridge = noBridge();
  if (options.bridge ?? true) {
    const bridgePage = await context.newPage();
    await bridgePage.goto(`${extensionOrigin}bridge.html`);
    bridge = wrap(bridgePage);
    await bridge.waitFor(() => 'caravanBridge' in window);
  }

  const ours: ExtensionBrowser = {
    name: 'chromium',
    extensionOrigin,
    bridge,
    newPage: async (url) => {
      const page = wrap(await context.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const page = wrap(await context.newPage());
      await page.goto(`${extensionOrigin}${path}`);
      return page;
    },
    pageAt: async (prefix) => {
      for (let i = 0; i < 200; i++) {
        const found = context.pages().find((p) => p.url().startsWith(prefix));
        if (found) return wrap(found);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no page at ${prefix}`);
    },
    ...bridgeMethods(bridge, extensionOrigin, (prefix) => ours.pageAt(prefix)),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return ours;
}
