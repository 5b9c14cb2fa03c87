/**
 * Smoke test of the RELEASE build (`node build.mjs --release`: extension/chrome, extension/firefox),
 * the very files `npm run package` zips: no test bridge, no test-only permission, minified. It is
 * driven as a reader drives it: the page is marked, a hover shows the pack's facts, and the
 * tooltip's "See all in the fact panel" opens the panel the way the shipped build opens it (the
 * side panel in Chromium; in Firefox, whose sidebar opens only from an extension page's action,
 * the same panel in a tab about the page), which lists the page's mentions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TOP_FACTS } from '../../src/content/tooltip/model';
import { describeInBrowsers, launch, releaseDir, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';
import { expectedCard } from './harness/pack';
import { listedEntities } from './harness/panel';
import { chromiumSidePanel } from './harness/side-panel';
import { centreOf, waitForTip, type Rects } from './harness/tooltip-probe';

describeInBrowsers('release build (smoke)', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let other: TestServer;
  const dir = releaseDir(name);

  /**
   * The fact panel, opened as the shipped build opens it: the open tooltip's "See all in the fact
   * panel" asks the background, which opens popup.html for this tab in a new tab. Pinned, then
   * from the keyboard (a card of real facts may reach below the viewport): Shift+Tab from the pin
   * wraps to the last control, the panel button.
   */
  async function openPanelFromTooltip(page: TestPage, tip: Record<string, string>): Promise<TestPage> {
    const [px, py] = (JSON.parse(tip.rects!) as Rects).pin!;
    await page.mouseMove(px, py);
    await page.mouseClick(px, py);
    await waitForTip(page, (t) => t.pinned === 'true' && t.focus === 'pin', 'pinned');
    await page.press('Shift+Tab');
    await waitForTip(page, (t) => t.focus === 'panel', 'focus on the panel button');
    await page.press('Enter');
    if (name === 'chromium') return chromiumSidePanel(page);
    return browser.pageAt(`${browser.extensionOrigin}sidepanel.html?`);
  }

  beforeAll(async () => {
    server = await startServer();
    other = await startServer();
    browser = await launch(name, dir, { bridge: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  it('is the shipped build: no test bridge, only the shipped permissions, no source maps', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
    const shipped = JSON.parse(readFileSync(join(dir, '..', '..', 'manifest.json'), 'utf8')) as { permissions: string[] };
    // Chromium's side panel needs its own permission (no host access, no warning); Firefox's sidebar none.
    expect(manifest.permissions).toEqual([...shipped.permissions, ...(name === 'chromium' ? ['sidePanel'] : [])]);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('webNavigation');
    expect(existsSync(join(dir, 'bridge.html'))).toBe(false);
    expect(existsSync(join(dir, 'bridge.js'))).toBe(false);
    expect(existsSync(join(dir, 'content.js.map'))).toBe(false);
    // No test code in what ships: nothing opens or names the bridge.
    for (const file of ['background.js', 'content.js', 'popup.js', 'sidepanel.js']) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/bridge\.html|caravanBridge/);
  });

  it('marks the page, shows the pack’s facts on hover, and opens the fact panel for the tab from the tooltip', async () => {
    const page = await browser.newPage(server.url('/popup.html'));
    await page.bringToFront();

    // Detection: the page's names are in the mention highlight (read as text from its ranges).
    const marked = await page.waitFor(
      () => {
        const h = CSS.highlights.get('caravan-mention');
        const texts = h ? [...h].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)) : [];
        return texts.includes('Kabul') && texts.includes('Tokayev') ? texts : null;
      },
      undefined,
      20_000,
    );
    expect(marked).toEqual(expect.arrayContaining(['Kazakhstan', 'Afghanistan', 'Kabul', 'Tokayev']));

    // The tooltip: the card the store's code reads from the built pack.
    const card = (await expectedCard('kazakhstan', { limit: TOP_FACTS }))!;
    expect(card.facts.length).toBeGreaterThan(0);
    const [x, y] = await centreOf(page, 'Kazakhstan');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => t.title === 'Kazakhstan' && t.status !== 'loading', 'open on Kazakhstan');
    expect(tip.status).toBe('ready');
    expect(JSON.parse(tip.summaries!)).toEqual(card.facts.map((f) => f.summary.en));
    expect(tip.quotes).toBe(card.facts.map((f) => `${f.lang}:${f.sourceInfo.dir}:hidden`).join(' '));

    // The fact panel, opened as the shipped build opens it: the tooltip's button asks the
    // background, which opens popup.html for this tab in a new tab.
    const panel = await openPanelFromTooltip(page, tip);
    if (name === 'firefox') {
      const query = new URLSearchParams(new URL(await panel.url()).search);
      expect(query.get('entity')).toBe('kazakhstan');
      expect(query.get('tab')).toMatch(/^\d+$/);
    }
    const shown = (await panel.waitFor(
      () => {
        const ids = Array.from(document.querySelectorAll('[data-fact]'), (li) => li.getAttribute('data-fact'));
        return ids.length ? ids : null;
      },
      undefined,
      20_000,
    ))!;
    const full = (await expectedCard('kazakhstan', { limit: shown.length }))!;
    expect(shown).toEqual(full.facts.map((f) => f.id));
    expect(await panel.evaluate(() => document.querySelector('#entity-heading')?.textContent ?? '')).toContain('Kazakhstan');
    // Back to the page: the panel asks the tab's content script (no tabs permission needed) and
    // lists what the page mentions.
    await panel.click('.entity .back');
    const entities = await listedEntities(panel, 4);
    expect(entities).toEqual(expect.arrayContaining(['kazakhstan', 'afghanistan', 'kabul', 'tokayev']));
    expect(page.errors).toEqual([]);
    expect(panel.errors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('the panel opened from the tooltip lists the names of every frame, without the tabs or webNavigation permission', async () => {
    const page = await browser.newPage(server.url(`/frames.html?cross=${encodeURIComponent(other.origin)}`));
    await page.bringToFront();
    await page.waitFor(() => (CSS.highlights.get('caravan-mention')?.size ?? 0) > 0, undefined, 20_000);
    const [x, y] = await centreOf(page, 'Kazakhstan');
    await page.mouseMove(x, y);
    const tip = await waitForTip(page, (t) => t.title === 'Kazakhstan' && t.status === 'ready', 'open on Kazakhstan');
    const panel = await openPanelFromTooltip(page, tip);
    await panel.waitFor(() => document.querySelector('.entity .back'), undefined, 20_000);
    await panel.click('.entity .back');
    const ids = await listedEntities(panel, 5);
    expect([...ids].sort()).toEqual(['astana', 'kabul', 'kazakhstan', 'taliban', 'tokayev']);
    expect(panel.errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});
