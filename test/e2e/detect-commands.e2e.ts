import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';

interface PageMention {
  entity: string;
  text: string;
}

// A long page: mentions near the top, in the middle and far below the first screen.
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Filler paragraph ${i} about nothing in particular.</p>`).join('\n');
const LONG = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body>
<p>Kazakhstan opened the talks.</p>
${filler(40)}
<p id="mid">The delegation travelled on to Kabul.</p>
${filler(40)}
<p id="far">At the end, the port of Hairatan.</p>
${filler(20)}
</body></html>`;

describeInBrowsers('detection commands', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: TestPage;

  const send = <R>(message: unknown) => browser.sendToTab<R>('/long.html', message);
  const mentions = async () => (await send<{ mentions: PageMention[] }>({ type: 'page-mentions' })).mentions;
  const setSettings = (settings: Record<string, unknown>) =>
    browser.bridge.evaluate((s) => window.caravanBridge.browser.storage.sync.set({ settings: s }), settings);

  beforeAll(async () => {
    server = await startServer(undefined, { '/long.html': LONG });
    browser = await launch(name);
    page = await browser.newPage(server.url('/long.html'));
    expect(await mentions()).toEqual([
      { entity: 'kazakhstan', text: 'Kazakhstan' },
      { entity: 'kabul', text: 'Kabul' },
      { entity: 'hairatan', text: 'Hairatan' },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reveal-entity scrolls to the first mention and flashes it; false for an entity not on the page', async () => {
    expect(await send({ type: 'reveal-entity', params: { entity: 'hairatan' } })).toBe(true);
    await page.waitFor(() => CSS.highlights.get('caravan-flash')?.size === 1);
    await page.waitFor(() => {
      const r = document.getElementById('far')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    await page.waitFor(() => CSS.highlights.get('caravan-flash')?.size === 0);
    expect(await send({ type: 'reveal-entity', params: { entity: 'tajikistan' } })).toBe(false);
  });

  it('navigate-mention walks the mentions in order, marks the current one and wraps', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const steps: Array<{ index: number; total: number }> = [];
    for (let i = 0; i < 4; i++) {
      steps.push(await send<{ index: number; total: number }>({ type: 'navigate-mention', params: { direction: 1 } }));
      expect(await page.evaluate(() => CSS.highlights.get('caravan-active')?.size)).toBe(1);
    }
    // The walk goes on from the current mention (one an earlier hover may have opened), else from
    // the viewport top: so the order is checked from wherever it starts.
    const start = steps[0]!.index;
    expect(steps).toEqual([0, 1, 2, 3].map((k) => ({ index: (start + k) % 3, total: 3 })));
    expect(await send({ type: 'navigate-mention', params: { direction: -1 } })).toEqual({ index: (start + 2) % 3, total: 3 });
    // On to the last mention, far down the page: it is scrolled into view.
    let last = (start + 2) % 3;
    while (last !== 2) last = (await send<{ index: number }>({ type: 'navigate-mention', params: { direction: 1 } })).index;
    await page.waitFor(() => {
      const r = document.getElementById('far')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(page.errors).toEqual([]);
  });

  it('keeps the active mark on a mention while the reader scrolls far from it', async () => {
    let step = await send<{ index: number }>({ type: 'navigate-mention', params: { direction: 1 } });
    while (step.index !== 0) step = await send<{ index: number }>({ type: 'navigate-mention', params: { direction: 1 } });
    // Far enough that the visibility gate unmarks Kazakhstan's block: the active mark stays.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    // A positive signal that the gate has acted: Kazakhstan's block has left the mention highlight
    // (Hairatan's, near the bottom, is in it), and the detector reports no work left.
    await page.waitFor(() => {
      const ranges = [...(CSS.highlights.get('caravan-mention') ?? [])];
      const first = document.body.firstElementChild!;
      return ranges.length > 0 && ranges.every((r) => !first.contains(r.startContainer));
    });
    expect((await send<{ state?: string }>({ type: 'page-mentions' })).state).toBe('idle');
    expect(await page.evaluate(() => CSS.highlights.get('caravan-active')?.size)).toBe(1);
    await page.press('Escape');
    await page.waitFor(() => CSS.highlights.get('caravan-active')?.size === 0);
  });

  it('toggle-marking removes and restores the marks; detection goes on', async () => {
    expect(await send({ type: 'toggle-marking' })).toEqual({ enabled: false });
    expect(await page.evaluate(() => CSS.highlights.has('caravan-mention'))).toBe(false);
    expect(await mentions()).toHaveLength(3);
    expect(await send({ type: 'toggle-marking' })).toEqual({ enabled: true });
    // Only mentions within a screen of the viewport are in the highlight (gate.ts).
    expect(await page.evaluate(() => CSS.highlights.get('caravan-mention')?.size)).toBeGreaterThan(0);
  });

  it('applies the mark style live', async () => {
    const rule = () =>
      page.evaluate(
        () =>
          [...document.adoptedStyleSheets]
            .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
            .find((t) => t.includes('(caravan-mention)')) ?? '',
      );
    const until = async (want: string) => {
      for (let i = 0; i < 50 && !(await rule()).includes(want); i++) await new Promise((r) => setTimeout(r, 100));
      return rule();
    };
    await setSettings({ markStyle: 'background' });
    expect(await until('background-color')).toContain('background-color');
    await setSettings({ markStyle: 'underline' });
    expect(await until('dotted')).toContain('dotted');
  });

  it('sets the toolbar badge to the number of entities, and clears it when paused', async () => {
    const badge = () =>
      browser.bridge.evaluate(async () => {
        const b = window.caravanBridge;
        return b.browser.action.getBadgeText({ tabId: await b.tabByUrl('/long.html') });
      });
    const until = async (want: string) => {
      for (let i = 0; i < 50 && (await badge()) !== want; i++) await new Promise((r) => setTimeout(r, 100));
      return badge();
    };
    expect(await until('3')).toBe('3');
    await setSettings({ pausedSites: ['127.0.0.1'] });
    expect(await until('')).toBe('');
    await setSettings({ pausedSites: [] });
    expect(await until('3')).toBe('3');
  });

  it('a paused site loses every mark at once and gets them back when resumed', async () => {
    await setSettings({ pausedSites: ['127.0.0.1'] });
    await page.waitFor(() => !CSS.highlights.has('caravan-mention'));
    expect(await mentions()).toEqual([]);
    await setSettings({ pausedSites: [] });
    await page.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 0);
    expect(await mentions()).toHaveLength(3);
    expect(page.errors).toEqual([]);
  });
});
