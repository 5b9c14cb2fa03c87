/**
 * Opening the fact store. The background calls `openStore(pack)`: it seeds on first install and
 * whenever the pack's content hash changes, and repairs a damaged database by deleting it and
 * seeding again — the database is only a cache of the pack, so nothing is lost by that.
 * The popup and options pages call `openStoreReadOnly()`, which never creates, upgrades or seeds.
 */
import { unwrap } from 'idb';
import type { FactPack } from '../shared/pack-types';
import type { StoreStatus } from '../shared/messages';
import { log } from '../shared/log';
import { connect, deleteDatabase, type ConnectOptions } from './connect';
import {
  DB_NAME,
  DB_VERSION,
  META_KEY,
  STORE_NAMES,
  createLayout,
  describeError,
  layoutProblem,
  type CaravanDB,
  type PackMeta,
  type StoreCounts,
} from './schema';
import { toEntityRecord, toFactRecord } from './terms';

export type StoreOptions = ConnectOptions;

export interface OpenedStore {
  db: CaravanDB;
  status: StoreStatus;
}

/** A reason the database cannot be used as it is; leads to delete and rebuild. */
class Damaged extends Error {
  override name = 'Damaged';
}

/**
 * Opens the store, seeding or repairing it as needed. Rejects only when a fresh rebuild fails
 * too (no IndexedDB, quota exhausted, a pack IndexedDB refuses).
 */
export async function openStore(pack: FactPack, options: StoreOptions = {}): Promise<OpenedStore> {
  const name = options.name ?? DB_NAME;
  try {
    return await attempt(pack, name, options, null);
  } catch (err) {
    const reason = describeError(err);
    log.warn(`fact store unusable (${reason}); deleting and rebuilding it from the pack`);
    try {
      await deleteDatabase(name, options);
      return await attempt(pack, name, options, reason);
    } catch (again) {
      log.error('rebuilding the fact store failed:', again);
      throw new Error(`fact store rebuild failed: ${describeError(again)} (first: ${reason})`, { cause: again });
    }
  }
}

async function attempt(
  pack: FactPack,
  name: string,
  options: StoreOptions,
  rebuiltBecause: string | null,
): Promise<OpenedStore> {
  const db = (await connect(name, DB_VERSION, (raw) => createLayout(raw), options)) as unknown as CaravanDB;
  try {
    const problem = layoutProblem(unwrap(db));
    if (problem) throw new Damaged(problem);
    const state = await readState(db);
    let seedMs: number | null = null;
    let counts = state.counts;
    if (state.meta?.version !== pack.version) {
      ({ seedMs, counts } = await seed(db, pack));
      log.info(`fact store seeded with pack ${pack.version} in ${seedMs} ms`);
    }
    return { db, status: { version: pack.version, ...counts, seedMs, rebuiltBecause } };
  } catch (err) {
    db.close();
    throw err;
  }
}

interface State {
  meta: PackMeta | null;
  counts: StoreCounts;
}

/** Reads meta and counts; a throw, a malformed meta or counts differing from meta mean damage. */
async function readState(db: CaravanDB): Promise<State> {
  let meta: unknown;
  let counts: StoreCounts;
  try {
    const tx = db.transaction(STORE_NAMES, 'readonly');
    const [m, sources, entities, facts] = await Promise.all([
      tx.objectStore('meta').get(META_KEY),
      tx.objectStore('sources').count(),
      tx.objectStore('entities').count(),
      tx.objectStore('facts').count(),
      tx.done,
    ]);
    meta = m;
    counts = { sources, entities, facts };
  } catch (err) {
    throw new Damaged(`reading the store failed: ${describeError(err)}`);
  }
  if (meta === undefined) {
    // Never seeded (fresh database, or a seed that rolled back). Leftover records would be cleared
    // by the seed anyway.
    return { meta: null, counts };
  }
  if (!isPackMeta(meta)) throw new Damaged('meta record is malformed');
  const want = meta.counts;
  if (want.sources !== counts.sources || want.entities !== counts.entities || want.facts !== counts.facts) {
    throw new Damaged(
      `meta says pack ${meta.version} with ${want.sources}/${want.entities}/${want.facts} ` +
        `sources/entities/facts but the stores hold ${counts.sources}/${counts.entities}/${counts.facts}`,
    );
  }
  return { meta, counts };
}

function isPackMeta(x: unknown): x is PackMeta {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  const c = m.counts as Record<string, unknown> | undefined;
  return (
    typeof m.version === 'string' &&
    typeof m.seededAt === 'number' &&
    typeof m.seedMs === 'number' &&
    typeof c === 'object' &&
    c !== null &&
    ['sources', 'entities', 'facts'].every((k) => typeof c[k] === 'number')
  );
}

/**
 * Clears and refills every store in one readwrite transaction, so readers in other contexts see
 * either the old pack or the new one, never a mixture, and a failure leaves the old pack intact.
 */
async function seed(db: CaravanDB, pack: FactPack): Promise<{ seedMs: number; counts: StoreCounts }> {
  const started = performance.now();
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined); // reported by the await below, or superseded by the first error
  const sources = tx.objectStore('sources');
  const entities = tx.objectStore('entities');
  const facts = tx.objectStore('facts');
  const meta = tx.objectStore('meta');
  let counts: StoreCounts;
  try {
    // Requests run in order within a transaction: queue everything, await once. Each request is
    // marked handled at once, because an abort rejects them all before Promise.all sees them.
    const writes: Promise<unknown>[] = [];
    const queue = (p: Promise<unknown>): void => {
      p.catch(() => undefined);
      writes.push(p);
    };
    for (const store of [sources, entities, facts, meta]) queue(store.clear());
    for (const s of pack.sources) queue(sources.put(s));
    for (const e of pack.entities) queue(entities.put(toEntityRecord(e)));
    for (const f of pack.facts) queue(facts.put(toFactRecord(f)));
    // Count what landed rather than trust the pack's lengths: duplicate ids collapse.
    const [s, e, f] = await Promise.all([sources.count(), entities.count(), facts.count(), ...writes]);
    counts = { sources: s, entities: e, facts: f } as StoreCounts;
    const record: PackMeta = {
      version: pack.version,
      seededAt: Date.now(),
      seedMs: round(performance.now() - started),
      counts,
    };
    await meta.put(record, META_KEY);
  } catch (err) {
    // A half-written pack must not commit: a malformed record throws before its request is made.
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    throw err;
  }
  await done;
  return { seedMs: round(performance.now() - started), counts };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export interface ReadOnlyOptions extends ConnectOptions {
  /**
   * How long to wait for the background to create and seed the database, polling. Default 0:
   * answer null at once, so a UI can show "loading" and ask the background to wake.
   */
  waitMs?: number;
  pollMs?: number;
}

/**
 * For the popup and options pages. Opens the database only if the background has created and
 * seeded it, and returns null otherwise (it never creates an empty database that the background
 * would then have to treat as damaged). The connection closes itself when the background needs to
 * upgrade or rebuild; `onClose` tells the page to open again.
 */
export async function openStoreReadOnly(options: ReadOnlyOptions = {}): Promise<OpenedStore | null> {
  const name = options.name ?? DB_NAME;
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    const opened = await tryReadOnly(name, options);
    if (opened || Date.now() >= deadline) return opened;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

async function tryReadOnly(name: string, options: ConnectOptions): Promise<OpenedStore | null> {
  let db: CaravanDB;
  try {
    // Opening at our version: an upgrade means "absent or older layout", which is the
    // background's to fix, so the upgrade is aborted and nothing is created.
    db = (await connect(
      name,
      DB_VERSION,
      (_raw, _old, tx) => tx.abort(),
      { ...options, blockedTimeoutMs: options.blockedTimeoutMs ?? 1_000 },
    )) as unknown as CaravanDB;
  } catch {
    return null;
  }
  try {
    if (layoutProblem(unwrap(db))) throw new Damaged('layout');
    const { meta, counts } = await readState(db);
    if (!meta) throw new Damaged('not seeded yet');
    return { db, status: { version: meta.version, ...counts, seedMs: null, rebuiltBecause: null } };
  } catch {
    db.close();
    return null;
  }
}
