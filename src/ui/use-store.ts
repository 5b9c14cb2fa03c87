/**
 * The fact store for an extension page: opened read-only straight from IndexedDB. If the
 * background has not seeded it yet, the background is woken and the page waits for it; a
 * connection closed by a reseed is opened again.
 */
import { useEffect, useState } from 'preact/hooks';
import { log } from '../shared/log';
import { sendToBackground } from '../shared/messaging';
import { openStoreReadOnly } from '../store/open';
import type { CaravanDB } from '../store/schema';

export type StoreState =
  | { state: 'loading'; db: null }
  | { state: 'ready'; db: CaravanDB; version: string }
  | { state: 'unavailable'; db: null };

const WAIT_MS = 15_000;

export function useStore(): StoreState {
  const [store, setStore] = useState<StoreState>({ state: 'loading', db: null });

  useEffect(() => {
    let live = true;
    let current: CaravanDB | null = null;
    const open = async (): Promise<void> => {
      const onClose = (): void => {
        if (!live) return;
        setStore({ state: 'loading', db: null });
        void open();
      };
      let opened = await openStoreReadOnly({ onClose });
      if (!opened) {
        // The background seeds the store; a message wakes it if it sleeps.
        sendToBackground('store-status').catch((err: unknown) => log.warn('background did not answer:', err));
        opened = await openStoreReadOnly({ onClose, waitMs: WAIT_MS, pollMs: 200 });
      }
      if (!live) {
        opened?.db.close();
        return;
      }
      current = opened?.db ?? null;
      setStore(
        opened
          ? { state: 'ready', db: opened.db, version: opened.status.version ?? '' }
          : { state: 'unavailable', db: null },
      );
    };
    open().catch((err: unknown) => {
      log.warn('opening the fact store failed:', err);
      if (live) setStore({ state: 'unavailable', db: null });
    });
    return () => {
      live = false;
      current?.close();
    };
  }, []);

  return store;
}
