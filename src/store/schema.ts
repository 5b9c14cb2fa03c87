/**
 * Layout of the `caravan` IndexedDB database. The database is a cache of the fact pack shipped
 * in the extension: it holds no user data (settings live in storage.sync), so any schema change
 * or damage is repaired by dropping everything and seeding again from the pack.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Entity, EntityType, Fact, Source, Topic } from '../shared/pack-types';

export const DB_NAME = 'caravan';
/** Bump on any change to STORES below; the upgrade recreates every store from scratch. */
export const DB_VERSION = 1;
/** The one key of the `meta` store. */
export const META_KEY = 'pack';

/** Entity as stored: `tails` adds the inner words of multi-word keys, so "ghani" finds "ashraf ghani". */
export interface EntityRecord extends Entity {
  tails: string[];
}

/** Fact as stored: `terms` are the folded words of summary.en and quote, for word search. */
export interface FactRecord extends Fact {
  terms: string[];
}

export interface StoreCounts {
  sources: number;
  entities: number;
  facts: number;
}

export interface PackMeta {
  version: string;
  /** Epoch milliseconds. */
  seededAt: number;
  /** Milliseconds from the start of the seeding transaction to the write of this record. */
  seedMs: number;
  /** What the seeding left in the stores; a mismatch on a later open means the stores were damaged. */
  counts: StoreCounts;
}

export interface CaravanSchema extends DBSchema {
  sources: { key: string; value: Source };
  entities: {
    key: string;
    value: EntityRecord;
    indexes: { 'by-key': string; 'by-tail': string; 'by-type': EntityType };
  };
  facts: {
    key: string;
    value: FactRecord;
    indexes: {
      'by-entity': string;
      'by-source': string;
      'by-topic': Topic;
      'by-date': string;
      'by-term': string;
    };
  };
  meta: { key: string; value: PackMeta };
}

export type CaravanDB = IDBPDatabase<CaravanSchema>;
export type StoreName = 'sources' | 'entities' | 'facts' | 'meta';

interface IndexSpec {
  keyPath: string;
  multiEntry: boolean;
}
interface StoreSpec {
  /** null: out-of-line keys (meta). */
  keyPath: string | null;
  indexes: Record<string, IndexSpec>;
}

/** The single description both the upgrade and the corruption check work from. */
export const STORES: Record<StoreName, StoreSpec> = {
  sources: { keyPath: 'id', indexes: {} },
  entities: {
    keyPath: 'id',
    indexes: {
      'by-key': { keyPath: 'keys', multiEntry: true },
      'by-tail': { keyPath: 'tails', multiEntry: true },
      'by-type': { keyPath: 'type', multiEntry: false },
    },
  },
  facts: {
    keyPath: 'id',
    indexes: {
      'by-entity': { keyPath: 'entities', multiEntry: true },
      'by-source': { keyPath: 'source', multiEntry: false },
      'by-topic': { keyPath: 'topics', multiEntry: true },
      // Facts without `date` are simply absent from this index: the timeline wants only dated ones.
      'by-date': { keyPath: 'date', multiEntry: false },
      'by-term': { keyPath: 'terms', multiEntry: true },
    },
  },
  meta: { keyPath: null, indexes: {} },
};

export const STORE_NAMES = Object.keys(STORES) as StoreName[];

/** Upgrade step: drops whatever is there (an older layout, or junk) and creates the layout anew. */
export function createLayout(db: IDBDatabase): void {
  for (const name of Array.from(db.objectStoreNames)) db.deleteObjectStore(name);
  for (const name of STORE_NAMES) {
    const spec = STORES[name];
    const store = db.createObjectStore(name, spec.keyPath === null ? {} : { keyPath: spec.keyPath });
    for (const [index, ix] of Object.entries(spec.indexes)) {
      store.createIndex(index, ix.keyPath, { multiEntry: ix.multiEntry, unique: false });
    }
  }
}

/** Compares the open database with STORES; returns what is wrong, or null. Never throws. */
export function layoutProblem(db: IDBDatabase): string | null {
  try {
    const present = Array.from(db.objectStoreNames);
    for (const name of STORE_NAMES) if (!present.includes(name)) return `missing store ${name}`;
    const extra = present.filter((n) => !(STORE_NAMES as string[]).includes(n));
    if (extra.length) return `unexpected store ${extra.join(',')}`;
    const tx = db.transaction(STORE_NAMES, 'readonly');
    try {
      for (const name of STORE_NAMES) {
        const spec = STORES[name];
        const store = tx.objectStore(name);
        if (store.keyPath !== spec.keyPath) return `store ${name} has key path ${String(store.keyPath)}`;
        for (const [index, ix] of Object.entries(spec.indexes)) {
          if (!store.indexNames.contains(index)) return `missing index ${name}.${index}`;
          const found = store.index(index);
          if (found.keyPath !== ix.keyPath || found.multiEntry !== ix.multiEntry || found.unique) {
            return `index ${name}.${index} has the wrong definition`;
          }
        }
      }
    } finally {
      // Nothing was requested; end the transaction now rather than let it linger.
      tx.abort();
    }
    return null;
  } catch (err) {
    return `layout check failed: ${describeError(err)}`;
  }
}

export function describeError(err: unknown): string {
  if (err instanceof Error || (typeof DOMException !== 'undefined' && err instanceof DOMException)) {
    return `${err.name}: ${err.message}`;
  }
  return String(err);
}
