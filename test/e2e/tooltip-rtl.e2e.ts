/**
 * On a right-to-left page (Persian), each text of the tooltip runs in its own direction: the UI's
 * English (type, description, summaries, buttons, dates) left to right, the Persian name right to
 * left, each quote in its language's. Facts come from the real background and pack.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser } from './harness';
import { centreOf, sleep, waitForTip } from './harness/tooltip-probe';

const RTL = new Set(['fa', 'ps', 'ar', 'ur']);

describeInBrowsers('tooltip on a right-to-left page', (name) => {
  const session = useBrowser(name);

  it('marks Persian names with a solid line set clear of the letters\' dots', async () => {
    const page = await session.browser.newPage(session.server.url('/tooltip-rtl.html'));
    try {
      await page.waitFor(() => CSS.highlights.has('caravan-mention') && [...CSS.highlights.get('caravan-mention')!].length > 0);
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('#target')!, '::highlight(caravan-mention)');
        return { line: s.textDecorationLine, style: s.textDecorationStyle, offset: s.textUnderlineOffset };
      });
      expect(style.line).toBe('underline');
      expect(style.style).toBe('solid');
      expect(parseFloat(style.offset)).toBeGreaterThanOrEqual(8);
    } finally {
      await page.close();
    }
  });

  it('lays out English left to right and Persian right to left', async () => {
    const page = await session.browser.newPage(session.server.url('/tooltip-rtl.html'));
    try {
      await page.bringToFront();
      let tip: Record<string, string> | null = null;
      for (let attempt = 0; attempt < 20 && !tip; attempt++) {
        const [x, y] = await centreOf(page, 'قزاقستان');
        await page.mouseMove(x, y);
        tip = await waitForTip(page, (t) => t.state === 'open' && t.status === 'ready', 'open').catch(() => null);
        if (!tip) {
          await page.mouseMove(5, 5);
          await sleep(300);
        }
      }
      expect(tip).not.toBeNull();
      // The name starts at the window's right edge: the card slides left rather than shrinking
      // (waited for: Floating UI places the card again once its facts have arrived).
      type Bounds = { card: number[]; viewport: number[] };
      const inView = (t: Record<string, string>) => {
        const b = JSON.parse(t.bounds ?? '{}') as Partial<Bounds>;
        return !!b.card && !!b.viewport && b.card[2]! <= b.viewport[0]! && b.card[0]! >= 0;
      };
      tip = await waitForTip(page, inView, 'inside the window');
      const bounds = JSON.parse(tip.bounds!) as Bounds;
      expect(bounds.card[2]! - bounds.card[0]!).toBeGreaterThan(300);
      expect(bounds.card[2]!).toBeLessThanOrEqual(bounds.viewport[0]!);
      const dirs = JSON.parse(tip.dirs!) as Record<string, string | null>;
      expect(dirs['.card']).toBe('ltr');
      expect(dirs['.type']).toBe('ltr');
      expect(dirs['.desc']).toBe('ltr');
      expect(dirs['.summary']).toBe('ltr');
      expect(dirs['.badge']).toBe('ltr');
      expect(dirs['[data-action="panel"]']).toBe('ltr');
      // The name is the entity's Persian name, in its own direction.
      expect(tip.title).toBe('قزاقستان');
      expect(dirs['.title']).toBe('rtl');
      // Every quote carries its language and that language's direction.
      const quotes = tip.quotes!.split(' ').filter(Boolean).map((q) => q.split(':'));
      expect(quotes.length).toBeGreaterThan(0);
      for (const [lang, dir] of quotes) expect(dir).toBe(RTL.has(lang!.split('-')[0]!) ? 'rtl' : 'ltr');
    } finally {
      await page.close();
    }
  });
});
