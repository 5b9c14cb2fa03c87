/**
 * The background's one handle on the fact store. Opened lazily (a woken service worker opens it on
 * the first message), seeded from the bundled pack on install and whenever the pack's version
 * changes; reopened if the connection is closed under it.
 */
import pack from 'virtual:fact-pack';
import { openStore, type OpenedStore } from '../store/open';

let opened: Promise<OpenedStore> | null = null;

export function store(): Promise<OpenedStore> {
  opened ??= openStore(pack, {
    onClose: () => {
      opened = null;
    },
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

export const packVersion = pack.version;
