/**
 * Writing a reader's source and its facts into the fact store, beside the bundled pack's. One
 * readwrite transaction per change (the source, its facts and the meta record's counts together),
 * so the store never holds half a source, and the counts check of open.ts stays true: a seed
 * clears them (the pack alone), and the background derives them again from the kept text
 * (src/reader/kept.ts).
 */
import type { Fact, Source } from '../shared/pack-types';
import { META_KEY, type CaravanDB, type PackMeta } from './schema';
import { toFactRecord } from './terms';

const BATCH = 200;

/** Ids of the reader's sources the fact store holds now. */
export async function readerSourceIds(db: CaravanDB): Promise<string[]> {
  // By key (reader ids have their own prefix), so no document text is read.
  const keys = await db.getAllKeys('sources', IDBKeyRange.bound('reader-', 'reader-\uffff'));
  return keys.map(String);
}

/**
 * Entity id → the reader's sources with a fact about it: what the pack's `virtual:fact-sources`
 * says of the bundled sources, for the reader's, so a page does not mark as factless a name only
 * the reader's documents speak of.
 */
export async function readerFactSources(db: CaravanDB): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of await readerSourceIds(db)) {
    for (const fact of await db.getAllFromIndex('facts', 'by-source', id)) {
      for (const entity of fact.entities) {
        const list = (out[entity] ??= []);
        if (!list.includes(id)) list.push(id);
      }
    }
  }
  return out;
}

async function replace(db: CaravanDB, id: string, add: { source: Source; facts: Fact[] } | null): Promise<void> {
  const tx = db.transaction(['sources', 'facts', 'meta'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const facts = tx.objectStore('facts');
    const sources = tx.objectStore('sources');
    const old = await facts.index('by-source').getAllKeys(id);
    const writes: Promise<unknown>[] = [];
    const queue = (p: Promise<unknown>): void => {
      p.catch(() => undefined);
      writes.push(p);
    };
    for (const key of old) queue(facts.delete(key));
    queue(sources.delete(id));
    if (add) {
      queue(sources.put(add.source));
      // In batches, each awaited: every put clones its record synchronously, and thousands queued
      // in one go (a 1 MB document has ~5,600 facts) would hold the background for one long task.
      // Issuing the next batch from the last request's success keeps the transaction alive.
      for (let i = 0; i < add.facts.length; i += BATCH) {
        for (const f of add.facts.slice(i, i + BATCH)) queue(facts.put(toFactRecord(f)));
        await writes[writes.length - 1];
      }
    }
    await Promise.all(writes);
    const meta = await tx.objectStore('meta').get(META_KEY);
    if (meta) {
      // Entities are the pack's alone: a reader's source adds none.
      const [s, f] = await Promise.all([sources.count(), facts.count()]);
      const next: PackMeta = { ...meta, counts: { ...meta.counts, sources: s, facts: f } };
      await tx.objectStore('meta').put(next, META_KEY);
    }
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    throw err;
  }
  await done;
}

/** Puts a reader's source and its facts, replacing whatever the store held of it. */
export function putReaderSource(db: CaravanDB, source: Source, facts: Fact[]): Promise<void> {
  if (!source.reader) throw new Error(`${source.id} is not a reader's source`);
  return replace(db, source.id, { source, facts });
}

/** Removes a reader's source and its facts (a bundled source is never removed this way). */
export async function removeReaderSource(db: CaravanDB, id: string): Promise<void> {
  const existing = await db.get('sources', id);
  if (existing && !existing.reader) throw new Error(`${id} is a bundled source`);
  await replace(db, id, null);
}

/** Changes the title of a reader's source in the store (its facts keep theirs: they have none). */
export async function renameReaderSource(db: CaravanDB, id: string, title: string): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  const s = await tx.store.get(id);
  if (s?.reader) await tx.store.put({ ...s, title });
  await tx.done;
}
