/**
 * Pictures of what a reader sees, for the README's user guide (docs/screenshots/): the tooltip on an
 * English and on a Persian page, the fact panel, the side panel beside the page (English page; a
 * Persian page with the stepper on an entity's second mention) and the options page, light and
 * dark, in a laptop-sized window (1366×768), in each browser. The side-panel pictures are composed
 * from two shots, the page at 965 px and the panel (sidepanel.html about that tab) at 400 px: no
 * driver can photograph a browser's own side panel next to the page. `npm run screenshots` (re)takes them; it is not
 * a test of the product and asserts only that each picture was taken.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, REPO_ROOT, startServer, type ExtensionBrowser, type TestPage, type TestServer } from '../e2e/harness';
import { centreOf, sleep, waitForTip } from '../e2e/harness/tooltip-probe';
import { decodePng, encodePng, sideBySide } from '../../scripts/screenshots/png-image';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
/** The side panel's width in the pictures: about what Chromium and Firefox give it by default. */
const PANEL_WIDTH = 400;

/** A Persian article for the side panel's right-to-left picture: names repeated, so the stepper has mentions to step through. */
const PERSIAN = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>قزاقستان و افغانستان</title>
<style>body { margin: 32px 48px; font: 18px/1.9 sans-serif; max-width: 46em; } h1 { font-size: 28px; }</style></head><body>
<h1>همکاری قزاقستان و افغانستان</h1>
<p>قزاقستان کمک‌های بشردوستانه به افغانستان فرستاد و هیئتی به کابل رفت.</p>
<p>بندر حیرتان در مرز افغانستان و ازبکستان یکی از راه‌های اصلی تجارت است. کامیون‌های حامل آرد از قزاقستان از این مسیر می‌گذرند.</p>
<p>سفیر قزاقستان در کابل گفت که آستانه به گسترش روابط تجاری با افغانستان ادامه خواهد داد.</p>
<p>طالبان از این سفر استقبال کردند و گفتند که روابط با قزاقستان برای افغانستان مهم است.</p>
</body></html>`;
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
    server = await startServer(undefined, { '/persian-article.html': PERSIAN });
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

    for (const [path, label, entity] of [
      ['/multilingual.html', 'sidepanel-ltr', null],
      ['/persian-article.html', 'sidepanel-rtl', 'kazakhstan'],
    ] as const) {
      it(`${label}, ${theme}`, async () => {
        // A 1366×768 window: the page beside the panel, each shot at its share of the width and composed.
        const article = await browser.newPage(server.url(`${path}?shot=${theme}`));
        const id = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), `shot=${theme}`);
        const panel = await browser.openExtensionPage(`sidepanel.html?tab=${id}`);
        const pagePng = join(OUT, `.page-${name}.png`);
        const panelPng = join(OUT, `.panel-${name}.png`);
        try {
          await setWindow(panel, PANEL_WIDTH, 768);
          await setWindow(article, 1366 - PANEL_WIDTH - 1, 768);
          await panel.waitFor(() => document.querySelectorAll('.mentions [data-entity]').length > 3, undefined, 20_000);
          if (entity) {
            // The entity's card with the stepper, one step taken: the page shows the current mention.
            await panel.click(`.mentions [data-entity="${entity}"]`);
            await panel.waitFor(() => document.querySelector('.stepper .step'), undefined, 20_000);
            await panel.click('.stepper .step:last-of-type');
            await panel.click('.stepper .step:last-of-type');
            await panel.waitFor(() => /^2 /.test(document.querySelector('.step-status')?.textContent ?? ''), undefined, 10_000);
          }
          await sleep(1200);
          await panel.screenshot(panelPng);
          await article.bringToFront();
          await sleep(300);
          await article.screenshot(pagePng);
          const composed = sideBySide([decodePng(readFileSync(pagePng)), decodePng(readFileSync(panelPng))]);
          const file = join(OUT, `${name}-${label}-${theme}.png`);
          writeFileSync(file, encodePng(composed));
          expect(existsSync(file)).toBe(true);
        } finally {
          rmSync(pagePng, { force: true });
          rmSync(panelPng, { force: true });
          await panel.close();
          await article.close();
        }
      });
    }

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
