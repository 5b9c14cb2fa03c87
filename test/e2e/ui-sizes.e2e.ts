/**
 * Text sizes of the extension's own pages, as the browser computes them: at least 13 px for every
 * text (Chromium's default stylesheet for extension pages shrinks body text to 75 %, which once
 * left the popup at 10.5 px), and 14 px for the text a reader reads (facts, quotes, descriptions).
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser, type TestPage } from './harness';

interface Sized {
  text: string;
  px: number;
  tag: string;
}

/** Every visible element with text of its own, and its computed font size. */
function textSizes(page: TestPage): Promise<Sized[]> {
  return page.evaluate(() => {
    const out: { text: string; px: number; tag: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
      if (!own) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden labels (1 px clip) are for screen readers, not for reading.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || el.closest('[hidden]')) continue;
      out.push({ text: own.slice(0, 40), px: parseFloat(style.fontSize), tag: el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '') });
    }
    return out;
  });
}

describeInBrowsers('text sizes of the extension pages', (name) => {
  const session = useBrowser(name);

  it('options.html: every source not in English also shows its English title', async () => {
    const page = await session.browser.openExtensionPage('options.html');
    try {
      await page.waitFor(() => document.querySelectorAll('.source-title').length > 0);
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('.sources .source')].map((row) => ({
          lang: row.querySelector('.source-title')!.getAttribute('lang'),
          en: row.querySelector('.source-title-en')?.textContent ?? null,
        })),
      );
      const foreign = titles.filter((t) => !t.lang!.startsWith('en'));
      expect(foreign.length).toBeGreaterThan(0);
      for (const t of foreign) expect(t.en?.trim()).toBeTruthy();
      for (const t of titles.filter((x) => x.lang!.startsWith('en'))) expect(t.en).toBeNull();
    } finally {
      await page.close();
    }
  });

  for (const path of ['options.html', 'popup.html'] as const) {
    it(`${path}: no text under 13 px`, async () => {
      const page = await session.browser.openExtensionPage(path);
      try {
        if (path === 'options.html') {
          await page.waitFor(() => document.querySelector('#backup'));
        } else {
          // The panel with search results: names, facts, sources and dates all on screen.
          await page.waitFor(() => document.querySelector('#q'));
          await page.evaluate(() => {
            const input = document.querySelector<HTMLInputElement>('#q')!;
            input.value = 'Kabul';
            input.dispatchEvent(new Event('input', { bubbles: true }));
          });
          await page.waitFor(() => document.querySelectorAll('li').length > 3);
        }
        const sizes = await textSizes(page);
        expect(sizes.length).toBeGreaterThan(10);
        const small = sizes.filter((s) => s.px < 13);
        expect(small).toEqual([]);
        const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(body).toBeGreaterThanOrEqual(14);
      } finally {
        await page.close();
      }
    });
  }
});
