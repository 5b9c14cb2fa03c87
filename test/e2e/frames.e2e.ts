import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { listedEntities } from './harness/panel';

interface PageMention {
  entity: string;
  text: string;
}

describeInBrowsers('frames and shadow roots', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let other: TestServer;
  let page: TestPage;
  let frames: Array<{ frameId: number; url: string }>;

  const mentionsIn = async (frameId: number) => {
    // A frame's content script may still be starting: retry until it answers.
    for (let i = 0; ; i++) {
      try {
        return (await browser.sendToTab<{ mentions: PageMention[] }>('/frames.html', { type: 'page-mentions' }, frameId)).mentions;
      } catch (error) {
        if (i > 50) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  const tabOfPage = () => browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), '/frames.html');
  /** The tab's badge text once it reads `expected`, or what it reads after 5 s. */
  const badgeBecomes = async (tabId: number, expected: string) => {
    const badge = () => browser.bridge.evaluate((id) => window.caravanBridge.browser.action.getBadgeText({ tabId: id }), tabId);
    for (let i = 0; i < 50 && (await badge()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
    return badge();
  };
  const frameId = (test: (url: string) => boolean) => {
    const f = frames.find((x) => test(x.url));
    if (!f) throw new Error(`no such frame in ${JSON.stringify(frames)}`);
    return f.frameId;
  };

  beforeAll(async () => {
    server = await startServer();
    other = await startServer();
    browser = await launch(name);
    page = await browser.newPage(server.url(`/frames.html?cross=${encodeURIComponent(other.origin)}`));
    await page.waitFor(() => [...document.querySelectorAll('iframe')].every((f) => f.contentWindow && (f.id === 'cross' || f.contentDocument?.readyState === 'complete')));
    for (let i = 0; i < 50; i++) {
      frames = await browser.bridge.evaluate((part) => window.caravanBridge.frames(part), '/frames.html');
      if (frames.length >= 4) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  it('lists the top document and its open shadow root, but nothing from its frames', async () => {
    expect(await mentionsIn(0)).toEqual([
      { entity: 'kazakhstan', text: 'Kazakhstan' },
      { entity: 'tokayev', text: 'Tokayev' },
    ]);
    // The shadow root is styled too: the stylesheet is adopted there.
    const adopted = await page.evaluate(() => document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length);
    expect(adopted).toBe(1);
  });

  it('detects in a same-origin frame', async () => {
    expect(await mentionsIn(frameId((u) => u.endsWith('/frame-child.html')))).toEqual([{ entity: 'kabul', text: 'Kabul' }]);
  });

  it('detects in a srcdoc frame', async () => {
    expect(await mentionsIn(frameId((u) => u === 'about:srcdoc'))).toEqual([{ entity: 'astana', text: 'Astana' }]);
  });

  it('detects in a cross-origin frame', async () => {
    expect(await mentionsIn(frameId((u) => u.startsWith(other.origin)))).toEqual([{ entity: 'taliban', text: 'Taliban' }]);
  });

  it('the fact panel lists the mentions of every frame, reveals a name in its frame, and the badge counts them all', async () => {
    const tabId = await tabOfPage();
    expect(await badgeBecomes(tabId, '5')).toBe('5');
    const popup = await browser.openPopupFor(page);
    try {
      const ids = await listedEntities(popup, 5);
      expect([...ids].sort()).toEqual(['astana', 'kabul', 'kazakhstan', 'taliban', 'tokayev']);
      // Kabul is named only in the same-origin frame: choosing it flashes it there.
      await popup.click('[data-entity="kabul"]');
      await page.waitFor(() => ((document.getElementById('same') as HTMLIFrameElement).contentWindow as typeof window).CSS.highlights.get('caravan-flash')?.size === 1);
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('forgets what a frame reported once it navigates to a page without names', async () => {
    const tabId = await tabOfPage();
    expect(await badgeBecomes(tabId, '5')).toBe('5');
    // Kabul was named only in the same-origin frame: it leaves the count, the others stay.
    await page.evaluate(() => {
      (document.getElementById('same') as HTMLIFrameElement).src = '/plain.html';
    });
    expect(await badgeBecomes(tabId, '4')).toBe('4');
    const popup = await browser.openPopupFor(page);
    try {
      const ids = await listedEntities(popup, 4);
      expect([...ids].sort()).toEqual(['astana', 'kazakhstan', 'taliban', 'tokayev']);
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('keeps the count through an address change that loads no document (pushState, a hash)', async () => {
    const tabId = await tabOfPage();
    expect(await badgeBecomes(tabId, '4')).toBe('4');
    // A single-page app's route: the tab says it loads (in Chromium with the page's address), but
    // no document changed, so the frames' reports stay; a name added then counts with them.
    await page.evaluate(() => {
      history.pushState({}, '', '/frames.html?route=2');
      location.hash = '#part';
      const p = document.createElement('p');
      p.textContent = 'The route now names Herat.';
      document.body.append(p);
    });
    expect(await badgeBecomes(tabId, '5')).toBe('5');
  });

  it('follows text added to a shadow root and to a shadow root attached later', async () => {
    await page.evaluate(() => {
      const root = document.getElementById('host')!.shadowRoot!;
      const p = document.createElement('p');
      p.textContent = 'Later the shadow root mentions Hairatan.';
      root.append(p);
      const host = document.createElement('section');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>A new component about Uzbekistan.</p>';
      document.body.append(host);
    });
    for (let i = 0; i < 50; i++) {
      if ((await mentionsIn(0)).length === 5) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await mentionsIn(0)).toEqual([
      { entity: 'kazakhstan', text: 'Kazakhstan' },
      { entity: 'tokayev', text: 'Tokayev' },
      { entity: 'hairatan', text: 'Hairatan' },
      { entity: 'herat', text: 'Herat' },
      { entity: 'uzbekistan', text: 'Uzbekistan' },
    ]);
    expect(page.errors).toEqual([]);
  });

  it('a new page in the tab counts its own frames only, with text or without (decision 0351)', async () => {
    const tabId = await tabOfPage();
    expect(await badgeBecomes(tabId, '7')).toBe('7');
    // A page with text and no names: its loader says which document it is, and the old page's reports go.
    await page.goto(server.url('/plain.html'));
    expect(await badgeBecomes(tabId, '')).toBe('');
    await page.goto(server.url(`/frames.html?cross=${encodeURIComponent(other.origin)}`));
    expect(await badgeBecomes(tabId, '5')).toBe('5');
    // A page without text sends nothing; the background asks its top frame once the tab has loaded.
    await page.goto(server.url('/empty.html'));
    expect(await badgeBecomes(tabId, '')).toBe('');
    const frames = await browser.bridge.evaluate((id) => window.caravanBridge.browser.runtime.sendMessage({ type: 'tab-frames', params: { tabId: id } }), tabId);
    expect(frames).toEqual({ result: [0] });
  });

  it('back to an earlier page, from the back/forward cache or loaded again, counts that page\'s frames again', async () => {
    const tabId = await tabOfPage().catch(() => null) ?? (await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), '/empty.html'));
    await page.evaluate(() => history.back());
    expect(await badgeBecomes(tabId, '5')).toBe('5');
    await page.evaluate(() => history.forward());
    expect(await badgeBecomes(tabId, '')).toBe('');
  });
});
