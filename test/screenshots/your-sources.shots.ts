/**
 * Pictures of the reader's own sources (issue 20) for the user guide (docs/screenshots/): the
 * options page's "Your sources" section with two documents added (one from a PDF, with its
 * author and date), and a reader's fact badged "Yours" in the tooltip and in the fact panel's
 * search, light and dark, in each browser. `npx vitest run --config vitest.shots.config.ts
 * test/screenshots/your-sources.shots.ts` (after `node build.mjs --e2e`) retakes them; it asserts
 * only that each picture was taken.
 */
import { beforeAll, it } from 'vitest';
import { englishPdf } from '../../src/reader/pdf-fixtures.test-data';
import { describeInBrowsers } from '../e2e/harness';
import { chooseFile, mentionsOf, outcome, statusText } from '../e2e/harness/reader-page';
import { sleep } from '../e2e/harness/tooltip-probe';
import { hoverOpen, LAPTOP, panelAbout, pickTheme, THEMES, useShots } from './harness';

const NOTES = [
  'Grain notes',
  'Kazakhstan and Afghanistan agreed on 3 March 2031 to send 777 wagons of flour through Hairatan.',
  'The weather was mild that spring.',
].join('\n');

describeInBrowsers('your-sources screenshots', (name) => {
  const session = useShots(name);
  const { shot } = session;
  beforeAll(async () => {
    const { browser } = session;
    await browser.sendToBackground({ type: 'add-source', params: { title: 'Grain notes', text: NOTES } });
    // The PDF through the options page, as a reader adds one.
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('#reader-file'), undefined, 20_000);
    const before = await statusText(options);
    await chooseFile(options, { name: 'flour.pdf', bytes: [...(await englishPdf())] });
    await outcome(options, before);
    await options.close();
  });

  for (const theme of THEMES) {
    it(`theme ${theme}`, () => pickTheme(session.browser, theme));

    it(`your sources, ${theme}`, async () => {
      const options = await session.browser.openExtensionPage('options.html');
      try {
        await options.setViewport(LAPTOP.width, LAPTOP.height);
        await options.waitFor(() => document.querySelectorAll('#reader-sources li').length === 2, undefined, 20_000);
        await options.evaluate(() => document.querySelector('#your-sources')!.scrollIntoView({ block: 'start' }));
        await sleep(300);
        await shot(options, `your-sources-${theme}`);
      } finally {
        await options.close();
      }
    });

    it(`tooltip with a fact of yours, ${theme}`, async () => {
      const tab = await session.browser.newPage(session.server.url(`/reader.html?shot=${theme}`));
      try {
        await tab.setViewport(LAPTOP.width, LAPTOP.height);
        await tab.bringToFront();
        await mentionsOf(session.browser, `shot=${theme}`, 'hairatan');
        await hoverOpen(tab, 'Hairatan,');
        await shot(tab, `tooltip-yours-${theme}`);
      } finally {
        await tab.close();
      }
    });

    it(`fact panel with a fact of yours, ${theme}`, async () => {
      const article = await session.browser.newPage(session.server.url(`/reader.html?panel=${theme}`));
      const panel = await panelAbout(session.browser, `panel=${theme}`);
      try {
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
