import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadTs } from '../../scripts/lib/load-ts.mjs';
import { REPO_ROOT, describeInBrowsers, launch, type ExtensionBrowser } from './harness';
import type { FactPack } from '../../src/shared/pack-types';
import type { StoreStatus } from '../../src/shared/messages';

let pack: FactPack;

beforeAll(async () => {
  const { buildPack } = await loadTs('src/facts/pack.ts', REPO_ROOT);
  pack = await buildPack(REPO_ROOT);
});

/** Counts each object store of the extension's database, read directly from an extension page. */
function countStores(): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('caravan');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const names = ['sources', 'entities', 'facts'];
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, number> = {};
      for (const name of names) {
        const req = tx.objectStore(name).count();
        req.onsuccess = () => (out[name] = req.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(new Error(String(tx.error)));
    };
  });
}

describeInBrowsers('fact store', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds the bundled pack, seeded in one transaction', async () => {
    const status = await browser.sendToBackground<StoreStatus>({ type: 'store-status' });
    expect(status.version).toBe(pack.version);
    expect(status.facts).toBe(pack.facts.length);
    expect(status.entities).toBe(pack.entities.length);
    expect(status.sources).toBe(pack.sources.length);
    const counts = await browser.bridge.evaluate(countStores);
    expect(counts).toEqual({ sources: pack.sources.length, entities: pack.entities.length, facts: pack.facts.length });
    console.log(`[${name}] seeded ${status.facts} facts, ${status.entities} entities in one transaction: ${status.seedMs} ms`);
  });

  it('rebuilds a corrupt database from the pack and keeps the settings', async () => {
    await browser.bridge.evaluate(() =>
      window.caravanBridge.browser.storage.sync.set({ settings: { schema: 1, markStyle: 'background' } }),
    );
    // Another layout at a higher version: the background's next open fails and must rebuild.
    await browser.bridge.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('caravan', 99);
          open.onupgradeneeded = () => {
            const db = open.result;
            for (const store of Array.from(db.objectStoreNames)) db.deleteObjectStore(store);
            db.createObjectStore('junk');
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(new Error(String(open.error)));
          open.onblocked = () => undefined;
        }),
    );
    const status = await browser.sendToBackground<StoreStatus>({ type: 'store-status' });
    expect(status.rebuiltBecause).toBeTruthy();
    expect(status.version).toBe(pack.version);
    expect(await browser.bridge.evaluate(countStores)).toEqual({
      sources: pack.sources.length,
      entities: pack.entities.length,
      facts: pack.facts.length,
    });
    const settings = await browser.bridge.evaluate(() => window.caravanBridge.browser.storage.sync.get('settings'));
    expect(settings).toEqual({ settings: { schema: 1, markStyle: 'background' } });
  });

  if (name === 'chromium') {
    it('answers after its service worker was stopped', async () => {
      const page = browser.bridge.raw as import('playwright-core').Page;
      const cdp = await page.context().newCDPSession(page);
      const script = `${browser.extensionOrigin}background.js`;
      // Every state the extension's worker goes through, as CDP reports it.
      const states: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) if (v.scriptURL === script) states.push(v.runningStatus);
      });
      const until = async (want: string, after: number): Promise<void> => {
        for (let i = 0; i < 200 && !states.slice(after).includes(want); i++) await new Promise((r) => setTimeout(r, 50));
        expect(states.slice(after), `the worker ${want}`).toContain(want);
      };
      await cdp.send('ServiceWorker.enable');
      await until('running', 0);
      const before = states.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Confirmed stopped before the message is sent: the answer below comes from a fresh start.
      await until('stopped', before);
      const stoppedAt = states.lastIndexOf('stopped');
      const status = await browser.sendToBackground<StoreStatus>({ type: 'store-status' });
      await until('running', stoppedAt);
      expect(status.version).toBe(pack.version);
      expect(status.facts).toBe(pack.facts.length);
      // The pack holds Kazakhstan, and the restarted worker answers its card from the store.
      const facts = pack.facts.filter((f) => f.entities.includes('kazakhstan'));
      expect(facts.length).toBeGreaterThan(0);
      const card = await browser.sendToBackground<{ entity: { id: string }; facts: Array<{ id: string }>; total: number } | null>({
        type: 'entity-card',
        params: { entity: 'kazakhstan' },
      });
      expect(card?.entity.id).toBe('kazakhstan');
      expect(card?.total).toBe(facts.length);
      expect(card?.facts.every((f) => facts.some((x) => x.id === f.id))).toBe(true);
      expect(card?.facts).toHaveLength(Math.min(5, facts.length));
      await cdp.detach();
    });
  }
});
