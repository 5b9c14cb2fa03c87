import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, useBrowser, type TestPage, mentionsUntil as pollMentions } from './harness';

interface PageMention {
  entity: string;
  text: string;
}

const PATH = '/multilingual.html';

/** Every element's box in the page (scrolled to the top) and the page's scroll size. */
function layoutOf(): { width: number; height: number; boxes: string[] } {
  window.scrollTo(0, 0);
  const boxes = Array.from(document.body.querySelectorAll('*'), (el) => {
    const r = el.getBoundingClientRect();
    return `${el.localName}${el.id ? `#${el.id}` : ''} ${[r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(',')}`;
  });
  return { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, boxes };
}

describeInBrowsers('detection', (name) => {
  const session = useBrowser(name);
  let page: TestPage;
  let expected: PageMention[];

  const mentions = async () => (await session.browser.sendToTab<{ mentions: PageMention[] }>(PATH, { type: 'page-mentions' })).mentions;
  /** The page's mentions once its detector says it has no work left (`state: 'idle'`). */
  const idleMentions = async (): Promise<PageMention[]> => {
    for (let i = 0; i < 20; i++) {
      const reply = await session.browser.sendToTab<{ mentions: PageMention[]; state?: string }>(PATH, { type: 'page-mentions' });
      if (reply.state === 'idle') return reply.mentions;
    }
    throw new Error('the detector never reported idle');
  };
  const setSettings = (settings: Record<string, unknown>) =>
    session.browser.bridge.evaluate((s) => window.caravanBridge.browser.storage.sync.set({ settings: s }), settings);
  /** Polls page-mentions until `done` holds (mutations are processed asynchronously). */
  const mentionsUntil = (done: (m: PageMention[]) => boolean): Promise<PageMention[]> => pollMentions<PageMention>(session.browser, PATH, done);

  beforeAll(async () => {
    page = await session.browser.newPage(session.server.url(PATH));
    expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as PageMention[]);
  });

  it('finds every expected mention, with its entity, in document order, and nothing else', async () => {
    expect(expected.length).toBeGreaterThan(20);
    expect(await mentions()).toEqual(expected);
  });

  it('registers the highlights without changing the page text or its layout', async () => {
    const state = await page.evaluate(() => ({
      text: document.body.textContent,
      children: document.body.childElementCount,
      styles: document.querySelectorAll('style').length,
    }));
    // What the page would be without Caravan: the same file parsed fresh, never seen by the extension.
    const pristine = await page.evaluate(async (path) => {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return { text: doc.body.textContent, children: doc.body.childElementCount, styles: doc.querySelectorAll('style').length };
    }, PATH);
    expect(state.text).toBe(pristine.text);
    expect(state.children).toBe(pristine.children);
    expect(state.styles).toBe(pristine.styles);
    expect(page.errors).toEqual([]);

    // The layout: every element's box, as laid out with Caravan marking the page, and in a second
    // tab of the same page where Caravan is paused (it never runs there: the layout without it).
    const marked = await page.evaluate(layoutOf);
    await setSettings({ schema: 1, pausedSites: ['127.0.0.1'] });
    try {
      const bare = await session.browser.newPage(session.server.url(`${PATH}?bare`));
      // Paused for sure: the content script there (once injected) answers, with nothing found.
      let reply: { mentions: PageMention[]; state?: string } | null = null;
      for (let i = 0; i < 100 && !reply; i++) {
        reply = await session.browser.sendToTab<{ mentions: PageMention[] }>(`${PATH}?bare`, { type: 'page-mentions' }).catch(() => null);
        if (!reply) await new Promise((r) => setTimeout(r, 100));
      }
      // Paused: nothing found, nothing pending, detection off; marking itself was not turned off.
      // (A frame whose loader never loaded the detector leaves out the empty total and tally.)
      expect({ total: 0, tally: [], ...reply }).toEqual({ mentions: [], total: 0, tally: [], state: 'idle', status: 'off', marking: true, host: '127.0.0.1' });
      const without = await bare.evaluate(layoutOf);
      await bare.close();
      expect(marked.boxes.length).toBeGreaterThan(30);
      expect(marked).toEqual(without);
    } finally {
      await setSettings({ schema: 1 });
      // Resumed: the page is found and marked again before the next test.
      expect(await mentionsUntil((m) => m.length === expected.length)).toEqual(expected);
      await page.waitFor((n) => CSS.highlights.get('caravan-mention')?.size === n, expected.length);
    }
  });

  it('marks through the CSS Custom Highlight API, styled by an adopted stylesheet', async () => {
    const seen = await page.evaluate(() => {
      const h = CSS.highlights.get('caravan-mention');
      return {
        size: h?.size ?? -1,
        registered: ['caravan-mention', 'caravan-active', 'caravan-flash'].map((n) => CSS.highlights.has(n)),
        // Static ranges: the page's own text updates never have to adjust thousands of live ones.
        static: h ? [...h].every((r) => r instanceof StaticRange) : false,
        sheets: document.adoptedStyleSheets.length,
        rule: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes('caravan-mention')) ?? '',
      };
    });
    expect(seen).toMatchObject({ registered: [true, true, true], sheets: 1, static: true });
    expect(seen.size).toBe(expected.length);
    expect(seen.rule).toContain('dotted');
  });

  it('skips form fields, editors, code, scripts, hidden text, SVG, MathML and its own UI', async () => {
    const found = await mentions();
    const texts = found.map((m) => m.text);
    // Every name in the skipped regions is a name found elsewhere too; count them instead.
    expect(found.filter((m) => m.entity === 'tokayev')).toHaveLength(1);
    expect(found.filter((m) => m.entity === 'taliban')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Kazakhstan')).toHaveLength(2);
    expect(texts.filter((t) => t === 'Astana')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Kabul')).toHaveLength(1);
    expect(found.some((m) => m.entity === 'tajikistan')).toBe(false);
  });

  it('detects appended text and text changed in place, and drops removed text', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Uzbekistan and Tajikistan were mentioned later.';
      document.getElementById('later')!.append(p);
      (document.getElementById('change')!.firstChild as Text).data = 'Now it mentions Tajikistan and Astana.';
    });
    const after = await mentionsUntil((m) => m.length === expected.length + 4);
    expect(after.slice(0, expected.length)).toEqual(expected);
    expect(after.slice(expected.length)).toEqual([
      { entity: 'tajikistan', text: 'Tajikistan' },
      { entity: 'astana', text: 'Astana' },
      { entity: 'uzbekistan', text: 'Uzbekistan' },
      { entity: 'tajikistan', text: 'Tajikistan' },
    ]);
    await page.evaluate(() => {
      document.getElementById('added')!.remove();
      (document.getElementById('change')!.firstChild as Text).data = 'Nothing to see here any more.';
    });
    expect(await mentionsUntil((m) => m.length === expected.length)).toEqual(expected);
  });

  it('ignores typing in an editable region', async () => {
    await page.evaluate(() => {
      document.querySelector('#editor p')!.append(' and Kyrgyzstan');
      (document.getElementById('ta') as HTMLTextAreaElement).value = 'Kyrgyzstan';
    });
    // The edits are queued before the message arrives; 'idle' says the detector has dealt with them.
    const after = await idleMentions();
    expect(after).toEqual(expected);
    expect(after.some((m) => m.entity === 'kyrgyzstan')).toBe(false);
  });

  it('scans text that becomes visible', async () => {
    await page.evaluate(() => {
      document.querySelector('.gone')!.classList.remove('gone');
      document.querySelector('p[hidden]')!.removeAttribute('hidden');
    });
    const after = await mentionsUntil((m) => m.length === expected.length + 2);
    expect(after.filter((m) => m.entity === 'tokayev')).toHaveLength(2);
    expect(after.filter((m) => m.text === 'Kabul')).toHaveLength(2);
  });
});
