/**
 * The gate's full keys (decision 0280), in the real browsers with saved real pages: the background
 * stores them, a page that names nothing of the topic then loads no detector while a page that
 * does still loads it, and where the keys are missing (storage cleared) the loaders let any text
 * through (decision 0281: the same ordinary page loads the detector, which is how the test sees the
 * fallback was taken), still mark the topic page, and the background writes the keys again.
 * aktualne and wikipedia name common words of longer forms far apart ("Tom" … "West"): turned
 * away since a longer form must stand on consecutive words of one block (decision 0281).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SHARED_PAGES, describeInBrowsers, mentionsUntil, useBrowser } from './harness';

const ITEM = 'gateKeys';
const OFF_TOPIC = '/pages/heise.html';
/** Pages whose words of longer forms stand apart (they passed the gate before decision 0281). */
const APART = ['/pages/aktualne.html', '/pages/wikipedia.html'];
const TOPIC = '/pages/yahoo-2.html';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeInBrowsers('the gate\'s full keys', (name) => {
  const session = useBrowser(name);
  const storage = {
    version: () => session.browser.bridge.evaluate(async (item) => ((await window.caravanBridge.browser.storage.local.get(item))[item] as { version?: string } | undefined)?.version ?? null, ITEM),
    remove: () => session.browser.bridge.evaluate((item) => window.caravanBridge.browser.storage.local.remove(item), ITEM),
  };
  /** The stored keys' version, once the background has written them. */
  const stored = async (): Promise<string | null> => {
    for (let i = 0; i < 50; i++) {
      const v = await storage.version();
      if (v) return v;
      await sleep(100);
    }
    return null;
  };
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

  it('stores the keys at install; an ordinary page then loads no detector, a page on the topic does', async () => {
    const version = await stored();
    expect(version).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
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
  });

  it('lets text through where the keys are missing, misses nothing, and gets them back', async () => {
    const version = await stored();
    await storage.remove();
    expect(await storage.version()).toBeNull();
    // Without keys any text passes: the detector loads (and finds nothing).
    const off = await open(`${OFF_TOPIC}?fallback`);
    expect(off.loaded, 'heise did not load the detector: the fallback was not used').toBe(true);
    expect((await settled(`${OFF_TOPIC}?fallback`)).mentions).toEqual([]);
    await off.page.close();
    // That frame told the background, which wrote them again: the next ordinary page loads nothing.
    expect(await stored()).toBe(version);
    const again = await open(`${OFF_TOPIC}?restored`);
    expect(again.loaded).toBe(false);
    await again.page.close();
    // A page on the topic, keys missing: still found.
    await storage.remove();
    const on = await open(`${TOPIC}?fallback`);
    expect(on.loaded).toBe(true);
    const found = await mentionsUntil<{ entity: string }>(session.browser, `${TOPIC}?fallback`, (ms) => ms.length > 0);
    expect(found.map((m) => m.entity)).toContain('kazakhstan');
    await on.page.close();
    expect(await stored()).toBe(version);
  });
});
