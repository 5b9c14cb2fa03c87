/**
 * The tooltip in real browsers, on a page whose CSS attacks it (tooltip.html). Every card comes
 * from the real background and fact store; what each test expects is what the built pack holds
 * for the entity, read in Node by the store's own code (harness/pack.ts), never numbers of the
 * test's own. The tooltip's shadow root is closed: the harness reads it through the driver's
 * protocol (harness/tooltip-probe.ts) and clicks its controls at the centres it reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { TOP_FACTS } from '../../src/content/tooltip/model';
import type { EntityCard } from '../../src/shared/messages';
import { REPO_ROOT, describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { builtPack, expectedCard, factsAbout } from './harness/pack';
import { centreOf, readTip, sleep, waitClosed, waitForTip, type Rects } from './harness/tooltip-probe';

const MESSAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'static', '_locales', 'en', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
/** An English message as the browser fills it: named placeholders ($COUNT$) to their $n, then the substitutions. */
function say(key: string, ...subs: Array<string | number>): string {
  const entry = MESSAGES[key]!;
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) =>
    Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1].content ?? whole,
  );
  return named.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The card the background must answer for `entity` under these settings, from the built pack. */
async function packCard(entity: string, disabledSources: string[] = []): Promise<EntityCard> {
  const card = await expectedCard(entity, { limit: TOP_FACTS, disabledSources });
  if (!card) throw new Error(`the pack has no entity ${entity}`);
  return card;
}

/** Asserts that the open tooltip shows exactly `card`: its facts in order, their count, their quotes. */
function expectShows(tip: Record<string, string>, card: EntityCard): void {
  expect(tip.status).toBe('ready');
  expect(Number(tip.facts)).toBe(card.facts.length);
  expect(JSON.parse(tip.summaries!)).toEqual(card.facts.map((f) => f.summary.en));
  expect(tip.quotes).toBe(card.facts.map((f) => `${f.lang}:${f.sourceInfo.dir}:hidden`).join(' '));
  // The list says how many it shows of how many ("4 of 69 facts"), or just the count when all.
  if (card.facts.length < card.total) expect(tip.total).toBe(say('tooltipFactsShown', card.facts.length, card.total));
  else if (card.facts.length) expect(tip.total).toBe(say(card.total === 1 ? 'tooltipFactCountOne' : 'tooltipFactCountOther', card.total));
  else expect([say('tooltipOnlyDisabledFacts'), say('tooltipNothingYet'), say('tooltipNoEnabledFacts')]).toContain(tip.said);
}

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

  /** Rests the pointer on a mention until its tooltip is open, titled `title`, with its card. */
  async function hover(word: string, title: string): Promise<Record<string, string>> {
    const [x, y] = await centreOf(page, word);
    await page.mouseMove(x, y);
    return waitForTip(page, (t) => t.state === 'open' && t.title === title && t.status !== 'loading', `open on ${title}`);
  }

  /**
   * A point in an empty part of the page, under the text, and outside the open tooltip (a card
   * of real facts is tall): at the bottom of the viewport, on the side away from the card.
   */
  async function blankPoint(): Promise<[number, number]> {
    const box = JSON.parse((await readTip(page))?.box ?? 'null') as [number, number, number, number] | null;
    return page.evaluate((box) => {
      const r = document.querySelector('#blank')!.getBoundingClientRect();
      const y = Math.round(Math.min(Math.max(r.top + 80, (box?.[3] ?? 0) + 20), innerHeight - 10));
      const cardMiddle = box ? (box[0] + box[2]) / 2 : r.right;
      const x = Math.round(cardMiddle > r.left + r.width / 2 ? r.left + 10 : r.right - 10);
      return [x, y] as [number, number];
    }, box);
  }

  /** To an empty part of the page, under the text. */
  async function moveAway(): Promise<void> {
    const [x, y] = await blankPoint();
    await page.mouseMove(x, y);
  }

  it('opens on hover with the entity and the facts the pack holds about it, unstyled by the page', async () => {
    const tip = await hover('Kazakhstan', 'Kazakhstan');
    const card = await packCard('kazakhstan');
    // What the store counted is what the pack holds: every fact naming Kazakhstan.
    expect(card.total).toBe(await factsAbout('kazakhstan'));
    expect(card.total).toBeGreaterThan(TOP_FACTS);
    expect(tip.title).toBe('Kazakhstan');
    expectShows(tip, card);
    // A dialog even on hover: the card holds controls, which a role=tooltip may not.
    expect(tip.role).toBe('dialog');
    // The page says `* { color: red !important; font-size: 40px !important }`: the title keeps its own.
    expect(tip.fontSize).toBe('16px');
    expect(tip.color).toBe('rgb(27, 27, 31)');
    // ...and `[data-caravan-ui] { display: none !important }`: the card is really there to hit.
    const at = rects(tip).card;
    expect(at).not.toBeNull();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.hasAttribute('data-caravan-ui') ?? false, at!);
    expect(hit).toBe(true);
    // Quotes are hidden until asked for (expectShows).
    expect(page.errors).toEqual([]);
  });

  it('stays open while the pointer moves into it and closes after it leaves both', async () => {
    const tip = await hover('Afghanistan', 'Afghanistan');
    const [x, y] = rects(tip).card!;
    await page.mouseMove(x, y);
    await sleep(OUTLIVE_GRACE_MS);
    expect((await readTip(page))?.state).toBe('open');
    await moveAway();
    await waitClosed(page);
  });

  it('shows a quote on demand, right to left for Persian', async () => {
    // Only the right-to-left sources on: Kazakhstan's card holds the pack's Persian facts alone.
    const pack = await builtPack();
    const ltr = pack.sources.filter((s) => s.dir !== 'rtl').map((s) => s.id);
    const card = await packCard('kazakhstan', ltr);
    expect(card.facts.length, 'the pack has right-to-left facts about Kazakhstan').toBeGreaterThan(0);
    expect(card.facts[0]!.lang).toBe('fa');
    await setSettings({ schema: 1, disabledSources: ltr });
    try {
      const tip = await hover('Kazakhstan', 'Kazakhstan');
      expectShows(tip, card);
      const [x, y] = rects(tip).quote!;
      await page.mouseMove(x, y);
      await page.mouseClick(x, y);
      const shown = await waitForTip(page, (t) => t.quotes?.startsWith('fa:rtl:shown') ?? false, 'showing the Persian quote');
      expect(shown.quotes).toBe(card.facts.map((f, i) => `${f.lang}:${f.sourceInfo.dir}:${i ? 'hidden' : 'shown'}`).join(' '));
    } finally {
      await setSettings({ schema: 1 });
    }
  });

  it('pins: a dialog that ignores the pointer, keeps Tab inside and closes with Escape', async () => {
    const tip = await hover('Afghanistan', 'Afghanistan');
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
    const tip = await hover('Tokayev', (await packCard('tokayev')).entity.names.en!);
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
    const tip = await hover('Kazakhstan', 'Kazakhstan');
    const [x, y] = rects(tip).close!;
    await page.mouseMove(x, y);
    await page.mouseClick(x, y);
    await waitClosed(page);
  });

  it('says so when no enabled source has facts about the entity', async () => {
    // Every source that has facts about Kabul switched off.
    const pack = await builtPack();
    const kabuls = [...new Set(pack.facts.filter((f) => f.entities.includes('kabul')).map((f) => f.source))];
    expect(kabuls.length, 'the pack has facts about Kabul').toBeGreaterThan(0);
    const card = await packCard('kabul', kabuls);
    expect(card.total).toBe(0);
    await setSettings({ schema: 1, disabledSources: kabuls });
    try {
      const tip = await hover('Kabul', 'Kabul');
      expect(tip.title).toBe('Kabul');
      expectShows(tip, card);
      // Kabul has facts, all in sources the reader turned off: the tooltip says that, plainly.
      expect(tip.said).toBe(say('tooltipOnlyDisabledFacts'));
    } finally {
      await setSettings({ schema: 1 });
    }
  });

  it('takes focus when a mention is reached from the keyboard, announces it, and gives focus back on Escape', async () => {
    await page.click('#before');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await browser.sendToTab(url, { type: 'navigate-mention', params: { direction: 1 } });
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.focus === 'card' && t.live !== '', 'focused and announced');
    const card = await packCard('kazakhstan');
    expect(tip.title).toBe('Kazakhstan');
    expectShows(tip, card);
    expect(tip.role).toBe('dialog');
    expect(tip.label).toBe('Kazakhstan');
    // The count is $1, the name $2 (ui/i18n.ts).
    expect(tip.live).toBe(say(card.total === 1 ? 'tooltipAnnounceFactsOne' : 'tooltipAnnounceFactsOther', card.total, 'Kazakhstan'));
    await page.press('Escape');
    await waitClosed(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('drops the facts of a source switched off in the settings from the open tooltip, and follows the theme', async () => {
    const tip = await hover('Kazakhstan', 'Kazakhstan');
    const before = await packCard('kazakhstan');
    expectShows(tip, before);
    // The source of the first fact shown goes off: the card becomes the pack's card without it.
    const off = before.facts[0]!.source;
    const card = await packCard('kazakhstan', [off]);
    expect(card.total).toBe((await builtPack()).facts.filter((f) => f.entities.includes('kazakhstan') && f.source !== off).length);
    const [px, py] = rects(tip).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    await waitForTip(page, (t) => t.pinned === 'true', 'pinned');
    try {
      await setSettings({ schema: 1, disabledSources: [off], theme: 'dark' });
      const after = await waitForTip(page, (t) => t.summaries === JSON.stringify(card.facts.map((f) => f.summary.en)) && t.color !== 'rgb(27, 27, 31)', 'without that source, dark');
      expectShows(after, card);
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
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.title === 'Kazakhstan' && t.status === 'ready', 'open on a tap');
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
    await waitForTip(page, (t) => t.state === 'open' && t.title === 'Afghanistan' && t.status === 'ready', 'open on the tapped mention');
    await page.tap(bx, by);
    await waitClosed(page);
    expect(page.errors).toEqual([]);
  });

  it('shows what the pack holds about a person, and about the other country', async () => {
    for (const [word, entity] of [['Tokayev', 'tokayev'], ['Afghanistan', 'afghanistan']] as const) {
      const card = await packCard(entity);
      expect(card.total, entity).toBe(await factsAbout(entity));
      const tip = await hover(word, card.entity.names.en!);
      expectShows(tip, card);
      await moveAway();
      await waitClosed(page);
    }
  });
});
