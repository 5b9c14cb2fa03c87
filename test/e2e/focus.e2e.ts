/**
 * Keyboard focus offers the tooltip (issue 19, item 14): a link whose text is a name opens that
 * name's tooltip when Tab reaches it, focus stays on the link, and the next Tab closes it.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, useBrowser } from './harness';
import { readTip, sleep, waitClosed, waitForTip } from './harness/tooltip-probe';

describeInBrowsers('focus offers the tooltip', (name) => {
  const session = useBrowser(name);

  it('opens on a focused link whose text is a name, and closes when focus moves on', async () => {
    const page = await session.browser.newPage(session.server.url('/focus.html'));
    try {
      await page.bringToFront();
      // Wait until the link's name is marked (detection is asynchronous).
      await page.waitFor(() => [...(CSS.highlights.get('caravan-mention') ?? [])].some((r) => (r as AbstractRange).startContainer.parentElement?.id === 'link'), undefined, 20_000);
      await page.click('#start');
      await page.press('Tab');
      const tip = await waitForTip(page, (t) => t.state === 'open' && t.status === 'ready', 'open from focus');
      expect(tip.title).toBe('Kazakhstan');
      expect(tip.role).toBe('dialog');
      // Focus stays where the reader put it, and is not in the tooltip.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
      expect(tip.focus).toBe('');
      await page.press('Tab');
      await waitClosed(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('plain');
      await sleep(200);
      expect(await readTip(page)).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('steps through the facts with the arrow keys and opens the description with "e"', async () => {
    const page = await session.browser.newPage(session.server.url('/focus.html?keys'));
    try {
      await page.bringToFront();
      await page.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 2, undefined, 20_000);
      await session.browser.sendToTab('/focus.html?keys', { type: 'navigate-mention', params: { direction: 1 } });
      let tip = await waitForTip(page, (t) => t.state === 'open' && t.status === 'ready' && t.focus === 'card', 'opened with focus in it');
      expect(Number(tip.facts)).toBeGreaterThan(2);
      await page.press('ArrowDown');
      tip = await waitForTip(page, (t) => t.focusFact === '0', 'focus on the first fact');
      expect(tip.focus).toBe('quote');
      await page.press('ArrowDown');
      await waitForTip(page, (t) => t.focusFact === '1', 'focus on the second fact');
      await page.press('ArrowUp');
      await waitForTip(page, (t) => t.focusFact === '0', 'back on the first fact');
      // The page did not scroll under the card: the keys were the card's.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect((JSON.parse(tip.desc!) as { toggle: string | null }).toggle).toBe('false');
      await page.press('e');
      tip = await waitForTip(page, (t) => (JSON.parse(t.desc!) as { toggle: string | null }).toggle === 'true', 'the description opened');
      expect((JSON.parse(tip.desc!) as { lines: number }).lines).toBeGreaterThan(1);
    } finally {
      await page.close();
    }
  });
});
