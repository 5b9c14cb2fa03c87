/**
 * "Show on page" from the panel: on a long page the mention is scrolled to smoothly, and its flash
 * starts only once it is in view (it once ended before the smooth scroll did, so nothing was seen).
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser } from './harness';
import { sleep } from './harness/tooltip-probe';

describeInBrowsers('reveal a mention', (name) => {
  const session = useBrowser(name);

  it('flashes the mention once the smooth scroll has brought it into view', async () => {
    const page = await session.browser.newPage(session.server.url('/reveal.html'));
    try {
      await page.bringToFront();
      // Wait until the page's mentions, the far one included, are known.
      for (let i = 0; i < 100; i++) {
        const reply = await session.browser.sendToTab<{ mentions: Array<{ entity: string }> }>('/reveal.html', { type: 'page-mentions' });
        if (reply.mentions.some((m) => m.entity === 'kazakhstan')) break;
        await sleep(100);
      }
      // Records, every frame, where the far paragraph is whenever the flash highlight is painted.
      await page.evaluate(() => {
        const seen: { top: number; bottom: number }[] = [];
        (window as unknown as { flashSeen: typeof seen }).flashSeen = seen;
        const tick = (): void => {
          const flash = CSS.highlights.get('caravan-flash');
          if (flash && flash.size > 0) {
            const r = document.querySelector('#far')!.getBoundingClientRect();
            seen.push({ top: r.top, bottom: r.bottom });
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const revealed = await session.browser.sendToTab<boolean>('/reveal.html', { type: 'reveal-entity', params: { entity: 'kazakhstan' } });
      expect(revealed).toBe(true);
      const seen = (await page.waitFor(() => {
        const s = (window as unknown as { flashSeen: { top: number; bottom: number }[] }).flashSeen;
        return s.length > 3 ? s : null;
      }))!;
      const height = await page.evaluate(() => innerHeight);
      // From its first painted frame on, the flashed mention is inside the viewport.
      for (const r of seen) {
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.bottom).toBeLessThanOrEqual(height);
      }
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(5000);
    } finally {
      await page.close();
    }
  });
});
