/**
 * Pictures of the reader's own sources (issue 20) for the user guide (docs/screenshots/): the
 * options page's "Your sources" section with two documents added (one from a PDF, with its
 * author and date), and a reader's fact badged "Yours" in the tooltip and in the fact panel's
 * search, light and dark, in each browser. `npx vitest run --config vitest.shots.config.ts
 * test/screenshots/your-sources.shots.ts` (after `node build.mjs --e2e`) retakes them; it asserts
 * only that each picture was taken.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { englishPdf } from '../../src/reader/pdf-fixtures.test-data';
import { describeInBrowsers, launch, REPO_ROOT, startServer, type ExtensionBrowser, type TestPage, type TestServer } from '../e2e/harness';
import { chooseFile, mentionsOf, outcome, statusText } from '../e2e/harness/reader-page';
import { centreOf, sleep, waitForTip } from '../e2e/harness/tooltip-probe';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const NOTES = [
  'Grain notes',
  'Kazakhstan and Afghanistan agreed on 3 March 2031 to send 777 wagons of flour through Hairatan.',
  'The weather was mild that spring.',
].join('\n');
type Theme = 'light' | 'dark';

async function setWindow(page: TestPage, width: number, height: number): Promise<void> {
  const raw = page.raw as { setViewportSize?: (s: object) => Promise<void>; setViewport?: (s: object) => Promise<void> };
  if (raw.setViewportSize) await raw.setViewportSize({ width, height });
  else await raw.setViewport!({ width, height });
}

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

describeInBrowsers('your-sources screenshots', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer();
    browser = await launch(name);
    await browser.sendToBackground({ type: 'add-source', params: { title: 'Grain notes', text: NOTES } });
    // The PDF through the options page, as a reader adds one.
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('#reader-file'), undefined, 20_000);
    const before = await statusText(options);
    await chooseFile(options, { name: 'flour.pdf', bytes: [...(await englishPdf())] });
    await outcome(options, before);
    await options.close();
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

    it(`your sources, ${theme}`, async () => {
      const options = await browser.openExtensionPage('options.html');
      try {
        await setWindow(options, 1366, 768);
        await options.waitFor(() => document.querySelectorAll('#reader-sources li').length === 2, undefined, 20_000);
        await options.evaluate(() => document.querySelector('#your-sources')!.scrollIntoView({ block: 'start' }));
        await sleep(300);
        await shot(options, `your-sources-${theme}`);
      } finally {
        await options.close();
      }
    });

    it(`tooltip with a fact of yours, ${theme}`, async () => {
      const tab = await browser.newPage(server.url(`/reader.html?shot=${theme}`));
      try {
        await setWindow(tab, 1366, 768);
        await tab.bringToFront();
        await mentionsOf(browser, `shot=${theme}`, 'hairatan');
        for (let attempt = 0; attempt < 20; attempt++) {
          const [x, y] = await centreOf(tab, 'Hairatan,');
          await tab.mouseMove(x, y);
          const open = await waitForTip(tab, (t) => t.state === 'open' && t.status === 'ready', 'open').catch(() => null);
          if (open) break;
          await tab.mouseMove(5, 5);
          await sleep(300);
        }
        await sleep(300);
        await shot(tab, `tooltip-yours-${theme}`);
      } finally {
        await tab.close();
      }
    });

    it(`fact panel with a fact of yours, ${theme}`, async () => {
      const article = await browser.newPage(server.url(`/reader.html?panel=${theme}`));
      const id = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), `panel=${theme}`);
      const panel = await browser.openExtensionPage(`popup.html?tab=${id}`);
      try {
        await setWindow(panel, 420, 640);
        await panel.waitFor(() => document.querySelector('#q'), undefined, 20_000);
        await panel.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('#q')!;
          input.value = 'flour';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await panel.waitFor(() => document.querySelector('.search-results li.fact .reader-badge'), undefined, 20_000);
        await sleep(300);
        await shot(panel, `panel-yours-${theme}`);
      } finally {
        await panel.close();
        await article.close();
      }
    });
  }
});
