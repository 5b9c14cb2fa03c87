import { describe, expect, it } from 'vitest';
import { GATE_KEYS_ITEM, storedKeys } from '../content/loader/gate-keys';
import { ensureGateKeys, type KeysArea } from './gate-keys';

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
const current = { version: 'v2', keys };

describe('ensureGateKeys', () => {
  it('writes the keys where storage has none, and the loader takes them', async () => {
    const { area, data, writes } = fakeArea({ 'settings.pausedSites': ['a.example'] });
    expect(await ensureGateKeys(area, current)).toBe(true);
    expect(writes).toEqual([GATE_KEYS_ITEM]);
    expect(storedKeys(data[GATE_KEYS_ITEM], 'v2')).toBe(keys);
    // Other items are left alone.
    expect(data['settings.pausedSites']).toEqual(['a.example']);
  });

  it('leaves keys of this build as they are (one read, no write)', async () => {
    const { area, writes } = fakeArea({ [GATE_KEYS_ITEM]: current });
    expect(await ensureGateKeys(area, current)).toBe(false);
    expect(writes).toEqual([]);
  });

  it('replaces keys of another build, and an item of the wrong shape', async () => {
    for (const old of [{ version: 'v1', keys }, { version: 'v2' }, 'garbage', null]) {
      const { area, data } = fakeArea({ [GATE_KEYS_ITEM]: old });
      expect(await ensureGateKeys(area, current)).toBe(true);
      expect(storedKeys(data[GATE_KEYS_ITEM], 'v2')).toBe(keys);
    }
  });

  it('passes a storage failure on (the caller logs it; loaders keep their shipped prefilter)', async () => {
    const area: KeysArea = { get: async () => ({}), set: async () => Promise.reject(new Error('QUOTA_BYTES exceeded')) };
    await expect(ensureGateKeys(area, current)).rejects.toThrow('QUOTA_BYTES');
  });
});
