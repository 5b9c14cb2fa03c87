/**
 * The setup the store tests share: a fresh fake-indexeddb factory for each test, the log's
 * warn/info/error silenced (and spied on, for tests that check what was logged), and every
 * connection a test holds closed after it, so the next test's deletes and upgrades are not blocked.
 * The global fake-indexeddb is installed too: idb's wrap() checks results against the global classes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { log } from '../shared/log';

/**
 * This test's factory: a live binding, replaced before each test of a file that called
 * useFreshIdb (so tests write `{ factory }` as the code under test is called).
 */
export let factory: IDBFactory;
const held: Array<{ close(): void }> = [];

/** Closes `db` after the test; returns it. */
export function hold<T extends { close(): void }>(db: T): T {
  held.push(db);
  return db;
}

/** Closes the store's connection (`x.db`) after the test; returns `x`, null included. */
export function keep<T extends { db: { close(): void } } | null>(x: T): T {
  if (x) hold(x.db);
  return x;
}

/** Registers the hooks in the calling test file: a new factory and quiet logs before each test, held connections closed after. */
export function useFreshIdb(): void {
  beforeEach(() => {
    factory = new IDBFactory();
    vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    vi.spyOn(log, 'info').mockImplementation(() => undefined);
    vi.spyOn(log, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    for (const db of held.splice(0)) db.close();
    vi.restoreAllMocks();
  });
}
