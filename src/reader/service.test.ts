import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../matching/compile';
import { loadGazetteer } from '../matching/gazetteer-file';
import { loadLookalikes } from '../matching/lookalikes-file';
import { log } from '../shared/log';
import { PACK, PACK_V2 } from '../store/fixture.test-data';
import { openStore } from '../store/open';
import { deleteDatabase } from '../store/connect';
import { entityCard, search } from '../store/queries';
import { readerFactSources, readerSourceIds } from '../store/reader-facts';
import { DB_NAME, type CaravanDB } from '../store/schema';
import type { DeriveTools } from './derive-local';
import { RefusedInput } from './input';
import { openKept, type ReaderDB } from './kept';
import { ReaderService } from './service';

const root = fileURLToPath(new URL('../..', import.meta.url));
let tools: DeriveTools;
beforeAll(() => {
  const entries = loadGazetteer(root);
  tools = { entries, matcher: compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) }) };
});

const TEXT = [
  'Wheat for Kabul',
  'Kazakhstan shipped 200,000 tonnes of wheat to Afghanistan in March 2023.',
  'The weather was mild.',
  'Kassym-Jomart Tokayev met the delegation in Astana on 5 May 2023.',
].join('\n');

let factory: IDBFactory;
let factsDb: CaravanDB;
let keptDb: ReaderDB;
let service: ReaderService;
/** What onFactsChanged saw: the reader source ids the fact store held at each call. */
let changes: string[][];
const opened: { close(): void }[] = [];

async function openFacts(pack = PACK): Promise<CaravanDB> {
  const { db } = await openStore(pack, { factory });
  opened.push(db);
  return db;
}

beforeEach(async () => {
  vi.spyOn(log, 'warn').mockImplementation(() => undefined);
  vi.spyOn(log, 'info').mockImplementation(() => undefined);
  factory = new IDBFactory();
  factsDb = await openFacts();
  keptDb = await openKept({ factory });
  opened.push(keptDb);
  changes = [];
  service = new ReaderService({
    onFactsChanged: () => void readerSourceIds(factsDb).then((ids) => changes.push(ids)),
    facts: () => Promise.resolve(factsDb),
    kept: () => Promise.resolve(keptDb),
    tools: () => Promise.resolve(tools),
    now: () => 1_700_000_000_000,
    yieldFn: () => Promise.resolve(),
  });
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('ReaderService', () => {
  it('derives a pasted text into quoted facts, marked as the reader’s, beside the pack’s', async () => {
    const { source, facts } = await service.add({ title: 'My notes', text: TEXT });
    expect(source).toMatch(/^reader-[0-9a-f]{12}$/);
    expect(facts).toBe(2);
    const card = await entityCard(factsDb, 'kazakhstan', { limit: 50 });
    const mine = card!.facts.filter((f) => f.source === source);
    expect(mine).toHaveLength(1);
    const fact = mine[0]!;
    expect(fact.quote).toBe(TEXT.slice(fact.start, fact.end));
    expect(fact.quote).toBe('Kazakhstan shipped 200,000 tonnes of wheat to Afghanistan in March 2023.');
    expect(fact.summary.en).toBe('');
    expect(fact.lang).toBe('en');
    expect(fact.date).toBe('2023-03');
    expect(fact.quantities[0]).toMatchObject({ value: 200_000, unit: 't' });
    expect(fact.sourceInfo).toMatchObject({ id: source, title: 'My notes', reader: { addedAt: 1_700_000_000_000 }, text: TEXT });
    // Searchable by the quote's words, like any fact.
    expect((await search(factsDb, 'wheat tonnes')).facts.map((f) => f.id)).toContain(fact.id);
    expect(await service.list()).toEqual([
      { id: source, title: 'My notes', lang: 'en', addedAt: 1_700_000_000_000, length: TEXT.length, facts: 2 },
    ]);
  });

  it('tells which entities the reader’s sources hold facts about, and forgets a removed source’s', async () => {
    expect(await readerFactSources(factsDb)).toEqual({});
    const { source } = await service.add({ title: 'My notes', text: TEXT });
    const bySource = await readerFactSources(factsDb);
    expect(bySource.kazakhstan).toEqual([source]);
    expect(bySource.afghanistan).toEqual([source]);
    expect(bySource.tokayev).toEqual([source]);
    // The pack's own sources are not listed: the content script has those from the build.
    expect(Object.values(bySource).flat().every((id) => id === source)).toBe(true);
    await service.remove(source);
    expect(await readerFactSources(factsDb)).toEqual({});
  });

  it('tells of every change to the fact store once it is committed (open tabs re-mark by it), and of nothing else', async () => {
    const { source } = await service.add({ title: 'My notes', text: TEXT });
    await service.rename(source, 'Renamed');
    await service.rederive(source);
    await expect(service.add({ title: 'empty', text: '  ' })).rejects.toBeInstanceOf(RefusedInput);
    await service.remove(source);
    // Each change is read back from the store (an IndexedDB read of its own): waited for, not timed.
    await vi.waitFor(() => expect(changes).toHaveLength(3));
    expect(changes).toEqual([[source], [source], []]);
  });

  it('keeps the store’s counts check true, so reopening does not rebuild', async () => {
    await service.add({ title: 'x', text: TEXT });
    factsDb.close();
    const again = await openStore(PACK, { factory });
    opened.push(again.db);
    expect(again.status.rebuiltBecause).toBeNull();
    expect(again.status.facts).toBe(PACK.facts.length + 2);
  });

  it('refuses bad input with its sentence and stores nothing', async () => {
    await expect(service.add({ title: 'empty', text: '  ' })).rejects.toThrow(RefusedInput);
    await expect(service.add({ title: 'zh', text: '哈萨克斯坦和阿富汗签署了协议。' })).rejects.toThrow(/English, German, Russian, Persian and Pashto/);
    await expect(service.add({ title: ' ', text: TEXT })).rejects.toThrow('Give the document a title.');
    await expect(service.add({ title: 'big', text: 'the '.repeat(600_000) })).rejects.toThrow(/too large/);
    expect(await service.list()).toEqual([]);
    expect((await factsDb.getAll('sources')).length).toBe(PACK.sources.length);
  });

  it('stores nothing when derivation fails half-way', async () => {
    const broken = new ReaderService({
      facts: () => Promise.resolve(factsDb),
      kept: () => Promise.resolve(keptDb),
      tools: () => {
        const boom = (): never => {
          throw new Error('boom');
        };
        return Promise.resolve({ ...tools, matcher: { ...tools.matcher, match: boom, scan: boom } });
      },
    });
    await expect(broken.add({ title: 't', text: TEXT })).rejects.toThrow('boom');
    expect(await service.list()).toEqual([]);
    expect(await factsDb.count('facts')).toBe(PACK.facts.length);
  });

  it('renames, re-derives and removes', async () => {
    const { source } = await service.add({ title: 'old', text: TEXT });
    await service.rename(source, '  new title ');
    expect((await service.list())[0]!.title).toBe('new title');
    expect((await factsDb.get('sources', source))!.title).toBe('new title');
    expect(await service.rederive(source)).toEqual({ source, facts: 2 });
    expect(await factsDb.countFromIndex('facts', 'by-source', source)).toBe(2);
    await service.remove(source);
    expect(await service.list()).toEqual([]);
    expect(await factsDb.countFromIndex('facts', 'by-source', source)).toBe(0);
    expect(await factsDb.get('sources', source)).toBeUndefined();
  });

  it('derives the kept sources again when the fact database is deleted, or seeded with a new pack', async () => {
    const { source } = await service.add({ title: 'kept', text: TEXT });
    const ids = async () => (await factsDb.getAllKeysFromIndex('facts', 'by-source', source)).sort();
    const before = await ids();
    factsDb.close();
    await deleteDatabase(DB_NAME, { factory });
    factsDb = await openFacts();
    expect(await ids()).toEqual([]);
    expect(await service.sync(factsDb)).toEqual({ derived: [source], dropped: [] });
    expect(await ids()).toEqual(before);
    // A new pack clears the store; sync brings the reader's facts back.
    factsDb.close();
    factsDb = await openFacts(PACK_V2);
    expect(await ids()).toEqual([]);
    await service.sync(factsDb);
    expect(await ids()).toEqual(before);
    // Nothing to do the second time.
    expect(await service.sync(factsDb)).toEqual({ derived: [], dropped: [] });
  });

  it('imports sources with their ids, all checked before any is stored', async () => {
    const good = { id: 'reader-0123456789ab', title: 'a', text: TEXT, lang: 'en', addedAt: 5 };
    await expect(service.importAll([good, { ...good, id: 'reader-0123456789ac', text: '' }])).rejects.toThrow(/empty/);
    expect(await service.list()).toEqual([]);
    expect(await service.importAll([good])).toEqual({ sources: 1, facts: 2 });
    expect((await service.list()).map((s) => [s.id, s.addedAt])).toEqual([['reader-0123456789ab', 5]]);
  });
});
