import { describe, expect, it } from 'vitest';
import { GATE_KEYS_ITEM, storedKeys } from '../content/loader/gate-keys';
import { ensureGateKeys, GATE_KEYS_VERSION_ITEM, type KeysArea } from './gate-keys';

/** storage.local as the background sees it, values copied in and out as the browser does (JSON). */
function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: string[] = [];
  const area: KeysArea = {
    get: async (key) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) {
        data[k] = JSON.parse(JSON.stringify(v));
        writes.push(k);
      }
    },
  };
  return { area, data, writes };
}

const keys = 's es\n\nب\n1\nkabul';
const first = 'kabul\nKTZ';
const current = { version: 'v2', keys, first };

describe('ensureGateKeys', () => {
  it('writes the keys and their version where storage has none, and the loader takes them', async () => {
    const { area, data, writes } = fakeArea({ 'settings.pausedSites': ['a.example'] });
    expect(await ensureGateKeys(area, current)).toBe(true);
    expect(writes.sort()).toEqual([GATE_KEYS_ITEM, GATE_KEYS_VERSION_ITEM].sort());
    expect(storedKeys(data[GATE_KEYS_ITEM], 'v2')).toEqual(current);
    expect(data[GATE_KEYS_VERSION_ITEM]).toBe('v2');
    // Other items are left alone.
    expect(data['settings.pausedSites']).toEqual(['a.example']);
  });

  it('leaves keys of this build as they are: it reads only the small version item, and writes nothing', async () => {
    const { area, writes } = fakeArea({ [GATE_KEYS_ITEM]: current, [GATE_KEYS_VERSION_ITEM]: 'v2' });
    const read: string[] = [];
    const get = area.get;
    area.get = (key) => (read.push(key), get(key));
    expect(await ensureGateKeys(area, current)).toBe(false);
    expect(read).toEqual([GATE_KEYS_VERSION_ITEM]);
    expect(writes).toEqual([]);
  });

  it('replaces keys of another build, and items of the wrong shape', async () => {
    // Where the version item is missing or another, whatever the keys' item holds.
    for (const [old, v] of [[{ version: 'v1', keys, first }, 'v1'], [{ version: 'v2', keys }, 'v1'], [{ version: 'v2' }, null], ['garbage', 'garbage'], [null, 3]] as const) {
      const { area, data } = fakeArea(v === null ? { [GATE_KEYS_ITEM]: old } : { [GATE_KEYS_ITEM]: old, [GATE_KEYS_VERSION_ITEM]: v });
      expect(await ensureGateKeys(area, current)).toBe(true);
      expect(storedKeys(data[GATE_KEYS_ITEM], 'v2')).toEqual(current);
    }
  });

  it('with force (a loader found none), writes them even where the version item says they are there', async () => {
    const { area, data } = fakeArea({ [GATE_KEYS_VERSION_ITEM]: 'v2' });
    expect(await ensureGateKeys(area, current)).toBe(false);
    expect(await ensureGateKeys(area, current, { force: true })).toBe(true);
    expect(storedKeys(data[GATE_KEYS_ITEM], 'v2')).toEqual(current);
  });

  it('passes a storage failure on (the caller logs it; loaders keep their shipped prefilter)', async () => {
    const area: KeysArea = { get: async () => ({}), set: async () => Promise.reject(new Error('QUOTA_BYTES exceeded')) };
    await expect(ensureGateKeys(area, current)).rejects.toThrow('QUOTA_BYTES');
  });
});
