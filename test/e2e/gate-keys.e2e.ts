/**
 * The gate's full keys (decision 0280), in the real browsers with saved real pages: each frame with
 * text gets them from the background in its one `gate-init` answer (decision 0326; before, from
 * storage.local, where nothing is kept any more): a page that names nothing of the topic loads no
 * detector while a page that does still loads it. Where the background does not answer, any text
 * passes (readGateInit, loader-contracts.test.ts).
 * aktualne and wikipedia name common words of longer forms far apart ("Tom" … "West"): turned
 * away since a longer form must stand on consecutive words of one block (decision 0281).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SHARED_PAGES, describeInBrowsers, mentionsUntil, useBrowser } from './harness';

const ITEMS = ['gateKeys', 'gateKeysVersion'];
const OFF_TOPIC = '/pages/heise.html';
/** Pages whose words of longer forms stand apart (they passed the gate before decision 0281). */
const APART = ['/pages/aktualne.html', '/pages/wikipedia.html'];
const TOPIC = '/pages/yahoo-2.html';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeInBrowsers('the gate\'s full keys', (name) => {
  const session = useBrowser(name);
  const storedItems = () => session.browser.bridge.evaluate(async (items) => Object.keys(await window.caravanBridge.browser.storage.local.get(items)), ITEMS);
  const loads = (part: string) => session.browser.bridge.evaluate((p) => window.caravanBridge.detectorLoads(p), part);
  /** The top frame's answer once its gate has decided (the loader answers after its first reading). */
  const settled = async (part: string) => {
    for (let i = 0; ; i++) {
      try {
        return await session.browser.sendToTab<{ mentions: unknown[]; status: string }>(part, { type: 'page-mentions' });
      } catch (error) {
        if (i > 50) throw error;
        await sleep(200);
      }
    }
  };
  /** Opens a saved page and says whether its top frame loaded the detector. */
  const open = async (path: string) => {
    const page = await session.browser.newPage(session.server.url(path));
    await settled(path);
    // An import under way reports itself a moment later.
    await sleep(500);
    const loaded = (await loads(path)).some((l) => l.frameId === 0);
    return { page, loaded };
  };

  it('has the saved pages it needs', () => {
    for (const p of [OFF_TOPIC, TOPIC, ...APART]) expect(existsSync(join(SHARED_PAGES, p.slice('/pages/'.length))), p).toBe(true);
  });

  it('an ordinary page loads no detector, a page on the topic does; no keys are kept in storage', async () => {
    const off = await open(`${OFF_TOPIC}?keys`);
    expect(off.loaded, 'heise loaded the detector').toBe(false);
    expect(await settled(`${OFF_TOPIC}?keys`)).toMatchObject({ mentions: [], status: 'ready' });
    await off.page.close();
    for (const path of APART) {
      const apart = await open(`${path}?keys`);
      expect(apart.loaded, `${path} loaded the detector`).toBe(false);
      expect(await settled(`${path}?keys`)).toMatchObject({ mentions: [], status: 'ready' });
      await apart.page.close();
    }
    const on = await open(`${TOPIC}?keys`);
    expect(on.loaded, 'yahoo-2 did not load the detector').toBe(true);
    const found = await mentionsUntil<{ entity: string }>(session.browser, `${TOPIC}?keys`, (ms) => ms.length > 0);
    expect(found.map((m) => m.entity)).toContain('kazakhstan');
    await on.page.close();
    expect(await storedItems()).toEqual([]);
  });
});
