/**
 * Marking the topic, not the world (decision 0190): context entities (other states, world bodies,
 * regions) are marked only on a page that is on topic, over all its frames; the reader's context
 * marking, muted entities and types apply at once on open tabs; an entity no source speaks of is
 * marked fainter and its tooltip says so plainly.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { centreOf, sleep, waitForTip } from './harness/tooltip-probe';

interface PageMention {
  entity: string;
  text: string;
}

const WORLD = ['asia', 'china', 'eu', 'iran', 'russia', 'usa'];
const WORLD_TEXT = ['Asia', 'China', 'EU', 'Iran', 'Russia', 'U.S.'];

/** The text of every range Caravan marks in this document (full and faint marks), sorted. */
function marked(page: TestPage, frame?: string): Promise<string[]> {
  return page.evaluate((frameSel) => {
    const win = frameSel ? ((document.querySelector(frameSel) as HTMLIFrameElement).contentWindow as typeof window) : window;
    const out: string[] = [];
    for (const name of ['caravan-mention', 'caravan-mention-dim']) {
      for (const r of (win.CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        const range = win.document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out.sort();
  }, frame);
}

/** Polls until `check` holds, returning the last value; fails with what it saw. */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (check(last)) return last;
    await sleep(100);
  }
  throw new Error(`${what} never happened; last ${JSON.stringify(last)}`);
}

const hasAll = (list: readonly string[], wanted: readonly string[]) => wanted.every((w) => list.includes(w));
const hasNone = (list: readonly string[], unwanted: readonly string[]) => !unwanted.some((w) => list.includes(w));

describeInBrowsers('scope: the topic, not the world', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let options: TestPage;

  /** The tab's page-mentions (what the reader sees marked), retried while its script starts. */
  const mentions = async (path: string, frameId = 0): Promise<PageMention[]> => {
    for (let i = 0; ; i++) {
      try {
        return (await browser.sendToTab<{ mentions: PageMention[] }>(path, { type: 'page-mentions' }, frameId)).mentions;
      } catch (error) {
        if (i > 50) throw error;
        await sleep(200);
      }
    }
  };
  const entities = async (path: string) => [...new Set((await mentions(path)).map((m) => m.entity))].sort();
  const pick = async (selector: string) => {
    await options.waitFor((sel) => document.querySelector(sel), selector, 20_000);
    await options.click(selector);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks nothing on a world-news page, though it found the world actors there', async () => {
    const page = await browser.newPage(server.url('/scope-world.html'));
    // page-mentions answers once the detector is idle: nothing is shown.
    expect(await mentions('/scope-world.html')).toEqual([]);
    expect(await marked(page)).toEqual([]);
    // The positive signal that the page was read: marking context everywhere shows the six
    // names at once (the known mentions are re-filtered, the page is not read again)...
    await pick('input[name="contextMarking"][value="everywhere"]');
    expect(await until(() => marked(page), (m) => hasAll(m, WORLD_TEXT), 'world actors marked everywhere')).toEqual(WORLD_TEXT);
    expect(await entities('/scope-world.html')).toEqual(WORLD);
    // ...and the default takes them away again.
    await pick('input[name="contextMarking"][value="topic"]');
    expect(await until(() => marked(page), (m) => m.length === 0, 'world actors unmarked')).toEqual([]);
    expect(await mentions('/scope-world.html')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks the world actors without a reload once more text makes the page about the topic (infinite scroll)', async () => {
    const page = await browser.newPage(server.url('/scope-world.html'));
    expect(await mentions('/scope-world.html')).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Further down: Kazakhstan sent grain to Afghanistan, and the trucks reached Kabul.';
      document.body.append(p);
    });
    // The new paragraph's own marks come when the viewport gate sees it, maybe after the re-filter.
    const all = [...WORLD_TEXT, 'Afghanistan', 'Kabul', 'Kazakhstan'].sort();
    expect(await until(() => marked(page), (m) => hasAll(m, all), 'world actors marked after the topic text arrived')).toEqual(all);
    expect(await entities('/scope-world.html')).toEqual([...WORLD, 'afghanistan', 'kabul', 'kazakhstan'].sort());
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks the same world actors on a topic page', async () => {
    const page = await browser.newPage(server.url('/scope-topic.html'));
    const found = await until(() => entities('/scope-topic.html'), (e) => hasAll(e, WORLD), 'world actors listed');
    expect(found).toEqual([...WORLD, 'afghanistan', 'amu-darya', 'kabul', 'kazakhstan', 'tokayev'].sort());
    const marks = await until(() => marked(page), (m) => hasAll(m, WORLD_TEXT), 'world actors marked');
    expect(marks).toEqual(expect.arrayContaining([...WORLD_TEXT, 'Kazakhstan', 'Kabul', 'Amu Darya']));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks the context names of the top document when the core names sit in its frame', async () => {
    const page = await browser.newPage(server.url('/scope-frames.html'));
    // The top document alone names no core entity: the background's sum over the frames turns it on.
    const found = await until(() => entities('/scope-frames.html'), (e) => hasAll(e, WORLD), 'world actors listed in the top frame');
    expect(found).toEqual(WORLD);
    expect(await until(() => marked(page), (m) => hasAll(m, WORLD_TEXT), 'world actors marked in the top frame')).toEqual(WORLD_TEXT);
    expect(await until(() => marked(page, '#core'), (m) => m.length === 3, 'the frame marked')).toEqual(['Afghanistan', 'Kabul', 'Kazakhstan']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('mutes an entity from its tooltip (keyboard) at once, and a type or an unmute from the options on another tab', async () => {
    const page = await browser.newPage(server.url('/scope-topic.html'));
    await page.bringToFront();
    await until(() => marked(page), (m) => hasAll(m, ['Kazakhstan', 'Kabul', ...WORLD_TEXT]), 'the topic page marked');
    // The first mention is Kazakhstan: the keyboard opens its tooltip with focus inside.
    await browser.sendToTab('/scope-topic.html', { type: 'navigate-mention', params: { direction: 1 } });
    await waitForTip(page, (t) => t.state === 'open' && t.title === 'Kazakhstan' && t.status !== 'loading', 'open on Kazakhstan');
    let tip = await waitForTip(page, (t) => t.focus !== '', 'focused');
    for (let i = 0; i < 12 && tip.focus !== 'mute-entity'; i++) {
      await page.press('Tab');
      // The host mirrors focus after the focus event's microtask.
      await sleep(60);
      tip = await waitForTip(page, () => true, 'still there');
    }
    expect(tip.focus).toBe('mute-entity');
    await page.press('Enter');
    const after = await until(() => marked(page), (m) => !m.includes('Kazakhstan'), 'Kazakhstan unmarked');
    expect(after).toEqual(expect.arrayContaining(['Kabul', ...WORLD_TEXT]));
    expect(await entities('/scope-topic.html')).not.toContain('kazakhstan');
    // Still on topic: a muted entity still counts as evidence, it is only not shown.
    expect(await entities('/scope-topic.html')).toEqual(expect.arrayContaining(WORLD));

    await options.bringToFront();
    await pick('input[name="mutedTypes"][value="city"]');
    expect(await until(() => marked(page), (m) => hasNone(m, ['Kabul']), 'cities unmarked')).toContain('Iran');
    await pick('input[name="mutedTypes"][value="city"]');
    await pick('#muted-entities li[data-entity="kazakhstan"] button');
    expect(await until(() => marked(page), (m) => hasAll(m, ['Kabul', 'Kazakhstan']), 'Kabul and Kazakhstan marked again')).toEqual(
      expect.arrayContaining(['Kabul', 'Kazakhstan', ...WORLD_TEXT]),
    );
    expect(page.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    await page.close();
  });

  it('marks an entity no source speaks of fainter, and its tooltip says the sources say nothing yet', async () => {
    const page = await browser.newPage(server.url('/scope-topic.html'));
    await page.bringToFront();
    const faint = () =>
      page.evaluate(() =>
        [...((CSS.highlights.get('caravan-mention-dim') ?? []) as Iterable<AbstractRange>)].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)),
      );
    const dim = await until(faint, (list) => list.includes('Amu Darya'), 'Amu Darya marked faint');
    expect(dim).not.toContain('Kazakhstan');
    const [x, y] = await centreOf(page, 'Amu Darya');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.title === 'Amu Darya' && t.status !== 'loading', 'open on Amu Darya');
    expect(tip.facts ?? '0').toBe('0');
    expect(tip.said).toBe('The sources say nothing about it yet.');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
