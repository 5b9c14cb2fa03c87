/**
 * The side panel (decision 0240), in both browsers: opened for real from the popup's "Side panel"
 * button (a trusted click: Chromium's sidePanel.open, Firefox's sidebarAction.open), it follows the
 * active tab — switching between two pages with different mentions changes its list, a navigation
 * of the tab updates it — and steps through one entity's mentions, moving the page's active mention
 * in order, wrapping, and saying which one of how many. Also what the tooltip's "See all" opens:
 * the side panel in Chromium (a content script's click carries the gesture there), the same panel
 * in a tab about the page in Firefox (its sidebar opens only from an extension page's own action).
 * The panel is read from the test bridge through extension.getViews (neither driver lists a side
 * panel among its pages).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { axeViolations } from './harness/axe';
import { listedEntities } from './harness/panel';
import { centreOf, waitForTip, type Rects } from './harness/tooltip-probe';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Filler paragraph ${i} about nothing in particular.</p>`).join('\n');

const PAGES = {
  '/a.html': page('A', '<p>Kazakhstan and Afghanistan met in Kabul to talk about trade.</p>'),
  '/b.html': page('B', '<p>Trucks crossed the bridge at Hairatan; the Taliban welcomed the convoy from Termez.</p>'),
  // Three mentions of Kazakhstan far apart, with another name between them that the stepper skips.
  '/c.html': page(
    'C',
    `<p id="k1">Kazakhstan opened the talks.</p>${filler(30)}<p id="kabul">The delegation went on to Kabul.</p>${filler(30)}<p id="k2">Later Kazakhstan sent grain.</p>${filler(30)}<p id="k3">In the end Kazakhstan signed.</p>${filler(10)}`,
  ),
};

describeInBrowsers('side panel', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let a: TestPage;
  let b: TestPage;

  /** The side panel's entity list (not a panel opened in a tab: that one has a query). */
  const panelList = () =>
    browser.bridge.evaluate(() => {
      const w = (window.caravanBridge.browser.extension.getViews() as Window[]).find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
      if (!w) return null;
      return Array.from(w.document.querySelectorAll('.mentions [data-entity]'), (e) => e.getAttribute('data-entity') ?? '').sort();
    });
  /** Polls the panel's list until `done` holds (detection and the panel's asking take their time). */
  async function panelUntil(done: (ids: string[]) => boolean, what: string): Promise<string[]> {
    let last: string[] | null = null;
    for (let i = 0; i < 200; i++) {
      last = await panelList();
      if (last && done(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the side panel never listed ${what}; last ${JSON.stringify(last)}`);
  }
  const inPanel = (action: { click?: string; read?: string }) =>
    browser.bridge.evaluate((action) => {
      const w = (window.caravanBridge.browser.extension.getViews() as Window[]).find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
      if (!w) return null;
      if (action.click) {
        const el = w.document.querySelector<HTMLElement>(action.click);
        if (!el) return null;
        el.click();
        return 'clicked';
      }
      const el = w.document.querySelector<HTMLElement>(action.read!);
      return el ? `${el.textContent ?? ''}|${el.getAttribute('data-index') ?? ''}|${el.getAttribute('data-total') ?? ''}` : null;
    }, action);
  /** The id of the paragraph holding the page's active mention ('' for none). */
  const activeIn = (p: TestPage) =>
    p.evaluate(() => {
      const h = CSS.highlights.get('caravan-active');
      const r = h ? ([...h][0] as AbstractRange | undefined) : undefined;
      return r ? (r.startContainer.parentElement?.closest('p')?.id ?? '?') : '';
    });

  /** The tooltip's "See all" on page A's Kabul, from the keyboard (a card of real facts may reach below the viewport): pin, then Shift+Tab wraps to it. */
  async function seeAllOnKabul(): Promise<void> {
    await a.bringToFront();
    await a.evaluate(() => window.scrollTo(0, 0));
    // From elsewhere onto the name: a pointer already resting on it would not move. Under a heavy
    // load Firefox has once let the hover go by after the previous test's panel steps (CI, 2026-12-05:
    // "never became open on Kabul; last state null"); a reader would point again, and so does the test.
    let tip: Record<string, string> | null = null;
    for (let attempt = 1; !tip; attempt++) {
      await a.mouseMove(5, 5);
      const [x, y] = await centreOf(a, 'Kabul');
      await a.mouseMove(x, y);
      try {
        tip = await waitForTip(a, (t) => t.status === 'ready', 'open on Kabul');
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    const [px, py] = (JSON.parse(tip.rects!) as Rects).pin!;
    await a.mouseMove(px, py);
    await a.mouseClick(px, py);
    await waitForTip(a, (t) => t.pinned === 'true' && t.focus === 'pin', 'pinned');
    await a.press('Shift+Tab');
    await waitForTip(a, (t) => t.focus === 'panel', 'focus on See all');
    await a.press('Enter');
    await a.press('Escape');
  }
  /** The side panel's entity heading once it starts with `name`. */
  const panelHeading = (name: string) =>
    browser.bridge.waitFor(
      (name) => {
        const w = (window.caravanBridge.browser.extension.getViews() as Window[]).find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
        const h = w?.document.querySelector('#entity-heading')?.textContent ?? '';
        return h.startsWith(name) ? h : null;
      },
      name,
      15_000,
    );
  const panelOpen = () =>
    browser.bridge.evaluate(() => (window.caravanBridge.browser.extension.getViews() as Window[]).some((v) => v.location.pathname === '/sidepanel.html' && !v.location.search));

  beforeAll(async () => {
    server = await startServer(undefined, PAGES);
    browser = await launch(name);
    a = await browser.newPage(server.url('/a.html'));
    b = await browser.newPage(server.url('/b.html'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the tooltip’s “See all” opens the side panel on the entity (Chromium), or the panel in a tab about the page (Firefox)', async () => {
    expect(await panelOpen()).toBe(false);
    await seeAllOnKabul();
    if (name === 'chromium') {
      // The Enter in the page's tooltip is the gesture sidePanel.open needs, carried by the content script's message.
      expect(await panelHeading('Kabul')).toMatch(/^Kabul/);
      // Closed again (Chromium 141+), so the popup's button is seen to open it.
      await browser.bridge.evaluate(async () => {
        const win = await window.caravanBridge.browser.windows.getLastFocused();
        await (globalThis as unknown as { chrome: { sidePanel: { close(o: object): Promise<void> } } }).chrome.sidePanel.close({ windowId: win.id });
      });
      await browser.bridge.waitFor(() => !(window.caravanBridge.browser.extension.getViews() as Window[]).some((v) => v.location.pathname === '/sidepanel.html'));
    } else {
      // Firefox opens its sidebar only from an extension page's own user action: the same panel opens in a tab, about the page.
      const panel = await browser.pageAt(`${browser.extensionOrigin}sidepanel.html?`);
      expect(await panel.url()).toMatch(/[?&]entity=kabul/);
      await panel.waitFor(() => document.querySelector('#entity-heading')?.textContent?.startsWith('Kabul'), undefined, 15_000);
      expect(await panel.waitFor(() => document.querySelector('.step-status')?.getAttribute('data-total'), undefined, 15_000)).toBe('1');
      await panel.close();
    }
    expect(await panelOpen()).toBe(false);
  });

  it('opens from the popup’s “Side panel” button (a real open from the reader’s click)', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-open-side-panel]'));
    await popup.click('[data-open-side-panel]');
    const opened = await browser.bridge.waitFor(
      () => (window.caravanBridge.browser.extension.getViews() as Window[]).some((v) => v.location.pathname === '/sidepanel.html' && v.document.querySelector('h1')),
      undefined,
      15_000,
    );
    expect(opened).toBe(true);
    await popup.close();
    expect(popup.errors).toEqual([]);
  });

  it('follows the active tab: switching between two pages changes what it lists', async () => {
    await a.bringToFront();
    const onA = await panelUntil((ids) => ids.includes('kabul'), 'page A');
    expect(onA).toEqual(expect.arrayContaining(['kazakhstan', 'afghanistan', 'kabul']));
    expect(onA).not.toContain('hairatan');

    await b.bringToFront();
    const onB = await panelUntil((ids) => ids.includes('hairatan'), 'page B');
    expect(onB).not.toContain('kabul');
    expect(onB).not.toContain('kazakhstan');

    await a.bringToFront();
    expect(await panelUntil((ids) => ids.includes('kabul') && !ids.includes('hairatan'), 'page A again')).toEqual(onA);
  });

  it('follows a navigation of the tab', async () => {
    await b.bringToFront();
    await panelUntil((ids) => ids.includes('hairatan'), 'page B');
    await b.goto(server.url('/c.html'));
    const onC = await panelUntil((ids) => !ids.includes('hairatan') && ids.includes('kazakhstan'), 'page C after the navigation');
    expect(onC).toEqual(['kabul', 'kazakhstan']);
  });

  it('steps through one entity’s mentions: in order, skipping other names, wrapping, “n of 3”', async () => {
    await b.bringToFront();
    await panelUntil((ids) => ids.includes('kazakhstan') && ids.length === 2, 'page C');
    await b.evaluate(() => window.scrollTo(0, 0));
    expect(await inPanel({ click: '.mentions [data-entity="kazakhstan"]' })).toBe('clicked');
    // The entity view says how many times the page names it before any step.
    await browser.bridge.waitFor(
      () => {
        const w = (window.caravanBridge.browser.extension.getViews() as Window[]).find((v) => v.location.pathname === '/sidepanel.html' && !v.location.search);
        return w?.document.querySelector('.step-status')?.getAttribute('data-total') === '3';
      },
      undefined,
      15_000,
    );
    const seen: Array<[string, string]> = [];
    for (const direction of ['next', 'next', 'next', 'next', 'previous', 'previous'] as const) {
      expect(await inPanel({ click: `.stepper .step:${direction === 'next' ? 'last-of-type' : 'first-of-type'}` })).toBe('clicked');
      const before = seen.length;
      let status = '';
      for (let i = 0; i < 100; i++) {
        status = (await inPanel({ read: '.step-status' })) ?? '';
        const index = status.split('|')[1];
        // Each step's answer replaces the last; a step lands when the shown index moves.
        if (index !== '' && (before === 0 || index !== seen[before - 1]![1].split('|')[1])) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const active = await b.waitFor(() => {
        const h = CSS.highlights.get('caravan-active');
        const r = h ? ([...h][0] as AbstractRange | undefined) : undefined;
        return r ? (r.startContainer.parentElement?.closest('p')?.id ?? '?') : '';
      });
      seen.push([active, status]);
      // The page scrolled the active mention into view.
      await b.waitFor((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, active);
    }
    expect(seen.map(([p]) => p)).toEqual(['k1', 'k2', 'k3', 'k1', 'k3', 'k2']);
    expect(seen.map(([, s]) => s)).toEqual([
      '1 of 3 on the page|0|3',
      '2 of 3 on the page|1|3',
      '3 of 3 on the page|2|3',
      '1 of 3 on the page|0|3',
      '3 of 3 on the page|2|3',
      '2 of 3 on the page|1|3',
    ]);
    expect(await activeIn(b)).toBe('k2');
    expect(b.errors).toEqual([]);
  });

  it('turns to the entity of the tooltip’s “See all” while it is open', async () => {
    await seeAllOnKabul();
    expect(await panelHeading('Kabul')).toMatch(/^Kabul/);
    // No tab was opened for it.
    const tabs = await browser.bridge.evaluate(async () => (await window.caravanBridge.browser.tabs.query({})).map((t) => t.url ?? ''));
    expect(tabs.filter((u) => u.includes('sidepanel.html'))).toEqual([]);
  });

  it('lists the page in a panel opened in a tab about it (?tab=)', async () => {
    const id = await browser.bridge.evaluate(() => window.caravanBridge.tabByUrl('/a.html'));
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${id}`);
    try {
      expect((await listedEntities(panel, 3)).sort()).toEqual(['afghanistan', 'kabul', 'kazakhstan']);
      // The host comes from the page's content script (the panel never reads the tab's address).
      expect(await panel.waitFor(() => document.querySelector('.host')?.textContent)).toBe('127.0.0.1');
      // "Pause on this site" works from that host: the page stops marking, and Resume brings it back.
      await panel.click('.pause');
      expect(await panel.waitFor(() => document.querySelector('[data-state="paused"] p')?.textContent, undefined, 15_000)).toContain('127.0.0.1');
      await a.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) === 0, undefined, 15_000);
      await panel.click('[data-state="paused"] button');
      expect((await listedEntities(panel, 3)).sort()).toEqual(['afghanistan', 'kabul', 'kazakhstan']);
      await a.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 0, undefined, 15_000);
    } finally {
      await panel.close();
    }
  });

  it('a panel in a tab: the stepper by keyboard alone, text of 13 px and more (14 px to read), and no axe violations', async () => {
    await b.bringToFront();
    await b.evaluate(() => window.scrollTo(0, 0));
    const id = await browser.bridge.evaluate(() => window.caravanBridge.tabByUrl('/c.html'));
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${id}&entity=kazakhstan`);
    try {
      await panel.waitFor(() => document.querySelector('.step-status')?.getAttribute('data-total') === '3', undefined, 20_000);
      // Keyboard: Tab from the heading reaches "Previous", then "Next"; Enter steps.
      await panel.evaluate(() => (document.querySelector('#entity-heading') as HTMLElement).focus());
      const reached: string[] = [];
      for (let i = 0; i < 2; i++) {
        await panel.press('Tab');
        reached.push(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
      }
      expect(reached).toEqual(['Previous mention on the page', 'Next mention on the page']);
      await panel.press('Enter');
      await panel.waitFor(() => document.querySelector('.step-status')?.getAttribute('data-index') !== '', undefined, 10_000);
      const status = await panel.evaluate(() => document.querySelector('.step-status')!.textContent);
      expect(status).toMatch(/^[123] of 3 on the page$/);
      expect(await activeIn(b)).toMatch(/^k[123]$/);

      const sizes = await panel.evaluate(() => {
        const out: Array<{ text: string; px: number; reading: boolean }> = [];
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
          const box = el.getBoundingClientRect();
          if (!own || box.width <= 1 || box.height <= 1) continue;
          out.push({ text: own.slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize), reading: !!el.closest('.fact-summary, .entity > p:not(.muted)') });
        }
        return out;
      });
      expect(sizes.length).toBeGreaterThan(20);
      expect(sizes.filter((x) => x.px < 13)).toEqual([]);
      expect(sizes.filter((x) => x.reading && x.px < 14)).toEqual([]);
      expect(await axeViolations(panel)).toEqual([]);
      expect(panel.errors).toEqual([]);
    } finally {
      await panel.close();
    }
  });
});
