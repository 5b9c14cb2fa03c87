import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FactView } from '../shared/messages';
import { log } from '../shared/log';
import { PACK } from './fixture.test-data';
import { openStore } from './open';
import {
  allFacts,
  compareFacts,
  compareInContext,
  contextScore,
  entityCard,
  factsByTopic,
  factsForEntity,
  getEntity,
  getFact,
  getSource,
  search,
  sourcesWithCounts,
} from './queries';
import type { CaravanDB } from './schema';

let db: CaravanDB;
beforeAll(async () => {
  vi.spyOn(log, 'info').mockImplementation(() => undefined);
  ({ db } = await openStore(PACK, { factory: new IDBFactory() }));
});
afterAll(() => db.close());

const ids = (facts: FactView[]): string[] => facts.map((f) => f.id);
const entityIds = async (q: string): Promise<string[]> => (await search(db, q)).entities.map((e) => e.id);
const factIds = async (q: string, disabledSources?: string[]): Promise<string[]> =>
  ids((await search(db, q, { disabledSources })).facts);

describe('factsForEntity', () => {
  it('ranks both countries first, then quantities, then recency (fact date, else published)', async () => {
    const { facts, total } = await factsForEntity(db, 'kazakhstan');
    expect(ids(facts)).toEqual(['en-mfa#0', 'en-mfa#1', 'fa-news#0', 'de-zeit#0', 'de-zeit#1']);
    expect(total).toBe(5);
    expect(facts[0]!.sourceInfo.title).toBe('Joint statement');
    expect(facts[0]).not.toHaveProperty('terms');
  });

  it('puts a fact naming both countries without numbers above one with numbers naming only one', async () => {
    const { facts } = await factsForEntity(db, 'afghanistan');
    expect(ids(facts)).toEqual(['en-mfa#0', 'en-mfa#1', 'fa-news#0', 'de-zeit#0', 'en-mfa#3']);
  });

  it('leaves out disabled sources, from the facts and from the total', async () => {
    const { facts, total } = await factsForEntity(db, 'kazakhstan', { disabledSources: ['en-mfa'] });
    expect(ids(facts)).toEqual(['fa-news#0', 'de-zeit#0', 'de-zeit#1']);
    expect(total).toBe(3);
  });

  it('filters by topics before counting and limiting: the total is the filter\'s', async () => {
    const all = await factsForEntity(db, 'kazakhstan', { limit: 100 });
    const diplomacy = all.facts.filter((f) => f.topics.includes('diplomacy'));
    expect(diplomacy.length).toBeGreaterThan(0);
    expect(diplomacy.length).toBeLessThan(all.total);
    const { facts, total } = await factsForEntity(db, 'kazakhstan', { topics: ['diplomacy'], limit: 1 });
    expect(total).toBe(diplomacy.length);
    expect(ids(facts)).toEqual([diplomacy[0]!.id]);
    // No topic chosen: everything.
    expect((await factsForEntity(db, 'kazakhstan', { topics: [] })).total).toBe(all.total);
  });

  it('honours a whitelist of enabled sources', async () => {
    const { facts } = await factsForEntity(db, 'kazakhstan', { enabledSources: ['de-zeit'], disabledSources: [] });
    expect(ids(facts)).toEqual(['de-zeit#0', 'de-zeit#1']);
  });

  it('limits the facts but counts them all', async () => {
    const { facts, total } = await factsForEntity(db, 'kazakhstan', { limit: 2 });
    expect(ids(facts)).toEqual(['en-mfa#0', 'en-mfa#1']);
    expect(total).toBe(5);
  });

  it('answers an unknown entity with nothing', async () => {
    expect(await factsForEntity(db, 'atlantis')).toEqual({ facts: [], total: 0 });
  });

  it('breaks full ties by id', () => {
    const base = { ...PACK.facts[2]!, sourceInfo: PACK.sources[0]! };
    const sorted = [{ ...base, id: 'x#2' }, { ...base, id: 'x#10' }, { ...base, id: 'x#1' }].sort(compareFacts);
    expect(ids(sorted)).toEqual(['x#1', 'x#10', 'x#2']);
  });
});

describe('entityCard', () => {
  it('gives the entity with its ranked facts and total', async () => {
    const card = await entityCard(db, 'kazakhstan', { limit: 2, disabledSources: ['fa-news'] });
    expect(card?.entity.names.en).toBe('Kazakhstan');
    expect(card?.entity).not.toHaveProperty('tails');
    expect(ids(card!.facts)).toEqual(['en-mfa#0', 'en-mfa#1']);
    expect(card?.total).toBe(4);
  });

  it('is null for an unknown entity', async () => {
    expect(await entityCard(db, 'atlantis')).toBeNull();
  });
});

describe('search: entities by name in any script', () => {
  it('finds by a Latin prefix of any language form', async () => {
    expect((await entityIds('kasach'))[0]).toBe('kazakhstan');
    expect((await entityIds('Kasach'))[0]).toBe('kazakhstan');
    expect((await entityIds('Alma-A'))[0]).toBe('almaty');
  });

  it('finds by Cyrillic, whole or prefix', async () => {
    expect(await entityIds('Казахстан')).toEqual(['kazakhstan']);
    expect(await entityIds('казах')).toEqual(['kazakhstan']);
    expect(await entityIds('Қазақ')).toEqual(['kazakhstan']);
  });

  it('finds by Persian, also when typed with Arabic yeh and kaf', async () => {
    expect(await entityIds('قزاقستان')).toEqual(['kazakhstan']);
    expect(await entityIds('جمهوري قزاق')).toEqual(['kazakhstan']);
    expect(await entityIds('كابل')).toEqual(['kabul']);
    expect(await entityIds('آلماتي')).toEqual(['almaty']);
  });

  it('finds by an inner word of a name, after whole-name matches', async () => {
    expect(await entityIds('jomart')).toEqual(['tokayev']);
    expect(await entityIds('emirate')).toEqual(['afghanistan']);
  });

  it('ranks exact names, then the closest prefix', async () => {
    expect(await entityIds('ka')).toEqual(['kabul', 'kazakhstan', 'tokayev']);
    expect((await entityIds('kabul'))[0]).toBe('kabul');
  });

  it('returns nothing for an empty query', async () => {
    expect(await search(db, ' – ')).toEqual({ entities: [], facts: [], why: {}, total: 0 });
  });
});

describe('search: facts by words of summaries and quotes', () => {
  it('needs every word, the last one as a prefix', async () => {
    expect(await factIds('wheat fl')).toEqual(['en-mfa#1']);
    expect(await factIds('wheat grain')).toEqual([]);
    expect(await factIds('delegation')).toEqual(['en-mfa#2', 'fa-news#1']);
  });

  it('searches quotes in their language as well as English summaries', async () => {
    expect(await factIds('grain')).toEqual(['de-zeit#0']);
    expect(await factIds('Getr')).toEqual(['de-zeit#0']);
    expect(await factIds('بورسیه')).toEqual(['fa-news#0']);
    expect(await factIds('بورسيه')).toEqual(['fa-news#0']);
    expect(await factIds('دانشجو')).toEqual(['fa-news#0']);
    expect(await factIds('500')).toEqual(['en-mfa#1']);
  });

  it('ranks matching facts like an entity card', async () => {
    // de-zeit#1 names Kazakhstan as an entity but not as a word, so words alone do not find it.
    expect(await factIds('kazakhstan')).toEqual(['en-mfa#0', 'en-mfa#1', 'fa-news#0', 'de-zeit#0']);
  });

  it('matches a one-letter last word only as a whole word', async () => {
    expect((await factIds('a')).sort()).toEqual(['en-mfa#2', 'en-mfa#3', 'fa-news#1']);
  });

  it('leaves out disabled sources', async () => {
    expect(await factIds('delegation', ['fa-news'])).toEqual(['en-mfa#2']);
  });

  it('applies the limit to each list', async () => {
    const { entities, facts } = await search(db, 'ka', { limit: 2 });
    expect(entities.map((e) => e.id)).toEqual(['kabul', 'kazakhstan']);
    expect(facts.length).toBeLessThanOrEqual(2);
    expect(ids((await search(db, 'kazakhstan', { limit: 2 })).facts)).toEqual(['en-mfa#0', 'en-mfa#1']);
  });
});

describe('lists and lookups', () => {
  it('counts facts per source', async () => {
    const list = await sourcesWithCounts(db);
    expect(list.map((s) => [s.id, s.facts])).toEqual([
      ['de-zeit', 2],
      ['en-mfa', 4],
      ['fa-news', 2],
    ]);
    expect(list[2]!.dir).toBe('rtl');
  });

  it('lists dated facts oldest first for the timeline', async () => {
    expect(ids(await allFacts(db))).toEqual(['fa-news#0', 'de-zeit#0', 'en-mfa#3', 'en-mfa#0', 'de-zeit#1', 'en-mfa#2']);
    expect(ids(await allFacts(db, { disabledSources: ['en-mfa'] }))).toEqual(['fa-news#0', 'de-zeit#0', 'de-zeit#1']);
  });

  it('lists facts by topic, ranked', async () => {
    const { facts, total } = await factsByTopic(db, 'diplomacy');
    expect(ids(facts)).toEqual(['en-mfa#0', 'en-mfa#2', 'de-zeit#1', 'fa-news#1']);
    expect(total).toBe(4);
    expect((await factsByTopic(db, 'diplomacy', { disabledSources: ['en-mfa'], limit: 1 })).total).toBe(2);
  });

  it('gets single records, null when unknown', async () => {
    expect((await getEntity(db, 'almaty'))?.keys).toContain('алматы');
    expect(await getEntity(db, 'x')).toBeNull();
    expect((await getSource(db, 'fa-news'))?.lang).toBe('fa');
    expect(await getSource(db, 'x')).toBeNull();
    const fact = await getFact(db, 'fa-news#0');
    expect(fact?.sourceInfo.id).toBe('fa-news');
    expect(fact?.quantities[0]?.value).toBe(1000);
    expect(fact).not.toHaveProperty('terms');
    expect(await getFact(db, 'x#0')).toBeNull();
  });
});

describe('context ranking', () => {
  it('puts first the facts that name the mention\'s neighbours, then ranks as without context', async () => {
    const plain = ids((await factsForEntity(db, 'kazakhstan')).facts);
    const { facts, total } = await factsForEntity(db, 'kazakhstan', { context: ['tokayev'] });
    expect(ids(facts)).toEqual(['de-zeit#1', ...plain.filter((id) => id !== 'de-zeit#1')]);
    expect(total).toBe(plain.length);
  });

  it('ignores the entity itself and unknown entities in the context', async () => {
    const plain = ids((await factsForEntity(db, 'kazakhstan')).facts);
    expect(ids((await factsForEntity(db, 'kazakhstan', { context: ['kazakhstan', 'nowhere'] })).facts)).toEqual(plain);
  });

  it('ranks a fact naming more neighbours above one naming fewer', async () => {
    const card = await entityCard(db, 'kabul', { context: ['almaty'] });
    expect(card?.facts.every((f) => f.entities.includes('almaty'))).toBe(true);
    const byAfghan = await entityCard(db, 'kazakhstan', { context: ['afghanistan', 'tokayev'], limit: 5 });
    const scores = byAfghan!.facts.map((f) => contextScore(f, new Set(['afghanistan', 'tokayev'])));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('is compareFacts when there is no context', () => {
    expect(compareInContext(undefined)).toBe(compareFacts);
    expect(compareInContext(['kabul'], 'kabul')).toBe(compareFacts);
  });
});

describe('search with the names the matcher found', () => {
  it('finds an entity\'s facts from a name in any script, and says why', async () => {
    const cyrillic = await search(db, 'Казахстан', { names: [{ entity: 'kazakhstan', text: 'Казахстан' }] });
    const latin = await search(db, 'Kazakhstan', { names: [{ entity: 'kazakhstan', text: 'Kazakhstan' }] });
    const linked = ids((await factsForEntity(db, 'kazakhstan')).facts);
    expect(ids(cyrillic.facts)).toEqual(linked);
    expect(ids(latin.facts)).toEqual(linked);
    expect(cyrillic.entities[0]?.id).toBe('kazakhstan');
    expect(cyrillic.why['kazakhstan']).toEqual([{ kind: 'name', entity: 'kazakhstan', text: 'Казахстан' }]);
    expect(cyrillic.why['de-zeit#1']).toEqual([{ kind: 'name', entity: 'kazakhstan', text: 'Казахстан' }]);
    // The English words match too: both reasons.
    expect(latin.why['en-mfa#0']).toEqual([{ kind: 'name', entity: 'kazakhstan', text: 'Kazakhstan' }, { kind: 'text' }]);
  });

  it('lists the linked facts before those that match only by their words', async () => {
    const r = await search(db, 'grain', { names: [{ entity: 'tokayev', text: 'Tokajew' }] });
    expect(ids(r.facts)).toEqual(['de-zeit#1', 'de-zeit#0']);
    expect(r.why['de-zeit#0']).toEqual([{ kind: 'text' }]);
    expect(r.total).toBe(2);
  });

  it('says a name matched where an entity\'s name starts with the query', async () => {
    const r = await search(db, 'Kaza');
    expect(r.entities.map((e) => e.id)).toEqual(['kazakhstan']);
    expect(r.why['kazakhstan']).toEqual([{ kind: 'name', entity: 'kazakhstan', text: 'Kaza' }]);
  });

  it('keeps the source filter and the limit', async () => {
    const r = await search(db, 'Kazakhstan', { names: [{ entity: 'kazakhstan', text: 'Kazakhstan' }], disabledSources: ['de-zeit'], limit: 2 });
    expect(ids(r.facts)).toEqual(['en-mfa#0', 'en-mfa#1']);
    expect(r.total).toBe(3);
    expect(Object.keys(r.why).filter((k) => k.includes('#')).sort()).toEqual(['en-mfa#0', 'en-mfa#1', 'fa-news#0']);
  });
});
