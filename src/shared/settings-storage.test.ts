import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, withItem } from './settings-schema';
import * as v from 'valibot';
import { areaOf, createSettingsStorage, itemKey, LEGACY_BACKUP_KEY, LEGACY_KEY, SYNC_QUOTA, syncItemBytes } from './settings-storage';
import { fakeStorage } from './settings-storage.test-data';

describe('settings storage', () => {
  it('loads the defaults from empty storage and stores nothing for them', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save({ theme: 'system', hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(fake.sync.data.size + fake.local.data.size).toBe(0);
  });

  it('keeps one item per changed setting: lists in local, the rest in sync; back to the default removes it', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    await store.save({ theme: 'dark', pausedSites: ['example.org'] });
    expect(Object.fromEntries(fake.sync.data)).toEqual({ [itemKey('theme')]: 'dark' });
    expect(Object.fromEntries(fake.local.data)).toEqual({ [itemKey('pausedSites')]: ['example.org'] });
    await store.save({ theme: 'system' });
    expect(fake.sync.data.size).toBe(0);
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['example.org'] });
  });

  it('applies quick list changes to the latest stored value, so none undoes another', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(ids.map((id) => store.save((now) => ({ disabledSources: withItem(now.disabledSources, id, true) }))));
    expect((await store.load()).disabledSources).toEqual(ids);
    await Promise.all(['b', 'd'].map((id) => store.save((now) => ({ disabledSources: withItem(now.disabledSources, id, false) }))));
    expect((await store.load()).disabledSources).toEqual(['a', 'c', 'e']);
  });

  it('stores 2,000 paused hosts (far past sync’s 8 KB per item) and reads them all back', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    const hosts = Array.from({ length: 2000 }, (_, i) => `site-${i}.example-news.org`);
    expect(syncItemBytes(itemKey('pausedSites'), hosts)).toBeGreaterThan(SYNC_QUOTA.bytesPerItem);
    await store.save({ pausedSites: hosts });
    expect((await store.load()).pausedSites).toEqual(hosts);
  });

  it('a bad value is refused whole, naming the setting, and nothing is written', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    await expect(store.save({ hoverDelayMs: -1, theme: 'dark' })).rejects.toThrow(/hoverDelayMs/);
    expect(fake.sync.writes + fake.local.writes).toBe(0);
    // The queue goes on after a refusal.
    await store.save({ theme: 'dark' });
    expect((await store.load()).theme).toBe('dark');
  });

  it('falls back to local for every setting where sync is unavailable', async () => {
    const fake = fakeStorage({ syncBroken: true });
    const store = createSettingsStorage(fake);
    await store.save({ theme: 'light', allowedSites: ['bbc.co.uk'] });
    expect(Object.fromEntries(fake.local.data)).toEqual({ [itemKey('theme')]: 'light', [itemKey('allowedSites')]: ['bbc.co.uk'] });
    expect((await store.load()).theme).toBe('light');
  });

  it('reads the old single item as it was, and folds it into items on the first write without losing a value', async () => {
    const fake = fakeStorage();
    const old = { schema: 1, markStyle: 'background', pausedSites: ['Example.org:8080'], disabledSources: ['x'], theme: 'dark' };
    await fake.sync.set({ [LEGACY_KEY]: old });
    const store = createSettingsStorage(fake);
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'background', pausedSites: ['example.org'], disabledSources: ['x'], theme: 'dark' });
    await store.save({ hoverDelayMs: 100 });
    expect(fake.sync.data.has(LEGACY_KEY)).toBe(false);
    expect(Object.fromEntries(fake.sync.data)).toEqual({
      [itemKey('markStyle')]: 'background',
      [itemKey('theme')]: 'dark',
      [itemKey('hoverDelayMs')]: 100,
    });
    expect(Object.fromEntries(fake.local.data)).toEqual({ [itemKey('pausedSites')]: ['example.org'], [itemKey('disabledSources')]: ['x'] });
  });

  it('keeps a copy of an old item whose values no longer validate', async () => {
    const fake = fakeStorage();
    const old = { schema: 1, theme: 'neon', markStyle: 'none' };
    await fake.local.set({ [LEGACY_KEY]: old });
    const store = createSettingsStorage(fake);
    await store.migrate();
    expect(fake.local.data.get(LEGACY_BACKUP_KEY)).toEqual(old);
    expect(fake.local.data.has(LEGACY_KEY)).toBe(false);
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none' });
  });

  it('tells watchers once per change, with the whole settings', async () => {
    const fake = fakeStorage();
    const store = createSettingsStorage(fake);
    const seen: string[] = [];
    const stop = store.watch((s) => seen.push(`${s.theme}/${s.pausedSites.join(',')}`));
    await store.save({ theme: 'dark', pausedSites: ['a.org'] });
    await new Promise((r) => setTimeout(r, 20));
    stop();
    await store.save({ theme: 'light' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['dark/a.org']);
  });
});

describe('limits that fit the quotas', () => {
  /** The longest value each setting's schema accepts, or null where it has no list. */
  const worstList = (key: keyof typeof DEFAULT_SETTINGS): number => {
    // Lists: probe the schema's maximum length with the longest valid element.
    const element =
      key === 'disabledSources'
        ? 'x'.repeat(128)
        : key === 'mutedEntities'
          ? 'x'.repeat(64)
          : key === 'mutedTypes'
            ? 'organization'
            : `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    let n = 1;
    while (v.safeParse(SETTING_SCHEMAS[key], Array(n * 2).fill(element)).success && n < 1e6) n *= 2;
    let lo = n, hi = n * 2;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (v.safeParse(SETTING_SCHEMAS[key], Array(mid).fill(element)).success) lo = mid;
      else hi = mid;
    }
    return syncItemBytes(itemKey(key), Array(lo).fill(element));
  };

  it('every list setting at its longest fits storage.local together (5 MB, the smallest any supported browser gives)', () => {
    const lists = (Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>).filter((k) => areaOf(k) === 'local');
    expect(lists.sort()).toEqual(['allowedSites', 'disabledSources', 'mutedEntities', 'mutedTypes', 'pausedSites']);
    const total = lists.reduce((sum, k) => sum + worstList(k), 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it('the synced settings are few and small next to sync’s item count and total', () => {
    const synced = (Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>).filter((k) => areaOf(k) === 'sync' && k !== 'schema');
    expect(synced.length).toBeLessThan(SYNC_QUOTA.items);
    expect(synced.reduce((sum, k) => sum + syncItemBytes(itemKey(k), DEFAULT_SETTINGS[k]), 0)).toBeLessThan(SYNC_QUOTA.bytes / 10);
  });
});
