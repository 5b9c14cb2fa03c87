/**
 * An in-memory storage API for the settings-storage tests: two areas with their data, call counts
 * and refusals, sync's per-item quota enforced as the browser does, and onChanged told of every
 * write (or fired by hand with `fire`, as another context's write would be).
 */
import { SYNC_QUOTA, syncItemBytes, type AreaLike, type StorageChangeLike, type StorageLike } from './settings-storage';

type Listener = (changes: Record<string, StorageChangeLike>, area: string) => void;

export interface FakeArea extends AreaLike {
  data: Map<string, unknown>;
  /** Calls made, refused ones included. */
  calls: { get: number; set: number; remove: number };
  /** Writes that landed. */
  writes: number;
  /** When set, `set` / `remove` throw it (a browser refusing the write). */
  failSet?: unknown;
  failRemove?: unknown;
}

export interface FakeStorageOptions {
  /** Every call to sync fails, as where sync is turned off or unavailable. */
  syncBroken?: boolean;
  /**
   * 'later-task' (the default): each call answers on a later task, like the browser's;
   * 'now': on the next microtask, for tests that settle with a short timer.
   */
  answers?: 'later-task' | 'now';
}

export function fakeStorage(opts: FakeStorageOptions = {}) {
  const listeners = new Set<Listener>();
  const later = (): Promise<unknown> | undefined => (opts.answers === 'now' ? undefined : new Promise((r) => setTimeout(r, 0)));
  const fire = (changes: Record<string, StorageChangeLike>, name = 'local'): void => listeners.forEach((l) => l(changes, name));
  const area = (name: 'sync' | 'local'): FakeArea => {
    const data = new Map<string, unknown>();
    const broken = (): void => {
      if (opts.syncBroken && name === 'sync') throw new Error('sync is unavailable');
    };
    const self: FakeArea = {
      data,
      calls: { get: 0, set: 0, remove: 0 },
      writes: 0,
      async get(keys: string | string[] | null) {
        self.calls.get++;
        await later();
        broken();
        const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items: Record<string, unknown>) {
        self.calls.set++;
        await later();
        broken();
        if (self.failSet !== undefined) throw self.failSet;
        if (name === 'sync') {
          for (const [k, value] of Object.entries(items)) {
            if (syncItemBytes(k, value) > SYNC_QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
          }
        }
        self.writes++;
        const changes: Record<string, StorageChangeLike> = {};
        for (const [k, value] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: value };
          data.set(k, structuredClone(value));
        }
        fire(changes, name);
      },
      async remove(keys: string | string[]) {
        self.calls.remove++;
        await later();
        broken();
        if (self.failRemove !== undefined) throw self.failRemove;
        const changes: Record<string, StorageChangeLike> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        if (Object.keys(changes).length) fire(changes, name);
      },
    };
    return self;
  };
  const storage = {
    sync: area('sync'),
    local: area('local'),
    listeners,
    fire,
    onChanged: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l) },
  };
  return storage satisfies StorageLike;
}
