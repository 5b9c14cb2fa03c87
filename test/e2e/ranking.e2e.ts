/**
 * Context ranking in the tooltip, in both browsers, with the real pack: the test finds an entity
 * that some Kazakhstan fact names but the top fact does not, writes a sentence naming both, and
 * checks that the tooltip of "Kazakhstan" there puts first a fact that names the other entity
 * (read back through the tooltip's copy key: the citation carries the fact id).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { cardFor, mentionsUntil } from './harness/cards';
import { pasteBack } from './harness/clipboard';
import { centreOf, waitForTip } from './harness/tooltip-probe';

describeInBrowsers('context ranking', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: TestPage;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(name);
    page = await browser.newPage(server.url('/citation.html'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts first the fact that names the sentence\'s other entity', async () => {
    const plain = await cardFor(browser, { entity: 'kazakhstan', limit: 4 });
    const all = await cardFor(browser, { entity: 'kazakhstan', limit: 50 });
    const top = plain.facts[0]!;
    // Entities some fact names beside Kazakhstan and the top fact does not, with an English name.
    const candidates = [...new Set(all.facts.flatMap((f) => f.entities))]
      .filter((e) => e !== 'kazakhstan' && !top.entities.includes(e))
      // The example first, where the pack allows it.
      .sort((a, b) => Number(b === 'taliban') - Number(a === 'taliban') || (a < b ? -1 : a > b ? 1 : 0));
    expect(candidates.length).toBeGreaterThan(0);

    let chosen: { entity: string; name: string; first: string } | null = null;
    for (const entity of candidates.slice(0, 8)) {
      const other = await cardFor(browser, { entity, limit: 1 });
      const name = other.entity.names.en;
      if (!name || other.entity.type === 'person') continue;
      const sentence = `Kazakhstan and ${name} met again.`;
      await page.evaluate((sentence) => {
        document.getElementById('content')!.textContent = sentence;
      }, sentence);
      // Both names found in the sentence (the detector sees the change).
      const ids = await mentionsUntil(browser, server.url('/citation.html'), entity);
      if (!ids.includes(entity) || !ids.includes('kazakhstan')) continue;
      const ranked = await cardFor(browser, { entity: 'kazakhstan', limit: 4, context: [entity] });
      chosen = { entity, name, first: ranked.facts[0]!.id };
      expect(ranked.facts[0]!.entities).toContain(entity);
      break;
    }
    expect(chosen, `a sentence naming Kazakhstan and one of ${candidates.join(', ')}`).not.toBeNull();
    expect(chosen!.first).not.toBe(top.id);
    console.log(`[${name}] context ranking: "Kazakhstan and ${chosen!.name} …": first fact ${chosen!.first} (without context: ${top.id})`);

    // The tooltip of "Kazakhstan" in that sentence: the first fact is the one naming the other entity.
    const [x, y] = await centreOf(page, 'Kazakhstan');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => t.state === 'open' && t.status === 'ready', 'open with its facts');
    const [px, py] = (JSON.parse(tip.rects!) as Record<string, [number, number]>).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    await waitForTip(page, (t) => t.pinned === 'true' && t.focus === 'pin', 'pinned');
    for (let i = 0; i < 10; i++) {
      await page.press('Tab');
      if ((await waitForTip(page, (t) => !!t.focus, 'focus inside')).focus === 'quote') break;
    }
    await page.press('c');
    const pasted = await pasteBack(page);
    expect(/fact id: (\S+)/.exec(pasted.text)?.[1]).toBe(chosen!.first);
  });
});
