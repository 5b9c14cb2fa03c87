/**
 * Pictures of what a reader sees, for the README's user guide (docs/screenshots/): the tooltip on an
 * English and on a Persian page, the fact panel, the side panel beside the page (English page; a
 * Persian page with the stepper on an entity's second mention) and the options page, light and
 * dark, in a laptop-sized window (1366×768), in each browser. The side-panel pictures are composed
 * from two shots, the page at 965 px and the panel (sidepanel.html about that tab) at 400 px: no
 * driver can photograph a browser's own side panel next to the page. `npm run screenshots` (re)takes them; it is not
 * a test of the product and asserts only that each picture was taken.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowsers, type TestPage } from '../e2e/harness';
import { sleep } from '../e2e/harness/tooltip-probe';
import { decodePng, encodePng, sideBySide } from '../../scripts/screenshots/png-image';
import { hoverOpen, LAPTOP, OUT, panelAbout, pickTheme, THEMES, useShots } from './harness';

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

/**
 * Opens the entity's card in the panel and steps to its second mention, so the page shows the
 * current mention. One step at a time, each waited for: two quick clicks could land while the
 * panel redrew its list as the page's detection settled, and the status then ended on another
 * mention. Steps forwards or backwards from wherever it is until "2 of …" holds once the panel is quiet.
 */
async function stepToSecond(panel: TestPage, entity: string): Promise<void> {
  const status = () => panel.evaluate(() => document.querySelector('.step-status')?.textContent ?? '');
  await panel.waitFor(() => document.querySelector('.mentions [data-entity]'), undefined, 20_000);
  if (!(await panel.evaluate(() => document.querySelector('.stepper .step')))) await panel.click(`.mentions [data-entity="${entity}"]`);
  await panel.waitFor(() => document.querySelector('.stepper .step'), undefined, 20_000);
  for (let step = 0; step < 12; step++) {
    const now = await status();
    const at = /^(\d+) /.exec(now);
    if (at?.[1] === '2') {
      await sleep(1200);
      if ((await status()) === now) return;
      continue;
    }
    await panel.click(at && Number(at[1]) > 2 ? '.stepper .step:first-of-type' : '.stepper .step:last-of-type');
    await panel.waitFor((before) => (document.querySelector('.step-status')?.textContent ?? '') !== before, now, 10_000);
  }
  throw new Error(`the panel did not stay on ${entity}'s second mention (status: ${await status()})`);
}

describeInBrowsers('user-guide screenshots', (name) => {
  const session = useShots(name, { '/persian-article.html': PERSIAN });
  const { shot } = session;

  for (const theme of THEMES) {
    it(`theme ${theme}`, () => pickTheme(session.browser, theme));
    for (const [page, word, label] of [
      ['/tooltip-fit.html', 'Kazakhstan', 'tooltip-ltr'],
      ['/tooltip-rtl.html', 'قزاقستان', 'tooltip-rtl'],
    ] as const) {
      it(`${label}, ${theme}`, async () => {
        const tab = await session.browser.newPage(session.server.url(`${page}?shot=${theme}`));
        try {
          await tab.setViewport(LAPTOP.width, LAPTOP.height);
          await tab.bringToFront();
          await tab.evaluate(() => {
            const r = document.querySelector('#target')!.getBoundingClientRect();
            scrollBy(0, r.top - innerHeight * 0.25);
          });
          await hoverOpen(tab, word);
          await shot(tab, `${label}-${theme}`);
        } finally {
          await tab.close();
        }
      });
    }

    it(`fact panel, ${theme}`, async () => {
      const article = await session.browser.newPage(session.server.url(`/multilingual.html?shot=${theme}`));
      const panel = await panelAbout(session.browser, `shot=${theme}`);
      try {
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
        const { browser, server } = session;
        const article = await browser.newPage(server.url(`${path}?shot=${theme}`));
        const id = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), `shot=${theme}`);
        const panel = await browser.openExtensionPage(`sidepanel.html?tab=${id}`);
        const pagePng = join(OUT, `.page-${name}.png`);
        const panelPng = join(OUT, `.panel-${name}.png`);
        try {
          await panel.setViewport(PANEL_WIDTH, LAPTOP.height);
          await article.setViewport(LAPTOP.width - PANEL_WIDTH - 1, LAPTOP.height);
          await panel.waitFor(() => document.querySelectorAll('.mentions [data-entity]').length > 3, undefined, 20_000);
          if (entity) await stepToSecond(panel, entity);
          else await sleep(1200);
          await panel.screenshot(panelPng);
          await article.bringToFront();
          await sleep(300);
          await article.screenshot(pagePng);
          const composed = sideBySide([decodePng(readFileSync(pagePng)), decodePng(readFileSync(panelPng))]);
          const file = session.pathOf(`${label}-${theme}`);
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
      const options = await session.browser.openExtensionPage('options.html');
      try {
        await options.setViewport(LAPTOP.width, LAPTOP.height);
        await options.waitFor(() => document.querySelectorAll('.source-title').length > 0);
        await sleep(300);
        await shot(options, `options-${theme}`);
      } finally {
        await options.close();
      }
    });
  }
});
