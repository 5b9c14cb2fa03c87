/**
 * The tooltip in real browsers, on a page whose CSS attacks it (tooltip.html). The tooltip's
 * shadow root is closed, so the tests read the state that test builds mirror on its host as
 * data attributes (TooltipHost.setTestState) and click its controls at the centres it reports.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { centreOf, readTip, sleep, waitClosed, waitForTip, type Rects } from './harness/tooltip-probe';

function rects(tip: Record<string, string>): Rects {
  return JSON.parse(tip.rects ?? '{}') as Rects;
}


/** Longer than the hover grace (300 ms): a tooltip still open after it was meant to stay. */
const OUTLIVE_GRACE_MS = 1000;

describeInBrowsers('tooltip', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: TestPage;
  /** A URL of its own per test: a tab still closing from the test before cannot take its messages. */
  let url = '';
  let pages = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    url = `/tooltip.html?page=${++pages}.`;
    page = await browser.newPage(server.url(url));
    await page.bringToFront();
    // Detection marks mentions asynchronously after load: wait until the page's mentions are known.
    await browser.sendToTab(url, { type: 'page-mentions' });
    for (let i = 0; i < 100; i++) {
      const reply = await browser.sendToTab<{ mentions: Array<{ entity: string }> }>(url, { type: 'page-mentions' });
      if (reply.mentions.some((m) => m.entity === 'kabul')) break;
      await sleep(100);
    }
  });
  afterEach(async () => {
    await page?.close();
  });

  /** Rests the pointer on a mention until its tooltip is open. */
  async function hover(word: string, entity: string): Promise<Record<string, string>> {
    const [x, y] = await centreOf(page, word);
    await page.mouseMove(x, y);
    return waitForTip(page, (t) => t.state === 'open' && t.entity === entity && t.status !== 'loading', `open on ${entity}`);
  }

  /** A point in an empty part of the page, under the text. */
  function blankPoint(): Promise<[number, number]> {
    return page.evaluate(() => {
      const r = document.querySelector('#blank')!.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(Math.min(r.top + 80, innerHeight - 10))] as [number, number];
    });
  }

  /** To an empty part of the page, under the text. */
  async function moveAway(): Promise<void> {
    const [x, y] = await blankPoint();
    await page.mouseMove(x, y);
  }

  it('opens on hover with the entity and its sourced facts, unstyled by the page', async () => {
    const tip = await hover('Kazakhstan', 'kazakhstan');
    expect(tip.title).toBe('Kazakhstan');
    expect(tip.status).toBe('ready');
    expect(tip.facts).toBe('3');
    expect(tip.role).toBe('tooltip');
    // The page says `* { color: red !important; font-size: 40px !important }`: the title keeps its own.
    expect(tip.fontSize).toBe('16px');
    expect(tip.color).toBe('rgb(27, 27, 31)');
    // ...and `[data-caravan-ui] { display: none !important }`: the card is really there to hit.
    const { card } = rects(tip);
    expect(card).not.toBeNull();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.hasAttribute('data-caravan-ui') ?? false, card!);
    expect(hit).toBe(true);
    // Quotes are hidden until asked for.
    expect(tip.quotes).toBe('fa:rtl:hidden en:ltr:hidden ru:ltr:hidden');
    expect(page.errors).toEqual([]);
  });

  it('stays open while the pointer moves into it and closes after it leaves both', async () => {
    const tip = await hover('Afghanistan', 'afghanistan');
    const [x, y] = rects(tip).card!;
    await page.mouseMove(x, y);
    await sleep(OUTLIVE_GRACE_MS);
    expect((await readTip(page))?.state).toBe('open');
    await moveAway();
    await waitClosed(page);
  });

  it('shows a quote on demand, right to left for Persian', async () => {
    const tip = await hover('Kazakhstan', 'kazakhstan');
    const [x, y] = rects(tip).quote!;
    await page.mouseMove(x, y);
    await page.mouseClick(x, y);
    const shown = await waitForTip(page, (t) => t.quotes?.startsWith('fa:rtl:shown') ?? false, 'showing the Persian quote');
    expect(shown.quotes).toBe('fa:rtl:shown en:ltr:hidden ru:ltr:hidden');
  });

  it('pins: a dialog that ignores the pointer, keeps Tab inside and closes with Escape', async () => {
    const tip = await hover('Afghanistan', 'afghanistan');
    const [px, py] = rects(tip).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    const pinned = await waitForTip(page, (t) => t.pinned === 'true', 'pinned');
    expect(pinned.role).toBe('dialog');
    expect(pinned.label).toBe('Afghanistan');
    expect(pinned.focus).toBe('pin');
    await moveAway();
    await sleep(OUTLIVE_GRACE_MS);
    expect((await readTip(page))?.state).toBe('open');
    // Tab cycles within the dialog: back from the first control to the last, and forward again.
    await page.press('Shift+Tab');
    expect((await waitForTip(page, (t) => t.focus === 'panel', 'focus on the last control')).focus).toBe('panel');
    await page.press('Tab');
    expect((await waitForTip(page, (t) => t.focus === 'pin', 'focus back on the first control')).focus).toBe('pin');
    await page.press('Escape');
    await waitClosed(page);
  });

  it('follows its mention when the page scrolls', async () => {
    const tip = await hover('Tokayev', 'tokayev');
    const [px, py] = rects(tip).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    const pinned = await waitForTip(page, (t) => t.pinned === 'true', 'pinned');
    const before = rects(pinned).card!;
    await page.evaluate(() => window.scrollBy(0, 60));
    const after = await waitForTip(page, (t) => rects(t).card![1] !== before[1], 'moved with the page');
    expect(Math.abs(rects(after).card![1] - (before[1] - 60))).toBeLessThanOrEqual(1);
    expect(rects(after).card![0]).toBe(before[0]);
  });

  it('closes with its close button', async () => {
    const tip = await hover('Kazakhstan', 'kazakhstan');
    const [x, y] = rects(tip).close!;
    await page.mouseMove(x, y);
    await page.mouseClick(x, y);
    await waitClosed(page);
  });

  it('says so when no enabled source has facts about the entity', async () => {
    const tip = await hover('Kabul', 'kabul');
    expect(tip.title).toBe('Kabul');
    expect(tip.facts).toBe('0');
    expect(tip.status).toBe('ready');
  });

  it('takes focus when a mention is reached from the keyboard, announces it, and gives focus back on Escape', async () => {
    await page.click('#before');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await browser.sendToTab(url, { type: 'navigate-mention', params: { direction: 1 } });
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.focus === 'card' && t.live !== '', 'focused and announced');
    expect(tip.entity).toBe('kazakhstan');
    expect(tip.role).toBe('dialog');
    expect(tip.label).toBe('Kazakhstan');
    expect(tip.live).toBe('Kazakhstan: 5 facts');
    await page.press('Escape');
    await waitClosed(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('drops the facts of a source switched off in the settings from the open tooltip, and follows the theme', async () => {
    const tip = await hover('Kazakhstan', 'kazakhstan');
    const [px, py] = rects(tip).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    await waitForTip(page, (t) => t.pinned === 'true', 'pinned');
    try {
      await setSettings({ schema: 1, disabledSources: ['fa-news'], theme: 'dark' });
      const after = await waitForTip(page, (t) => t.facts === '2' && t.color !== 'rgb(27, 27, 31)', 'without the Persian source, dark');
      expect(after.quotes).toBe('en:ltr:hidden ru:ltr:hidden');
      expect(after.color).toBe('rgb(236, 236, 240)');
    } finally {
      await setSettings({ schema: 1 });
    }
  });

  /** Writes the settings where the extension keeps them (storage.sync, else storage.local). */
  async function setSettings(settings: Record<string, unknown>): Promise<void> {
    await browser.bridge.evaluate(async (settings) => {
      const { storage } = window.caravanBridge.browser;
      try {
        await storage.sync.get('settings');
        await storage.sync.set({ settings });
      } catch {
        await storage.local.set({ settings });
      }
    }, settings);
  }

  it('opens on a tap and closes on a tap elsewhere (touch)', async () => {
    const [x, y] = await centreOf(page, 'Kazakhstan');
    await page.tap(x, y);
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.entity === 'kazakhstan' && t.status === 'ready', 'open on a tap');
    expect(tip.title).toBe('Kazakhstan');
    // A tap on the card is reading it, not dismissing it.
    const [cx, cy] = rects(tip).card!;
    await page.tap(cx, cy);
    await sleep(OUTLIVE_GRACE_MS);
    expect((await readTip(page))?.state).toBe('open');
    // A tap on no mention closes; the next tap on a mention opens its tooltip.
    const [bx, by] = await blankPoint();
    await page.tap(bx, by);
    await waitClosed(page);
    const [ax, ay] = await centreOf(page, 'Afghanistan');
    await page.tap(ax, ay);
    await waitForTip(page, (t) => t.state === 'open' && t.entity === 'afghanistan' && t.status === 'ready', 'open on the tapped mention');
    await page.tap(bx, by);
    await waitClosed(page);
    expect(page.errors).toEqual([]);
  });

  it('answers an entity the fixture does not stub from the background', async () => {
    const tip = await hover('Tokayev', 'tokayev');
    // The store may or may not hold facts about him yet: either way a settled, titled tooltip.
    expect(['ready', 'unknown']).toContain(tip.status);
    expect(tip.title).toMatch(/Tokayev/);
  });
});
