import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../shared/log';
import { PACK, PACK_V2 } from './fixture.test-data';
import { factory, keep, useFreshIdb } from './fresh-idb.test-data';
import { openStore, openStoreReadOnly } from './open';
import { getFact } from './queries';
import { DB_NAME, DB_VERSION, META_KEY, createLayout } from './schema';

useFreshIdb();

/** Runs `fn` against a raw connection at `version` (creating the db), then closes it. */
function raw(version: number, fn: (db: IDBDatabase, tx: IDBTransaction | null, upgrading: boolean) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, version);
    let upgrading = false;
    req.onupgradeneeded = () => {
      upgrading = true;
      fn(req.result, req.transaction, true);
    };
    req.onsuccess = () => {
      if (!upgrading) fn(req.result, null, false);
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(new Error(String(req.error)));
  });
}

async function clearStore(name: string): Promise<void> {
  const { db } = await openStore(PACK, { factory });
  await db.clear(name as 'facts');
  db.close();
}

describe('openStore', () => {
  it('seeds on first open, in one transaction, and records meta', async () => {
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status).toMatchObject({ version: 'v1', sources: 3, entities: 5, facts: 8, rebuiltBecause: null });
    expect(typeof status.seedMs).toBe('number');
    expect(status.seedMs).toBeGreaterThanOrEqual(0);
    const meta = await db.get('meta', META_KEY);
    expect(meta).toMatchObject({ version: 'v1', counts: { sources: 3, entities: 5, facts: 8 } });
    expect(meta!.seededAt).toBeLessThanOrEqual(Date.now());
    expect(typeof meta!.seedMs).toBe('number');
    expect(db.version).toBe(DB_VERSION);
  });

  it('does not reseed when the pack version is unchanged', async () => {
    const first = await openStore(PACK, { factory });
    const seededAt = (await first.db.get('meta', META_KEY))!.seededAt;
    first.db.close();
    await new Promise((r) => setTimeout(r, 5));
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status).toMatchObject({ version: 'v1', facts: 8, seedMs: null, rebuiltBecause: null });
    expect((await db.get('meta', META_KEY))!.seededAt).toBe(seededAt);
  });

  it('reseeds when the pack version changes: old facts gone, new ones present', async () => {
    (await openStore(PACK, { factory })).db.close();
    const { db, status } = keep(await openStore(PACK_V2, { factory }));
    expect(status).toMatchObject({ version: 'v2', facts: 8, rebuiltBecause: null });
    expect(status.seedMs).not.toBeNull();
    expect(await getFact(db, 'en-mfa#3')).toBeNull();
    expect((await getFact(db, 'en-mfa#4'))?.summary.en).toMatch(/fibre-optic/);
    expect(await db.getAllKeysFromIndex('facts', 'by-term', 'railway')).toEqual([]);
  });

  it('rebuilds a database left at a higher version with other stores', async () => {
    await raw(DB_VERSION + 5, (db) => db.createObjectStore('junk'));
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/VersionError/);
    expect(status.facts).toBe(8);
    expect(db.version).toBe(DB_VERSION);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['entities', 'facts', 'meta', 'sources']);
    expect(log.warn).toHaveBeenCalled();
  });

  it('rebuilds when a store is missing', async () => {
    await raw(DB_VERSION, (db) => {
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('meta');
    });
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/missing store entities/);
    expect(status).toMatchObject({ sources: 3, entities: 5, facts: 8 });
  });

  it('rebuilds when an index is missing', async () => {
    await raw(DB_VERSION, (db, tx) => {
      createLayout(db);
      tx!.objectStore('facts').deleteIndex('by-term');
    });
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/missing index facts.by-term/);
    expect(await db.getAllKeysFromIndex('facts', 'by-term', 'wheat')).toEqual(['en-mfa#1']);
  });

  it('rebuilds when an index has the wrong definition', async () => {
    await raw(DB_VERSION, (db, tx) => {
      createLayout(db);
      const facts = tx!.objectStore('facts');
      facts.deleteIndex('by-entity');
      facts.createIndex('by-entity', 'entities'); // not multiEntry
    });
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/facts.by-entity has the wrong definition/);
    expect(status.facts).toBe(8);
  });

  it('rebuilds when meta names a version but the stores are empty', async () => {
    await clearStore('facts');
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/meta says pack v1 .* hold 3\/5\/0/);
    expect(await db.count('facts')).toBe(8);
  });

  it('rebuilds when the meta record is malformed', async () => {
    const first = await openStore(PACK, { factory });
    await first.db.put('meta', { version: 'v1' } as never, META_KEY);
    first.db.close();
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toMatch(/malformed/);
  });

  it('waits for a connection that closes late, then rebuilds', async () => {
    await raw(DB_VERSION, (db) => db.createObjectStore('sources'));
    // Another context holds the db open and takes a while to let go.
    const holder = await new Promise<IDBDatabase>((r) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => r(req.result);
    });
    holder.onversionchange = () => setTimeout(() => holder.close(), 50);
    const { status } = keep(await openStore(PACK, { factory, blockedTimeoutMs: 2_000 }));
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/deleting caravan is blocked/));
    expect(status.rebuiltBecause).toMatch(/missing store/);
    expect(status.facts).toBe(8);
  });

  it('throws only when the rebuild fails too (a connection that never lets go)', async () => {
    await raw(DB_VERSION, (db) => db.createObjectStore('sources'));
    const holder = await new Promise<IDBDatabase>((r) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => r(req.result);
    });
    holder.onversionchange = () => undefined;
    await expect(openStore(PACK, { factory, blockedTimeoutMs: 100 })).rejects.toThrow(/rebuild failed: BlockedError/);
    holder.close();
    // The stuck delete goes through once the holder closes; a later open then succeeds.
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status.facts).toBe(8);
  });

  it('throws when the pack itself cannot be stored, leaving no half-written state behind', async () => {
    const bad = { ...PACK, version: 'bad', facts: [...PACK.facts, { ...PACK.facts[0]!, id: undefined as never }] };
    await expect(openStore(bad, { factory })).rejects.toThrow(/rebuild failed/);
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status).toMatchObject({ facts: 8, rebuiltBecause: null });
  });

  it('closes its connection when another context needs a version change', async () => {
    const onClose = vi.fn();
    const { db } = await openStore(PACK, { factory, onClose });
    await raw(DB_VERSION + 1, () => undefined);
    expect(onClose).toHaveBeenCalledWith('versionchange');
    expect(() => db.transaction('facts')).toThrow();
  });
});

describe('openStoreReadOnly', () => {
  it('returns null and creates nothing when the background has not seeded yet', async () => {
    expect(await openStoreReadOnly({ factory })).toBeNull();
    const names = (await factory.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
    const { status } = keep(await openStore(PACK, { factory }));
    expect(status.rebuiltBecause).toBeNull();
  });

  it('opens a seeded store without seeding', async () => {
    (await openStore(PACK, { factory })).db.close();
    const ro = keep(await openStoreReadOnly({ factory }));
    expect(ro?.status).toEqual({ version: 'v1', sources: 3, entities: 5, facts: 8, seedMs: null, rebuiltBecause: null });
  });

  it('waits for the background when asked to', async () => {
    const pending = openStoreReadOnly({ factory, waitMs: 3_000, pollMs: 20 });
    setTimeout(() => void openStore(PACK, { factory }).then((o) => keep(o)), 60);
    expect((await pending)?.status.version).toBe('v1');
    keep(await pending);
  });

  it('lets go when the background rebuilds', async () => {
    (await openStore(PACK, { factory })).db.close();
    const onClose = vi.fn();
    keep(await openStoreReadOnly({ factory, onClose }));
    const bg = await openStore(PACK, { factory }); // same version: nothing to do
    await bg.db.clear('facts');
    bg.db.close();
    const { status } = keep(await openStore(PACK, { factory, blockedTimeoutMs: 500 }));
    expect(status.rebuiltBecause).toMatch(/meta says/);
    expect(onClose).toHaveBeenCalledWith('versionchange');
  });
});

describe('settings stay out of the store', () => {
  it('never touches extension storage while seeding, reseeding or rebuilding', async () => {
    const touched = vi.fn();
    const area = new Proxy({}, { get: (_t, p) => (touched(p), () => Promise.resolve({})) });
    const g = globalThis as Record<string, unknown>;
    const saved = { browser: g.browser, chrome: g.chrome };
    g.browser = g.chrome = { storage: { sync: area, local: area, session: area } };
    try {
      (await openStore(PACK, { factory })).db.close();
      (await openStore(PACK_V2, { factory })).db.close();
      await clearStore('entities');
      keep(await openStore(PACK, { factory }));
    } finally {
      Object.assign(g, saved);
    }
    expect(touched).not.toHaveBeenCalled();
  });

  it('has no reference to settings or extension storage in its modules', () => {
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/settings['"]|webextension-polyfill|\b(browser|chrome)\.storage|storage\.(sync|local)\./);
    }
  });
});
