/**
 * Pictures of what a reader sees, for the README's user guide (docs/screenshots/): the tooltip on an
 * English and on a Persian page, the fact panel and the options page, light and dark, in a
 * laptop-sized window (1366×768), in each browser. `npm run screenshots` (re)takes them; it is not
 * a test of the product and asserts only that each picture was taken.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, REPO_ROOT, startServer, type ExtensionBrowser, type TestPage, type TestServer } from '../e2e/harness';
import { centreOf, sleep, waitForTip } from '../e2e/harness/tooltip-probe';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
type Theme = 'light' | 'dark';

async function setWindow(page: TestPage, width: number, height: number): Promise<void> {
  const raw = page.raw as { setViewportSize?: (s: object) => Promise<void>; setViewport?: (s: object) => Promise<void> };
  if (raw.setViewportSize) await raw.setViewportSize({ width, height });
  else await raw.setViewport!({ width, height });
}

/**
 * Picks the theme as a reader does, on the options page (Firefox over WebDriver BiDi cannot
 * emulate prefers-color-scheme, and this works whatever the settings' storage looks like).
 */
async function pickTheme(browser: ExtensionBrowser, theme: Theme): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  try {
    await options.waitFor(() => document.querySelector('input[name="theme"]'));
    await options.evaluate((theme) => document.querySelector<HTMLInputElement>(`input[name="theme"][value="${theme}"]`)!.click(), theme);
    await options.waitFor((theme) => getComputedStyle(document.documentElement).colorScheme === theme, theme);
  } finally {
    await options.close();
  }
}

describeInBrowsers('user-guide screenshots', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = async (page: TestPage, file: string): Promise<void> => {
    const path = join(OUT, `${name}-${file}.png`);
    await page.screenshot(path);
    expect(existsSync(path)).toBe(true);
  };

  for (const theme of ['light', 'dark'] as const) {
    it(`theme ${theme}`, () => pickTheme(browser, theme));
    for (const [page, word, label] of [
      ['/tooltip-fit.html', 'Kazakhstan', 'tooltip-ltr'],
      ['/tooltip-rtl.html', 'قزاقستان', 'tooltip-rtl'],
    ] as const) {
      it(`${label}, ${theme}`, async () => {
        const tab = await browser.newPage(server.url(`${page}?shot=${theme}`));
        try {
          await setWindow(tab, 1366, 768);
          await tab.bringToFront();
          await tab.evaluate(() => {
            const r = document.querySelector('#target')!.getBoundingClientRect();
            scrollBy(0, r.top - innerHeight * 0.25);
          });
          for (let attempt = 0; attempt < 20; attempt++) {
            const [x, y] = await centreOf(tab, word);
            await tab.mouseMove(x, y);
            const open = await waitForTip(tab, (t) => t.state === 'open' && t.status === 'ready', 'open').catch(() => null);
            if (open) break;
            await tab.mouseMove(5, 5);
            await sleep(300);
          }
          await sleep(300);
          await shot(tab, `${label}-${theme}`);
        } finally {
          await tab.close();
        }
      });
    }

    it(`fact panel, ${theme}`, async () => {
      const article = await browser.newPage(server.url(`/multilingual.html?shot=${theme}`));
      const id = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), `shot=${theme}`);
      const panel = await browser.openExtensionPage(`popup.html?tab=${id}`);
      try {
        await setWindow(panel, 420, 640);
        await panel.waitFor(() => document.querySelectorAll('.mentions [data-entity]').length > 3, undefined, 20_000);
        await sleep(300);
        await shot(panel, `panel-${theme}`);
      } finally {
        await panel.close();
        await article.close();
      }
    });

    it(`options, ${theme}`, async () => {
      const options = await browser.openExtensionPage('options.html');
      try {
        await setWindow(options, 1366, 768);
        await options.waitFor(() => document.querySelectorAll('.source-title').length > 0);
        await sleep(300);
        await shot(options, `options-${theme}`);
      } finally {
        await options.close();
      }
    });
  }
});
