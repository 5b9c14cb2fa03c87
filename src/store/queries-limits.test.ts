// Limits, fallbacks and tie-breaks of queries.ts that the small fixture cannot reach: the default
// limit of 10 (with and without a context), a negative limit, a fact whose source is gone, the
// publication-date fallback and the ordering of entity matches (whole key, then inner word; exact,
// then shortest; then id). A store seeded from PACK plus one extra source with twelve facts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { log } from '../shared/log';
import type { FactView } from '../shared/messages';
import type { Entity, Fact, FactPack, Source } from '../shared/pack-types';
import { PACK } from './fixture.test-data';
import { openStore } from './open';
import { compareFacts, factsByTopic, factsForEntity, getFact, search } from './queries';
import type { CaravanDB } from './schema';
import { toFactRecord } from './terms';

const EXTRA: Source = { id: 'x-wire', title: 'Wire', lang: 'en', dir: 'ltr', length: 10, published: '2019-01-01' };

const extraFact = (n: number, over: Partial<Fact> = {}): Fact => ({
  id: `x-wire#${String(n).padStart(2, '0')}`,
  source: 'x-wire',
  lang: 'en',
  quote: `Caravan route note ${n}.`,
  start: n,
  end: n + 1,
  entities: ['kabul'],
  topics: ['transport'],
  dates: [],
  quantities: [],
  summary: { en: `Caravan route note ${n}.` },
  ...over,
});

const ENTITIES: Entity[] = [
  // Same key length and group for 'zz': ties broken by id, against the index's key order.
  { id: 'zeta', type: 'city', scope: 'context', names: { en: 'Zza' }, aliases: [], keys: ['zza'] },
  { id: 'alpha', type: 'city', scope: 'context', names: { en: 'Zzb' }, aliases: [], keys: ['zzb'] },
  // 'qq' is a whole key of one and an inner word of another: the whole key first, though longer.
  { id: 'inner', type: 'person', scope: 'context', names: { en: 'Pp Qq' }, aliases: [], keys: ['pp qq'] },
  { id: 'whole', type: 'person', scope: 'context', names: { en: 'Qqqq' }, aliases: [], keys: ['qqqq'] },
  // The shorter key first, against the id order ('a-long' < 'short').
  { id: 'short', type: 'city', scope: 'context', names: { en: 'Mmm' }, aliases: [], keys: ['mmm'] },
  { id: 'a-long', type: 'city', scope: 'context', names: { en: 'Mmmm' }, aliases: [], keys: ['mmmm', 'mmmx'] },
];

const BIG: FactPack = {
  version: 'big',
  sources: [...PACK.sources, EXTRA],
  entities: [...PACK.entities, ...ENTITIES],
  facts: [...PACK.facts, ...Array.from({ length: 12 }, (_, n) => extraFact(n))],
};

let db: CaravanDB;
beforeAll(async () => {
  vi.spyOn(log, 'info').mockImplementation(() => undefined);
  ({ db } = await openStore(BIG, { factory: new IDBFactory() }));
});
afterAll(() => db.close());

const ids = (facts: FactView[]): string[] => facts.map((f) => f.id);

describe('limits', () => {
  it('gives 10 facts by default and counts them all, with and without a context', async () => {
    const plain = await factsForEntity(db, 'kabul');
    expect(plain.facts).toHaveLength(10);
    expect(plain.total).toBe(14);
    const inContext = await factsForEntity(db, 'kabul', { context: ['almaty'] });
    expect(inContext.facts).toHaveLength(10);
    expect(inContext.total).toBe(14);
    expect(inContext.facts[0]!.entities).toContain('almaty');
    expect((await factsByTopic(db, 'transport')).facts).toHaveLength(10);
  });

  it('takes a negative limit as none', async () => {
    expect(await factsForEntity(db, 'kabul', { limit: -3 })).toMatchObject({ facts: [], total: 14 });
    expect(await factsForEntity(db, 'kabul', { limit: -3, context: ['almaty'] })).toMatchObject({ facts: [], total: 14 });
    expect((await search(db, 'caravan', { limit: -1 })).facts).toEqual([]);
  });

  it('limits search results to 10 facts by default, total before the limit', async () => {
    const r = await search(db, 'caravan route');
    expect(r.facts).toHaveLength(10);
    expect(r.total).toBe(12);
    expect(r.facts[0]!.id).toBe('x-wire#00');
  });

  it('a limit given with a context applies after re-ranking', async () => {
    const { facts } = await factsForEntity(db, 'kabul', { context: ['almaty'], limit: 2 });
    expect(facts.every((f) => f.entities.includes('almaty'))).toBe(true);
    expect(facts).toHaveLength(2);
  });
});

describe('search words', () => {
  it('takes only the last word as a prefix', async () => {
    expect(ids((await search(db, 'caravan rou')).facts)).toHaveLength(10);
    expect((await search(db, 'carav route')).facts).toEqual([]);
  });

  it('says a name matched with the query as typed, trimmed', async () => {
    const r = await search(db, '  Kaza  ');
    expect(r.why['kazakhstan']).toEqual([{ kind: 'name', entity: 'kazakhstan', text: 'Kaza' }]);
  });

  it('lists a named entity once, not again as a name match', async () => {
    const r = await search(db, 'Казахстан', { names: [{ entity: 'kazakhstan', text: 'Казахстан' }] });
    expect(r.entities.map((e) => e.id)).toEqual(['kazakhstan']);
  });

  it('lists its facts once when an entity is named twice', async () => {
    const r = await search(db, 'Казахстан', {
      names: [
        { entity: 'kazakhstan', text: 'Казахстан' },
        { entity: 'kazakhstan', text: 'Kazakhstan' },
      ],
    });
    expect(new Set(ids(r.facts)).size).toBe(r.facts.length);
    expect(r.total).toBe(5);
    expect(r.why['de-zeit#1']).toEqual([
      { kind: 'name', entity: 'kazakhstan', text: 'Казахстан' },
      { kind: 'name', entity: 'kazakhstan', text: 'Kazakhstan' },
    ]);
  });
});

describe('entity ranking', () => {
  it('breaks a tie of group and length by id', async () => {
    expect((await search(db, 'zz')).entities.map((e) => e.id)).toEqual(['alpha', 'zeta']);
  });

  it('puts a whole-key match before an inner-word match', async () => {
    expect((await search(db, 'qq')).entities.map((e) => e.id)).toEqual(['whole', 'inner']);
    expect((await search(db, 'qq')).why['inner']).toEqual([{ kind: 'name', entity: 'inner', text: 'qq' }]);
  });

  it('puts an exact key before a longer one, and a shorter prefix match before a longer one, before the id', async () => {
    expect((await search(db, 'mmm')).entities.map((e) => e.id)).toEqual(['short', 'a-long']);
    expect((await search(db, 'mm')).entities.map((e) => e.id)).toEqual(['short', 'a-long']);
  });

  it('limits the entities too, and to 10 by default', async () => {
    expect((await search(db, 'mm', { limit: 1 })).entities.map((e) => e.id)).toEqual(['short']);
  });
});

describe('facts whose source is gone, and dates', () => {
  it('drops a fact whose source is unknown, from lookups and lists', async () => {
    await db.put('facts', toFactRecord(extraFact(99, { id: 'gone#1', source: 'gone', entities: ['almaty'] })));
    expect(await getFact(db, 'gone#1')).toBeNull();
    expect(ids((await factsForEntity(db, 'almaty', { limit: 50 })).facts)).not.toContain('gone#1');
    await db.delete('facts', 'gone#1');
  });

  it("falls back to the source's publication date, and to none, for recency", () => {
    const view = (id: string, date: string | undefined, published: string | undefined): FactView => ({
      ...extraFact(1, { id }),
      ...(date ? { date } : {}),
      sourceInfo: { ...EXTRA, published: published ?? null },
    });
    const sorted = [view('a', undefined, undefined), view('b', undefined, '2020-01-01'), view('c', '2021', '2000')].sort(compareFacts);
    expect(ids(sorted)).toEqual(['c', 'b', 'a']);
  });
});
