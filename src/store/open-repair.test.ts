// openStore's damage checks and repair, with exact reasons: every way the meta record can be malformed,
// a count mismatch in each store, the exact log lines, the rebuild-failed error and its cause, what
// seeding counts and records; openStoreReadOnly's refusals, its default block timeout and polling.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../shared/log';
import { PACK } from './fixture.test-data';
import { factory, keep, useFreshIdb } from './fresh-idb.test-data';
import { openStore, openStoreReadOnly } from './open';
import { DB_NAME, DB_VERSION, META_KEY, type CaravanDB } from './schema';

useFreshIdb();
afterEach(() => {
  vi.useRealTimers();
});

/** Seeds PACK, lets `damage` write through the open store, closes it. */
async function seededThen(damage: (db: CaravanDB) => Promise<unknown>): Promise<void> {
  const { db } = await openStore(PACK, { factory });
  await damage(db);
  db.close();
}

const GOOD_META = { version: 'v1', seededAt: 1, seedMs: 2, counts: { sources: 3, entities: 5, facts: 8 } };

describe('openStore: the meta record', () => {
  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'v1'],
    ['version not a string', { ...GOOD_META, version: 1 }],
    ['no seededAt', { ...GOOD_META, seededAt: undefined }],
    ['seedMs a string', { ...GOOD_META, seedMs: '2' }],
    ['no counts', { ...GOOD_META, counts: undefined }],
    ['counts null', { ...GOOD_META, counts: null }],
    ['counts a number', { ...GOOD_META, counts: 16 }],
    ['sources count missing', { ...GOOD_META, counts: { entities: 5, facts: 8 } }],
    ['entities count a string', { ...GOOD_META, counts: { sources: 3, entities: '5', facts: 8 } }],
    ['facts count missing', { ...GOOD_META, counts: { sources: 3, entities: 5 } }],
  ];
  for (const [what, meta] of malformed) {
    it(`rebuilds when it is malformed: ${what}`, async () => {
      await seededThen((db) => db.put('meta', meta as never, META_KEY));
      const { db, status } = keep(await openStore(PACK, { factory }));
      expect(status).toMatchObject({ version: 'v1', sources: 3, entities: 5, facts: 8, rebuiltBecause: 'Damaged: meta record is malformed' });
      expect(await db.get('meta', META_KEY)).toMatchObject({ version: 'v1', counts: { sources: 3, entities: 5, facts: 8 } });
    });
  }

  it('keeps a well-formed meta that matches the stores (no rebuild, no reseed)', async () => {
    await seededThen((db) => db.put('meta', GOOD_META, META_KEY));
    const { db, status } = keep(await openStore(PACK, { factory }));
    expect(status).toEqual({ version: 'v1', sources: 3, entities: 5, facts: 8, seedMs: null, rebuiltBecause: null });
    expect(await db.get('meta', META_KEY)).toEqual(GOOD_META);
    expect(log.warn).not.toHaveBeenCalled();
  });
});

describe('openStore: counts differing from meta', () => {
  const cases: Array<['sources' | 'entities' | 'facts', string]> = [
    ['sources', '0/5/8'],
    ['entities', '3/0/8'],
    ['facts', '3/5/0'],
  ];
  for (const [store, held] of cases) {
    it(`rebuilds when ${store} was emptied, naming both figures`, async () => {
      await seededThen((db) => db.clear(store));
      const { db, status } = keep(await openStore(PACK, { factory }));
      const reason = `Damaged: meta says pack v1 with 3/5/8 sources/entities/facts but the stores hold ${held}`;
      expect(status).toMatchObject({ sources: 3, entities: 5, facts: 8, rebuiltBecause: reason });
      expect(await db.count(store)).toBe({ sources: 3, entities: 5, facts: 8 }[store]);
      expect(log.warn).toHaveBeenCalledWith(
        `fact store unusable (${reason}); deleting and rebuilding it from the pack`,
      );
    });
  }
});

describe('openStore: seeding', () => {
  it('logs the seed, records a rounded time, and counts what landed rather than the pack lengths', async () => {
    const dup = { ...PACK, facts: [...PACK.facts, { ...PACK.facts[0]! }], sources: [...PACK.sources, PACK.sources[1]!] };
    const { db, status } = keep(await openStore(dup, { factory }));
    expect(status).toMatchObject({ version: 'v1', sources: 3, entities: 5, facts: 8, rebuiltBecause: null });
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledWith(`fact store seeded with pack v1 in ${status.seedMs} ms`);
    const meta = (await db.get('meta', META_KEY))!;
    expect(meta.counts).toEqual({ sources: 3, entities: 5, facts: 8 });
    for (const ms of [status.seedMs!, meta.seedMs]) expect(Number.isInteger(Math.round(ms * 10 * 1000) / 1000)).toBe(true);
    expect(meta.seedMs).toBeLessThanOrEqual(status.seedMs!);
  });

  it('rounds the seed time to a tenth of a millisecond', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1.234));
    const { db, status } = keep(await openStore(PACK, { factory }));
    // Three reads of performance.now: the start, the meta record, the result.
    expect((await db.get('meta', META_KEY))!.seedMs).toBe(1.2);
    expect(status.seedMs).toBe(2.5);
  });

  it('fails with both reasons and the cause when the rebuild fails too, logging it', async () => {
    const bad = { ...PACK, version: 'bad', facts: [...PACK.facts, { ...PACK.facts[0]!, id: undefined as never }] };
    const error = (await openStore(bad, { factory }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^fact store rebuild failed: DataError: .+ \(first: DataError: .+\)$/);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe('DataError');
    expect(log.error).toHaveBeenCalledWith('rebuilding the fact store failed:', error.cause);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/^fact store unusable \(DataError: .+\); deleting and rebuilding it from the pack$/));
  });

  it('uses the name given in the options and leaves the default database alone', async () => {
    keep(await openStore(PACK, { factory, name: 'other' }));
    expect((await factory.databases()).map((d) => d.name)).toEqual(['other']);
    expect(await openStoreReadOnly({ factory })).toBeNull();
    const ro = keep(await openStoreReadOnly({ factory, name: 'other' }));
    expect(ro?.status).toEqual({ version: 'v1', sources: 3, entities: 5, facts: 8, seedMs: null, rebuiltBecause: null });
  });
});

describe('openStoreReadOnly', () => {
  it('answers null for a database with the wrong layout, and leaves it as it is', async () => {
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => req.result.createObjectStore('sources');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    expect(await openStoreReadOnly({ factory })).toBeNull();
    const names = await new Promise<string[]>((resolve) => {
      const req = factory.open(DB_NAME, DB_VERSION);
      req.onsuccess = () => {
        resolve([...req.result.objectStoreNames]);
        req.result.close();
      };
    });
    expect(names).toEqual(['sources']);
  });

  it('answers null for a laid-out but damaged store, and its connection does not block a rebuild', async () => {
    await seededThen((db) => db.clear('entities'));
    expect(await openStoreReadOnly({ factory })).toBeNull();
    const { status } = keep(await openStore(PACK, { factory, blockedTimeoutMs: 100 }));
    expect(status.rebuiltBecause).toMatch(/^Damaged: meta says pack v1 /);
  });

  it('answers null for a laid-out store that was never seeded', async () => {
    await seededThen((db) => db.delete('meta', META_KEY).then(() => Promise.all(['sources', 'entities', 'facts'].map((s) => db.clear(s as 'facts')))));
    expect(await openStoreReadOnly({ factory })).toBeNull();
  });

  it('polls at pollMs until waitMs is over, then answers null; once only without waitMs', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const open = vi.spyOn(factory, 'open');
    expect(await openStoreReadOnly({ factory, waitMs: 500, pollMs: 30 })).toBeNull();
    const polls = timer.mock.calls.filter(([, ms]) => ms === 30).length;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(open).toHaveBeenCalledTimes(polls + 1);
    timer.mockClear();
    open.mockClear();
    expect(await openStoreReadOnly({ factory })).toBeNull();
    expect(open).toHaveBeenCalledTimes(1);
    expect(timer.mock.calls.filter(([, ms]) => ms === 250 || ms === 30)).toEqual([]);
  });

  it('waits 250 ms between polls by default', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    expect(await openStoreReadOnly({ factory, waitMs: 600 })).toBeNull();
    expect(timer).toHaveBeenCalledWith(expect.any(Function), 250);
  });
});
