// The reader's sources in the fact store (reader-facts.ts) over a seeded fake-indexeddb store: put,
// replace, remove and rename, with the meta record's counts kept true (so open.ts's check holds and a
// later open does not rebuild), batches beyond 200 facts, and the refusals for bundled sources.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact, Source } from '../shared/pack-types';
import { PACK } from './fixture.test-data';
import { factory, useFreshIdb } from './fresh-idb.test-data';
import { openStore } from './open';
import { putReaderSource, readerFactSources, readerSourceIds, removeReaderSource, renameReaderSource } from './reader-facts';
import { META_KEY, type CaravanDB } from './schema';

useFreshIdb();
let db: CaravanDB;

beforeEach(async () => {
  db = (await openStore(PACK, { factory })).db;
});
afterEach(() => {
  // A test may reopen the store: the connection it left is the one to close.
  db.close();
});

const source = (id: string, title = 'My notes'): Source => ({
  id,
  title,
  lang: 'en',
  published: null,
  dir: 'ltr',
  length: 100,
  reader: { addedAt: 1 },
});

const fact = (sourceId: string, n: number, entities: string[]): Fact => ({
  id: `${sourceId}#${n}`,
  source: sourceId,
  lang: 'en',
  quote: `Kabul and Almaty, sentence ${n}.`,
  start: n,
  end: n + 1,
  entities,
  topics: [],
  dates: [],
  quantities: [],
  summary: { en: '' },
});

const counts = async (): Promise<unknown> => (await db.get('meta', META_KEY))!.counts;

describe('putReaderSource', () => {
  it('adds the source and its facts and keeps the meta counts true, so a reopen does not rebuild', async () => {
    await putReaderSource(db, source('reader-a'), [fact('reader-a', 0, ['kabul']), fact('reader-a', 1, ['almaty', 'kabul'])]);
    expect(await counts()).toEqual({ sources: 4, entities: 5, facts: 10 });
    expect((await db.get('sources', 'reader-a'))?.title).toBe('My notes');
    expect((await db.get('facts', 'reader-a#1'))?.terms).toEqual(['kabul', 'and', 'almaty', 'sentence', '1']);
    db.close();
    const again = await openStore(PACK, { factory });
    db = again.db;
    expect(again.status).toMatchObject({ sources: 4, facts: 10, seedMs: null, rebuiltBecause: null });
  });

  it('replaces what the store held of the source: old facts go, the new title stays', async () => {
    await putReaderSource(db, source('reader-a'), [0, 1, 2].map((n) => fact('reader-a', n, ['kabul'])));
    await putReaderSource(db, source('reader-a', 'Renamed'), [fact('reader-a', 7, ['almaty'])]);
    expect(await db.getAllKeysFromIndex('facts', 'by-source', 'reader-a')).toEqual(['reader-a#7']);
    expect((await db.get('sources', 'reader-a'))?.title).toBe('Renamed');
    expect(await counts()).toEqual({ sources: 4, entities: 5, facts: 9 });
  });

  it('writes more than one batch of 200 facts, every one', async () => {
    const many = Array.from({ length: 450 }, (_, n) => fact('reader-big', n, ['kabul']));
    await putReaderSource(db, source('reader-big'), many);
    expect(await db.countFromIndex('facts', 'by-source', 'reader-big')).toBe(450);
    expect(await counts()).toEqual({ sources: 4, entities: 5, facts: 458 });
  });

  it("refuses a source without the reader's mark, writing nothing", async () => {
    const { reader: _, ...bundled } = source('reader-x');
    expect(() => putReaderSource(db, bundled, [])).toThrow(/^reader-x is not a reader's source$/);
    expect(await db.get('sources', 'reader-x')).toBeUndefined();
  });

  it('writes nothing of a source whose fact cannot be stored, and leaves the counts', async () => {
    const broken = { ...fact('reader-a', 1, ['kabul']), id: undefined as never };
    await expect(putReaderSource(db, source('reader-a'), [fact('reader-a', 0, ['kabul']), broken])).rejects.toThrow();
    expect(await db.get('sources', 'reader-a')).toBeUndefined();
    expect(await db.get('facts', 'reader-a#0')).toBeUndefined();
    expect(await counts()).toEqual({ sources: 3, entities: 5, facts: 8 });
  });
});

describe('removeReaderSource', () => {
  it('removes the source and its facts and updates the counts', async () => {
    await putReaderSource(db, source('reader-a'), [fact('reader-a', 0, ['kabul'])]);
    await putReaderSource(db, source('reader-b'), [fact('reader-b', 0, ['almaty'])]);
    await removeReaderSource(db, 'reader-a');
    expect(await readerSourceIds(db)).toEqual(['reader-b']);
    expect(await db.get('facts', 'reader-a#0')).toBeUndefined();
    expect(await counts()).toEqual({ sources: 4, entities: 5, facts: 9 });
  });

  it('refuses a bundled source and removes nothing', async () => {
    await expect(removeReaderSource(db, 'en-mfa')).rejects.toThrow(/^en-mfa is a bundled source$/);
    expect(await db.countFromIndex('facts', 'by-source', 'en-mfa')).toBeGreaterThan(0);
    expect(await counts()).toEqual({ sources: 3, entities: 5, facts: 8 });
  });

  it('removes an id the store does not hold without error', async () => {
    await expect(removeReaderSource(db, 'reader-gone')).resolves.toBeUndefined();
    expect(await counts()).toEqual({ sources: 3, entities: 5, facts: 8 });
  });

  it('leaves a store without a meta record without one', async () => {
    await putReaderSource(db, source('reader-a'), [fact('reader-a', 0, ['kabul'])]);
    await db.delete('meta', META_KEY);
    await removeReaderSource(db, 'reader-a');
    expect(await db.get('meta', META_KEY)).toBeUndefined();
    expect(await db.get('sources', 'reader-a')).toBeUndefined();
  });
});

describe('renameReaderSource', () => {
  it("renames a reader's source and leaves a bundled or unknown one alone", async () => {
    await putReaderSource(db, source('reader-a'), []);
    await renameReaderSource(db, 'reader-a', 'New title');
    await renameReaderSource(db, 'en-mfa', 'Hijacked');
    await renameReaderSource(db, 'reader-none', 'Ghost');
    expect(await db.get('sources', 'reader-a')).toEqual({ ...source('reader-a'), title: 'New title' });
    expect((await db.get('sources', 'en-mfa'))?.title).toBe('Joint statement');
    expect(await db.get('sources', 'reader-none')).toBeUndefined();
  });
});

describe('readerSourceIds and readerFactSources', () => {
  it("lists only the reader's sources, and for each entity the reader's sources with a fact about it, once each", async () => {
    expect(await readerSourceIds(db)).toEqual([]);
    expect(await readerFactSources(db)).toEqual({});
    await putReaderSource(db, source('reader-b'), [fact('reader-b', 0, ['almaty', 'kabul']), fact('reader-b', 1, ['kabul'])]);
    await putReaderSource(db, source('reader-a'), [fact('reader-a', 0, ['kabul'])]);
    await putReaderSource(db, source('reader-c'), []);
    expect(await readerSourceIds(db)).toEqual(['reader-a', 'reader-b', 'reader-c']);
    expect(await readerFactSources(db)).toEqual({ kabul: ['reader-a', 'reader-b'], almaty: ['reader-b'] });
  });
});
