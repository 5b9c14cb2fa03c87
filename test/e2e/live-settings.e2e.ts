/**
 * Settings apply live across contexts, with the real fact store: a source switched off in the
 * options page leaves an open tab's pinned tooltip at once, with no reload, and comes back when
 * switched on.
 */
import { expect, it } from 'vitest';
import { TOP_FACTS } from '../../src/content/tooltip/model';
import { describeInBrowsers, useBrowser } from './harness';
import { builtPack, expectedCard } from './harness/pack';
import { centreOf, sleep, waitForTip, type Rects } from './harness/tooltip-probe';

describeInBrowsers('live settings', (name) => {
  const s = useBrowser(name);

  it('turning a source off in the options removes its facts from an open tooltip without a reload', async () => {
    const page = await s.browser.newPage(s.server.url('/live.html'));
    await page.bringToFront();
    for (let i = 0; i < 100; i++) {
      const reply = await s.browser.sendToTab<{ mentions: Array<{ entity: string }> }>('/live.html', { type: 'page-mentions' });
      if (reply.mentions.some((m) => m.entity === 'atameken')) break;
      await sleep(100);
    }
    // What the pack holds about Atameken, and the source(s) it comes from (German).
    const card = (await expectedCard('atameken', { limit: TOP_FACTS }))!;
    expect(card.facts.length, 'the pack has facts about Atameken').toBeGreaterThan(0);
    const sources = [...new Set((await builtPack()).facts.filter((f) => f.entities.includes('atameken')).map((f) => f.source))];
    expect(sources).toHaveLength(1);
    const SOURCE = sources[0]!;
    const [x, y] = await centreOf(page, 'Atameken');
    await page.mouseMove(x, y);
    const open = await waitForTip(page, (t) => t.state === 'open' && t.title === card.entity.names.en && t.status === 'ready', 'open with facts');
    expect(JSON.parse(open.summaries!)).toEqual(card.facts.map((f) => f.summary.en));
    expect(open.quotes).toBe(card.facts.map((f) => `${f.lang}:${f.sourceInfo.dir}:hidden`).join(' '));
    expect(open.quotes).toMatch(/^de:/);
    const pin = (JSON.parse(open.rects!) as Rects).pin!;
    await page.mouseClick(pin[0], pin[1]);
    await waitForTip(page, (t) => t.pinned === 'true', 'pinned');

    const options = await s.browser.openExtensionPage('options.html');
    const checkbox = `.sources .source[data-source="${SOURCE}"] input[type=checkbox]`;
    await options.waitFor((sel) => document.querySelector(sel), checkbox, 20_000);
    await options.click(checkbox);
    const off = await waitForTip(page, (t) => t.facts === '0', 'without the German source');
    expect(off.state).toBe('open');
    expect(off.pinned).toBe('true');

    await options.click(checkbox);
    const on = await waitForTip(page, (t) => Number(t.facts) > 0, 'with the German source again');
    expect(JSON.parse(on.summaries!)).toEqual(card.facts.map((f) => f.summary.en));
    expect(page.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    await options.close();
    await page.close();
  });
});
