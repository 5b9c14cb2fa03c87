// layoutProblem and createLayout against real (fake-indexeddb) databases: every kind of drift from
// STORES is named exactly, the first problem in STORE_NAMES order wins, and a layout createLayout
// made is always clean — also over junk left by an older layout.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORES, STORE_NAMES, createLayout, layoutProblem } from './schema';

let factory: IDBFactory;
const held: IDBDatabase[] = [];

beforeEach(() => {
  factory = new IDBFactory();
});
afterEach(() => {
  for (const db of held.splice(0)) db.close();
});

/** Opens a fresh database at version 1, lets `build` lay it out, and keeps the connection. */
function laidOut(build: (db: IDBDatabase, tx: IDBTransaction) => void, version = 1): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('layout', version);
    request.onupgradeneeded = () => build(request.result, request.transaction!);
    request.onsuccess = () => {
      held.push(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** createLayout, then one change made in the same upgrade. */
const withChange = (change: (tx: IDBTransaction, db: IDBDatabase) => void): Promise<IDBDatabase> =>
  laidOut((db, tx) => {
    createLayout(db);
    change(tx, db);
  });

/** Replaces index `index` of store `store` by one with the given definition. */
const redefine = (store: string, index: string, keyPath: string, options: IDBIndexParameters) => (tx: IDBTransaction) => {
  const s = tx.objectStore(store);
  s.deleteIndex(index);
  s.createIndex(index, keyPath, options);
};

describe('createLayout', () => {
  it('creates exactly the stores, key paths and indexes of STORES, none unique', async () => {
    const db = await laidOut((raw) => createLayout(raw));
    expect([...db.objectStoreNames].sort()).toEqual(['entities', 'facts', 'meta', 'sources']);
    const tx = db.transaction(STORE_NAMES, 'readonly');
    for (const name of STORE_NAMES) {
      const store = tx.objectStore(name);
      expect(store.keyPath, name).toBe(STORES[name].keyPath);
      expect([...store.indexNames].sort(), name).toEqual(Object.keys(STORES[name].indexes).sort());
      for (const [index, spec] of Object.entries(STORES[name].indexes)) {
        const found = store.index(index);
        expect({ keyPath: found.keyPath, multiEntry: found.multiEntry, unique: found.unique }, `${name}.${index}`).toEqual({
          keyPath: spec.keyPath,
          multiEntry: spec.multiEntry,
          unique: false,
        });
      }
    }
    expect(tx.objectStore('entities').index('by-key').multiEntry).toBe(true);
    expect(tx.objectStore('facts').index('by-source').multiEntry).toBe(false);
    expect(tx.objectStore('meta').keyPath).toBeNull();
    expect(tx.objectStore('facts').keyPath).toBe('id');
    expect(layoutProblem(db)).toBeNull();
  });

  it('drops whatever an older layout left, including stores of the same name with another key path', async () => {
    await laidOut((raw) => {
      raw.createObjectStore('junk');
      raw.createObjectStore('facts', { keyPath: 'key' });
    }).then((db) => db.close());
    const db = await laidOut((raw) => createLayout(raw), 2);
    expect([...db.objectStoreNames].sort()).toEqual(['entities', 'facts', 'meta', 'sources']);
    expect(layoutProblem(db)).toBeNull();
  });
});

describe('layoutProblem', () => {
  it('names the first missing store in layout order', async () => {
    expect(layoutProblem(await laidOut(() => undefined))).toBe('missing store sources');
    factory = new IDBFactory();
    const db = await laidOut((raw) => {
      raw.createObjectStore('sources', { keyPath: 'id' });
      raw.createObjectStore('entities', { keyPath: 'id' });
      raw.createObjectStore('meta');
    });
    expect(layoutProblem(db)).toBe('missing store facts');
  });

  it('names every unexpected store, joined by commas', async () => {
    const db = await withChange((_tx, raw) => {
      raw.createObjectStore('junk');
      raw.createObjectStore('more');
    });
    expect(layoutProblem(db)).toBe('unexpected store junk,more');
  });

  it('names a store whose key path differs, out-of-line keys shown as null', async () => {
    const inline = await laidOut((raw) => {
      createLayout(raw);
      raw.deleteObjectStore('meta');
      raw.createObjectStore('meta', { keyPath: 'version' });
    });
    expect(layoutProblem(inline)).toBe('store meta has key path version');
    factory = new IDBFactory();
    const outOfLine = await laidOut((raw) => {
      createLayout(raw);
      raw.deleteObjectStore('sources');
      raw.createObjectStore('sources');
    });
    expect(layoutProblem(outOfLine)).toBe('store sources has key path null');
  });

  it('names a missing index with its store', async () => {
    expect(layoutProblem(await withChange((tx) => tx.objectStore('entities').deleteIndex('by-type')))).toBe(
      'missing index entities.by-type',
    );
  });

  it('names an index whose key path, multiEntry or uniqueness differs', async () => {
    const cases: Array<[string, string, string, IDBIndexParameters]> = [
      ['facts', 'by-date', 'dates', { multiEntry: false }],
      ['facts', 'by-term', 'terms', { multiEntry: false }],
      ['entities', 'by-type', 'type', { multiEntry: true }],
      ['facts', 'by-source', 'source', { unique: true }],
    ];
    for (const [store, index, keyPath, options] of cases) {
      factory = new IDBFactory();
      const db = await withChange(redefine(store, index, keyPath, options));
      expect(layoutProblem(db), `${store}.${index}`).toBe(`index ${store}.${index} has the wrong definition`);
    }
  });

  it('leaves no transaction open: a readwrite transaction right after the check can write', async () => {
    const db = await laidOut((raw) => createLayout(raw));
    expect(layoutProblem(db)).toBeNull();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ ok: true }, 'k');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
  });

  it('reports a check that throws instead of throwing (a closed connection)', async () => {
    const db = await laidOut((raw) => createLayout(raw));
    db.close();
    expect(layoutProblem(db)).toMatch(/^layout check failed: InvalidStateError: /);
  });
});
