// How a connection from `connect` ends under its caller: a forced close (the browser clearing data,
// simulated by fake-indexeddb's forceCloseDatabase) reports 'terminated'; a version change closes it
// and reports 'versionchange'; without an onClose both happen quietly (no error escapes the event).
// Also the fallback messages when a failed request carries no error.
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../shared/log';
import { connect, deleteDatabase } from './connect';
import { factory, hold, useFreshIdb } from './fresh-idb.test-data';

useFreshIdb();

/** Collects errors that escape event handlers (fake-indexeddb rethrows them from its task queue). */
function escaped(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (err: unknown): void => void errors.push(err);
  process.on('uncaughtException', onError);
  return { errors, stop: () => process.off('uncaughtException', onError) };
}

const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('connect: a connection closed under its caller', () => {
  it('reports a forced close as terminated, once', async () => {
    const onClose = vi.fn();
    const db = await connect('t', 1, (raw) => raw.createObjectStore('s'), { factory, onClose });
    forceCloseDatabase(unwrap(db) as never);
    await tick();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledWith('terminated');
  });

  it('survives a forced close and a version change quietly when nobody listens', async () => {
    const watch = escaped();
    try {
      const first = await connect('t', 1, (raw) => raw.createObjectStore('s'), { factory });
      const newer = await connect('t', 2, () => undefined, { factory, blockedTimeoutMs: 200 });
      hold(newer);
      expect(newer.version).toBe(2);
      expect(() => first.transaction('s')).toThrow();
      forceCloseDatabase(unwrap(newer) as never);
      await tick();
    } finally {
      watch.stop();
    }
    expect(watch.errors).toEqual([]);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('closes the old connection before it reports, so an open from onClose is not blocked', async () => {
    const reopened: Array<Promise<unknown>> = [];
    const onClose = vi.fn(() => {
      reopened.push(connect('t', 2, () => undefined, { factory, blockedTimeoutMs: 100 }).then((db) => hold(db)));
    });
    await connect('t', 1, (raw) => raw.createObjectStore('s'), { factory, onClose });
    const newer = await connect('t', 2, () => undefined, { factory, blockedTimeoutMs: 200 });
    hold(newer);
    await Promise.all(reopened);
    expect(onClose).toHaveBeenCalledWith('versionchange');
  });
});

describe('connect and deleteDatabase: failures without an error object', () => {
  /** A factory whose requests fail with `error` null, as a browser may for an aborted request. */
  function failing(kind: 'open' | 'deleteDatabase'): IDBFactory {
    const request = { error: null } as unknown as IDBOpenDBRequest & Record<string, unknown>;
    const fake = {
      [kind]: () => {
        queueMicrotask(() => (request.onerror as (e: { preventDefault(): void }) => void)({ preventDefault: () => undefined }));
        return request;
      },
    };
    return fake as unknown as IDBFactory;
  }

  it('connect rejects with "opening <name> failed"', async () => {
    const error = await connect('t', 1, () => undefined, { factory: failing('open') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('opening t failed');
  });

  it('deleteDatabase rejects with "deleting <name> failed"', async () => {
    const error = await deleteDatabase('t', { factory: failing('deleteDatabase') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('deleting t failed');
  });

  it('prevents the default of a failed open (the error is handled, not reported to the page)', async () => {
    (await connect('t', 5, () => undefined, { factory })).close();
    const prevented = vi.fn();
    const request = factory.open.bind(factory);
    vi.spyOn(factory, 'open').mockImplementation((name, version) => {
      const req = request(name, version);
      req.addEventListener('error', (event) => {
        const original = event.preventDefault.bind(event);
        event.preventDefault = () => {
          prevented();
          original();
        };
      });
      return req;
    });
    await expect(connect('t', 2, () => undefined, { factory })).rejects.toMatchObject({ name: 'VersionError' });
    expect(prevented).toHaveBeenCalledTimes(1);
  });
});
