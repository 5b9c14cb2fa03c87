import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bridgeMethods } from './bridge-methods';
import { noBridge, type ExtensionBrowser, type LaunchOptions, type TestPage } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The parts of puppeteer-core's BiDi handle used to reach a closed shadow root (not in its public types). */
interface BidiHandle {
  remoteValue(): { type: string; value?: { shadowRoot?: { sharedId?: string } | null } };
  realm: {
    realm: {
      callFunction(
        fn: string,
        awaitPromise: boolean,
        options: { arguments: Array<{ sharedId: string }>; resultOwnership: 'none' },
      ): Promise<{ type: string; result: { value?: unknown }; exceptionDetails?: { text: string } }>;
    };
  };
}

/** Puppeteer presses chords key by key. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+').map((k) => (k === 'Period' ? '.' : k === 'Comma' ? ',' : k));
  const last = keys.pop()!;
  for (const k of keys) await page.keyboard.down(k as never);
  await page.keyboard.press(last as never);
  for (const k of keys.reverse()) await page.keyboard.up(k as never);
}

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${(err as Error).message ?? String(err)}`));
  return {
    raw: page,
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      const handle = await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg);
      return (await handle.jsonValue()) as never;
    },
    inShadow: async (hostSelector, fn, arg) => {
      // WebDriver BiDi serializes an element with its shadow root, closed ones included (as its
      // sharedId); `fn` is then called in the page's realm with that root as its argument.
      const host = await page.evaluateHandle((sel) => document.querySelector(sel), hostSelector);
      try {
        const remote = (host as unknown as BidiHandle).remoteValue();
        const rootId = remote.value?.shadowRoot?.sharedId;
        if (remote.type !== 'node' || !rootId) return null;
        const realm = (host as unknown as BidiHandle).realm.realm;
        const reply = await realm.callFunction(
          `(root) => JSON.stringify((${fn.toString()})(root, ${JSON.stringify(arg ?? null)}))`,
          true,
          { arguments: [{ sharedId: rootId }], resultOwnership: 'none' },
        );
        if (reply.type === 'exception') throw new Error(`inShadow: ${reply.exceptionDetails?.text ?? 'exception'}`);
        return JSON.parse(reply.result.value as string) as never;
      } finally {
        await host.dispose().catch(() => undefined);
      }
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.evaluate(() => location.href),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => pressChord(page, key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/** The page's location, or '' when it does not answer soon (a page mid-navigation may never answer). */
async function locationOf(page: Page): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve(''), 2_000));
  return Promise.race([page.evaluate(() => location.href).catch(() => ''), timeout]);
}

/**
 * Finds the page whose location starts with `prefix` (puppeteer may report extension pages as
 * about:blank). Generous: on a loaded 2-core machine a new tab can take many seconds to answer.
 */
async function findPage(browser: Browser, prefix: string, timeoutMs = 45_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pages = await browser.pages();
    // The driver's own record of the URL first (no round trip into a page that may be slow to
    // answer, e.g. a background tab on a busy machine), then the page's location.
    const known = pages.find((p) => p.url().startsWith(prefix));
    if (known) return known;
    // All pages asked at once: one slow page (2 s each at worst) no longer eats the others' turns.
    const locations = await Promise.all(pages.map(locationOf));
    const found = pages.find((_, i) => locations[i]!.startsWith(prefix));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seen = await Promise.all((await browser.pages()).map((p) => locationOf(p).then((l) => l || `(${p.url()})`)));
  throw new Error(`no page at ${prefix}; pages: ${seen.join(', ')}`);
}

/**
 * Firefox with the build installed and, unless the test says otherwise, its bridge page found.
 * Now and then (2 of ~150 launches in a loaded CI run) the tab the add-on opens for its bridge never
 * shows up to the driver (the only page stays about:blank): then this browser is closed and the
 * launch tried once more, from scratch, rather than failing a whole suite on it.
 */
async function startFirefox(extensionDir: string, uuid: string, geckoId: string, withBridge: boolean): Promise<{ browser: Browser; bridgePage?: Page }> {
  for (let attempt = 1; ; attempt++) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        // A known internal UUID makes the extension's page URLs known in advance.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    await browser.installExtension(extensionDir);
    if (!withBridge) return { browser };
    try {
      return { browser, bridgePage: await findPage(browser, `moz-extension://${uuid}/bridge.html`, attempt === 1 ? 30_000 : 45_000) };
    } catch (error) {
      await browser.close().catch(() => undefined);
      if (attempt >= 2) throw error;
      console.warn(`[firefox] the bridge page did not appear (${String(error)}); launching again`);
    }
  }
}

/** Real Firefox over WebDriver BiDi with the unpacked build installed as a temporary add-on. */
export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const { browser, bridgePage } = await startFirefox(extensionDir, uuid, geckoId, options.bridge ?? true);
  const extensionOrigin = `moz-extension://${uuid}/`;
  let bridge = noBridge();
  if (bridgePage) {
    bridge = wrap(bridgePage);
    await bridge.waitFor(() => 'caravanBridge' in window);
  }

  const ours: ExtensionBrowser = {
    name: 'firefox',
    extensionOrigin,
    bridge,
    newPage: async (url) => {
      const page = wrap(await browser.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage: async (path) => {
      const target = `${extensionOrigin}${path}`;
      // Tests cannot navigate to moz-extension:// URLs; the extension opens its own page.
      await bridge.evaluate((path) => window.caravanBridge.open(path), path);
      return wrap(await findPage(browser, target));
    },
    pageAt: async (prefix) => wrap(await findPage(browser, prefix)),
    ...bridgeMethods(bridge, extensionOrigin, async (prefix, timeoutMs) => wrap(await findPage(browser, prefix, timeoutMs))),
    close: () => browser.close(),
  };
  return ours;
}
