/**
 * The background's one handle on the fact store. Opened lazily (a woken service worker opens it on
 * the first message), seeded from the bundled pack on install and whenever the pack's version
 * changes; reopened if the connection is closed under it.
 */
import pack from 'virtual:fact-pack';
import { openStore, type OpenedStore } from '../store/open';
import type { CaravanDB } from '../store/schema';
import { syncReaderSources } from './reader';

let opened: Promise<OpenedStore> | null = null;

export function store(): Promise<OpenedStore> {
  opened ??= openStore(pack, {
    onClose: () => {
      opened = null;
    },
  })
    .then((o) => {
      // A seed or rebuild left the reader's sources out: they are derived again from the kept text.
      syncReaderSources(factDb, o.db);
      return o;
    })
    .catch((error: unknown) => {
      opened = null;
      throw error;
    });
  return opened;
}

/** The fact store's database, for the reader's sources (reader.ts). */
export const factDb = async (): Promise<CaravanDB> => (await store()).db;

export const packVersion = pack.version;
