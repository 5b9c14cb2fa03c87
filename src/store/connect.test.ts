import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../shared/log';
import { BlockedError, connect, deleteDatabase, factoryOf } from './connect';
import { factory, hold, useFreshIdb } from './fresh-idb.test-data';

// connect/deleteDatabase on a fresh fake-indexeddb factory per test: blocked opens and deletes,
// aborted upgrades, failed opens and the connection that closes itself for another's version change.
useFreshIdb();

/** A raw connection at `version` that ignores version changes (the "popup left open" of old). */
function holdOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('s');
    request.onsuccess = () => {
      hold(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

const names = async (): Promise<string[]> => (await factory.databases()).map((d) => d.name!);

describe('factoryOf', () => {
  it('takes the given factory, else the global indexedDB, else says IndexedDB is not available', () => {
    expect(factoryOf({ factory })).toBe(factory);
    const global = new IDBFactory();
    vi.stubGlobal('indexedDB', global);
    try {
      expect(factoryOf({})).toBe(global);
      vi.stubGlobal('indexedDB', undefined);
      expect(() => factoryOf({})).toThrow(/^IndexedDB is not available here$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('connect', () => {
  it('opens at the version asked for, running the upgrade with the old version and its transaction', async () => {
    const upgrade = vi.fn((db: IDBDatabase, old: number, tx: IDBTransaction) => {
      if (old === 0) db.createObjectStore('facts');
      expect(tx.mode).toBe('versionchange');
    });
    const db = await connect('t', 3, upgrade, { factory });
    hold(db);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).toEqual(['facts']);
    expect(upgrade).toHaveBeenCalledTimes(1);
    expect(upgrade.mock.calls[0]![1]).toBe(0);
    db.close();
    const again = await connect('t', 4, upgrade, { factory });
    hold(again);
    expect(upgrade.mock.calls[1]![1]).toBe(3);
  });

  it('aborts the version change when the upgrade throws: the open rejects, it is logged, and the old version stays', async () => {
    (await holdOpen('t', 1)).close();
    const broken = new Error('bad layout');
    const error = await connect('t', 2, () => {
      throw broken;
    }, { factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('AbortError');
    expect(log.warn).toHaveBeenCalledWith('store upgrade failed:', broken);
    expect((await factory.databases()).find((d) => d.name === 't')?.version).toBe(1);
  });

  it('rejects with the browser\'s error when the open fails (a lower version than stored)', async () => {
    (await holdOpen('t', 5)).close();
    const error = await connect('t', 2, () => undefined, { factory }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('VersionError');
  });

  it('gives up with a BlockedError when another connection blocks the upgrade for blockedTimeoutMs, and closes the late connection', async () => {
    const blocker = await holdOpen('t', 1);
    const onClose = vi.fn();
    const error = await connect('t', 2, () => undefined, { factory, blockedTimeoutMs: 40, onClose }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedError);
    expect(error).toMatchObject({ name: 'BlockedError', message: 'opening t stayed blocked for 40 ms' });
    expect(log.warn).toHaveBeenCalledWith('opening t is blocked by another connection; waiting');
    // The blocker goes: the open that was given up succeeds late, and must close itself again,
    // or this delete would stay blocked.
    blocker.close();
    await new Promise((r) => setTimeout(r, 20));
    await deleteDatabase('t', { factory, blockedTimeoutMs: 200 });
    expect(await names()).toEqual([]);
    // Closed at once, not handed a version-change handler: the caller, told it failed, hears nothing more.
    expect(onClose).not.toHaveBeenCalled();
  });

  it('waits out a block shorter than the default timeout and resolves', async () => {
    const blocker = await holdOpen('t', 1);
    const opening = connect('t', 2, () => undefined, { factory });
    setTimeout(() => blocker.close(), 30);
    const db = await opening;
    hold(db);
    expect(db.version).toBe(2);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('closes itself for another context\'s version change and tells onClose why', async () => {
    const onClose = vi.fn();
    const db = await connect('t', 1, (raw) => raw.createObjectStore('s'), { factory, onClose });
    hold(db);
    const newer = await connect('t', 2, () => undefined, { factory, blockedTimeoutMs: 200 });
    hold(newer);
    expect(newer.version).toBe(2);
    expect(onClose).toHaveBeenCalledWith('versionchange');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(log.warn).not.toHaveBeenCalled();
  });
});

describe('deleteDatabase', () => {
  it('deletes the database', async () => {
    (await holdOpen('t', 1)).close();
    await holdOpen('other', 1);
    await deleteDatabase('t', { factory });
    expect(await names()).toEqual(['other']);
  });

  it('gives up with a BlockedError when an open connection blocks it for blockedTimeoutMs', async () => {
    await holdOpen('t', 1);
    const error = await deleteDatabase('t', { factory, blockedTimeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedError);
    expect((error as Error).message).toBe('deleting t stayed blocked for 40 ms');
    expect(log.warn).toHaveBeenCalledWith('deleting t is blocked by another connection; waiting');
  });

  it('waits out a block shorter than the default timeout and resolves', async () => {
    const blocker = await holdOpen('t', 1);
    const deleting = deleteDatabase('t', { factory });
    setTimeout(() => blocker.close(), 30);
    await expect(deleting).resolves.toBeUndefined();
    expect(await names()).toEqual([]);
  });
});
