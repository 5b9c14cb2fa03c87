/**
 * Copy as citation, in both browsers: from the tooltip (the copy button under an opened quote,
 * reached by Tab and pressed with Enter, and the "c" key inside a fact) and from the panel's facts. The clipboard is read
 * back by a real paste into the page, and must hold the citation of the very fact copied, as plain
 * text and as HTML (src/shared/citation.ts formats it; its escaping is unit-tested there).
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { formatCitation } from '../../src/shared/citation';
import type { FactView } from '../../src/shared/messages';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { cardFor } from './harness/cards';
import { pasteBack } from './harness/clipboard';
import { centreOf, readTip, waitClosed, waitForTip } from './harness/tooltip-probe';

const factId = (text: string): string | undefined => /fact id: (\S+)/.exec(text)?.[1];

describeInBrowsers('copy as citation', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: TestPage;
  let url: string;
  /** Every Kazakhstan fact the background holds, by id. */
  let facts: Map<string, FactView>;
  const extra: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
    url = server.url('/citation.html');
    page = await browser.newPage(url);
    await page.waitFor(() => document.querySelector('[data-caravan-ui]') !== null || (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size);
    const card = await cardFor(browser, { entity: 'kazakhstan', limit: 50 });
    facts = new Map(card.facts.map((f) => [f.id, f]));
    expect(facts.size).toBeGreaterThan(1);
  });
  afterEach(async () => {
    for (const p of extra.splice(0)) await p.close().catch(() => undefined);
    await page.bringToFront();
    // Closed with its button: Escape would keep the mention from reopening until the pointer leaves it.
    const tip = await readTip(page);
    if (tip?.state === 'open') {
      const [x, y] = (JSON.parse(tip.rects!) as Record<string, [number, number]>).close!;
      await page.mouseMove(x, y);
      await page.mouseClick(x, y);
      await waitClosed(page);
    }
    await page.mouseMove(1, 1);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Hovers the mention, pins the tooltip (focus moves in) and Tabs until `action` has focus, `times` times. */
  async function focusInTip(action: string, times: number): Promise<void> {
    const [x, y] = await centreOf(page, 'Kazakhstan');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.status === 'ready', 'open with its facts');
    expect(Number(tip.facts)).toBeGreaterThan(1);
    const [px, py] = (JSON.parse(tip.rects!) as Record<string, [number, number]>).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    await waitForTip(page, (t) => t.pinned === 'true' && t.focus === 'pin', 'pinned with focus on the pin');
    let seen = 0;
    for (let i = 0; i < 20 && seen < times; i++) {
      await page.press('Tab');
      const t = await waitForTip(page, (t) => t.focus !== '' && t.focus !== undefined, 'focus inside');
      if (t.focus === action) seen++;
    }
    expect(seen).toBe(times);
  }

  function expectCitation(pasted: { text: string; html: string }): FactView {
    const id = factId(pasted.text);
    const fact = id ? facts.get(id) : undefined;
    expect(fact, `a known fact in ${JSON.stringify(pasted.text)}`).toBeDefined();
    const citation = formatCitation(fact!);
    expect(pasted.text).toBe(citation.text);
    // The browser may wrap the HTML (a <meta charset>, fragment comments); the citation is inside, whole.
    expect(pasted.html).toContain(citation.html);
    return fact!;
  }

  it('copies the first fact from its button in the tooltip, reached by Tab and pressed with Enter', async () => {
    // The button comes with the quote: Enter opens the first fact's quote, Tab reaches its copy button.
    await focusInTip('quote', 1);
    await page.press('Enter');
    await waitForTip(page, (t) => t.quotes?.split(' ')[0]?.endsWith(':shown') ?? false, 'the first quote shown');
    await page.press('Tab');
    await waitForTip(page, (t) => t.focus === 'copy', 'focus on the copy button');
    await page.press('Enter');
    const pasted = await pasteBack(page);
    const first = expectCitation(pasted);
    // The tooltip's first fact: the background's top fact for the entity (no context here).
    const top = await cardFor(browser, { entity: 'kazakhstan', limit: 4 });
    expect(first.id).toBe(top.facts[0]!.id);
    expect(pasted.text).toContain(first.quote);
    expect(pasted.text).toContain(`source id: ${first.source}`);
  });

  it('copies the fact that holds focus with the "c" key', async () => {
    // The second fact's quote button: the first "quote" is the first fact's.
    await focusInTip('quote', 2);
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
    });
    await page.press('c');
    // The tooltip's key, not the page's: its own "c" shortcut does not fire.
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    const pasted = await pasteBack(page);
    const second = expectCitation(pasted);
    const top = await cardFor(browser, { entity: 'kazakhstan', limit: 4 });
    expect(second.id).toBe(top.facts[1]!.id);
  });

  it('copies a fact from the panel', async () => {
    const tabId = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), url);
    const panel = await browser.openExtensionPage(`popup.html?tab=${tabId}&entity=kazakhstan`);
    extra.push(panel);
    await panel.waitFor(() => document.querySelector('li.fact [data-action="copy"]'));
    const id = await panel.evaluate(() => document.querySelector('li.fact')!.getAttribute('data-fact'));
    await panel.click('li.fact [data-action="copy"]');
    await panel.waitFor(() => document.querySelector('li.fact [data-action="copy"]')!.getAttribute('data-copied') === 'yes');
    const pasted = await pasteBack(page);
    expect(expectCitation(pasted).id).toBe(id);
  });
});
