/**
 * Opening and deleting the database through an explicit IDBFactory (tests pass a fresh one, the
 * extension uses the global), with idb's promise wrappers on the result. A connection always
 * closes itself when another context needs a version change or a delete, so the background's
 * rebuild is never held up by a popup left open.
 */
import { wrap, type IDBPDatabase } from 'idb';
import { log } from '../shared/log';

export type CloseReason = 'versionchange' | 'terminated';

export interface ConnectOptions {
  /** Defaults to the global `indexedDB`. */
  factory?: IDBFactory;
  /** Defaults to DB_NAME; tests use other names. */
  name?: string;
  /** How long an open or delete may stay blocked by other connections before giving up. */
  blockedTimeoutMs?: number;
  /** Told when this connection was closed under the caller: it must open again to go on. */
  onClose?: (reason: CloseReason) => void;
}

export class BlockedError extends Error {
  override name = 'BlockedError';
}

const DEFAULT_BLOCKED_MS = 5_000;

export function factoryOf(options: ConnectOptions): IDBFactory {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here');
  return factory;
}

type Upgrade = (db: IDBDatabase, oldVersion: number, tx: IDBTransaction) => void;

/**
 * Opens `name` at `version`. `upgrade` runs on a version change; if it throws, the version change
 * is aborted and the open rejects.
 */
export function connect(
  name: string,
  version: number,
  upgrade: Upgrade,
  options: ConnectOptions,
): Promise<IDBPDatabase<unknown>> {
  const factory = factoryOf(options);
  const timeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_MS;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction!;
      try {
        upgrade(request.result, event.oldVersion, tx);
      } catch (err) {
        log.warn('store upgrade failed:', err);
        tx.abort();
      }
    };
    request.onblocked = () => {
      log.warn(`opening ${name} is blocked by another connection; waiting`);
      timer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new BlockedError(`opening ${name} stayed blocked for ${timeoutMs} ms`));
      }, timeoutMs);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const raw = request.result;
      // We gave up waiting; the late connection must not hold the database open.
      if (settled) return raw.close();
      settled = true;
      raw.onversionchange = () => {
        raw.close();
        options.onClose?.('versionchange');
      };
      raw.onclose = () => options.onClose?.('terminated');
      resolve(wrap(raw));
    };
    request.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(request.error ?? new Error(`opening ${name} failed`));
    };
  });
}

export function deleteDatabase(name: string, options: ConnectOptions): Promise<void> {
  const factory = factoryOf(options);
  const timeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_MS;
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = factory.deleteDatabase(name);
    request.onblocked = () => {
      log.warn(`deleting ${name} is blocked by another connection; waiting`);
      timer ??= setTimeout(
        () => reject(new BlockedError(`deleting ${name} stayed blocked for ${timeoutMs} ms`)),
        timeoutMs,
      );
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      reject(request.error ?? new Error(`deleting ${name} failed`));
    };
  });
}
