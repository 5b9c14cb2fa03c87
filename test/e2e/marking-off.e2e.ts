/**
 * Marking turned off on a page (Alt+Shift+M, here the same message) is said in the fact panel,
 * which offers to turn it back on; doing so marks the page again.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser } from './harness';
import { sleep } from './harness/tooltip-probe';

describeInBrowsers('marking turned off on a page', (name) => {
  const session = useBrowser(name);

  it('the panel says so and turns it back on', async () => {
    const page = await session.browser.newPage(session.server.url('/multilingual.html?marking=off'));
    try {
      const marked = () => page.evaluate(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 0 && CSS.highlights.has('caravan-mention'));
      await page.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 0, undefined, 20_000);
      const off = await session.browser.sendToTab<{ enabled: boolean }>('marking=off', { type: 'toggle-marking' });
      expect(off.enabled).toBe(false);
      expect(await marked()).toBe(false);

      const id = await session.browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), 'marking=off');
      const panel = await session.browser.openExtensionPage(`popup.html?tab=${id}`);
      try {
        const notice = await panel.waitFor(() => document.querySelector('[data-state="marking-off"]')?.textContent ?? null, undefined, 20_000);
        expect(notice).toContain('Marking is turned off on this page');
        // The names found are still listed.
        // (The list renders once the store has named them: waited for, not read once.)
        expect(await panel.waitFor(() => document.querySelectorAll('.mentions [data-entity]').length, undefined, 20_000)).toBeGreaterThan(0);
        await panel.evaluate(() => document.querySelector<HTMLButtonElement>('[data-state="marking-off"] button')!.click());
        await panel.waitFor(() => !document.querySelector('[data-state="marking-off"]'));
      } finally {
        await panel.close();
      }
      for (let i = 0; i < 50 && !(await marked()); i++) await sleep(100);
      expect(await marked()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
