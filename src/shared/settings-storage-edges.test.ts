// settings-storage.ts where settings-storage.test.ts does not look: the exact warnings and errors,
// a browser refusing a write, sync failing once (then never asked again), an old item in both
// areas, and what the watcher ignores or reports.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from './settings-schema';
import { SettingsError, createSettingsStorage, itemKey, LEGACY_KEY, syncItemBytes } from './settings-storage';
import { fakeStorage, type FakeStorageOptions } from './settings-storage.test-data';

/** The shared fake, answering at once: these tests settle with a short timer. */
const storage = (opts: FakeStorageOptions = {}) => fakeStorage({ answers: 'now', ...opts });

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 10));

describe('syncItemBytes', () => {
  it('counts the key and the UTF-8 bytes of the JSON value', () => {
    expect(syncItemBytes('ab', 'é')).toBe(2 + 4);
    expect(syncItemBytes('k', ['x'])).toBe(1 + 5);
    expect(syncItemBytes('', 300)).toBe(3);
  });
});

describe('warnings and errors', () => {
  it('warns once per load naming every value that fell back, in settings order', async () => {
    const s = storage();
    s.sync.data.set(itemKey('theme'), 'neon');
    s.sync.data.set(itemKey('hoverDelayMs'), -1);
    const warn = vi.fn();
    const loaded = await createSettingsStorage(s, warn).load();
    expect(loaded).toEqual(DEFAULT_SETTINGS);
    expect(warn.mock.calls).toEqual([['settings fell back to defaults for:', 'hoverDelayMs, theme']]);
  });

  it('does not warn when every stored value is good', async () => {
    const s = storage();
    s.sync.data.set(itemKey('theme'), 'dark');
    const warn = vi.fn();
    expect((await createSettingsStorage(s, warn).load()).theme).toBe('dark');
    expect(warn).not.toHaveBeenCalled();
  });

  it('turns a refused write into a SettingsError with the browser message', async () => {
    const s = storage();
    s.local.failSet = new Error('QUOTA_BYTES quota exceeded');
    const error = await createSettingsStorage(s).save({ pausedSites: ['a.org'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect(error).toMatchObject({ name: 'SettingsError', message: 'the browser refused to store the settings: QUOTA_BYTES quota exceeded' });
    s.local.failSet = 'plain refusal';
    await expect(createSettingsStorage(s).save({ pausedSites: ['a.org'] })).rejects.toThrow(
      /^the browser refused to store the settings: plain refusal$/,
    );
  });

  it('names each bad setting of a refused update on its own line', async () => {
    const error = (await createSettingsStorage(storage()).save({ theme: 'neon' as never, hoverDelayMs: -1 }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message.split('\n').map((line) => line.split(':')[0])).toEqual(['hoverDelayMs', 'theme']);
  });
});

describe('where settings are written', () => {
  it('writes only the settings the update names, and hands the update the latest stored settings', async () => {
    const s = storage();
    s.sync.data.set(itemKey('markStyle'), 'none');
    const store = createSettingsStorage(s);
    const update = vi.fn((now: typeof DEFAULT_SETTINGS) => ({ theme: now.markStyle === 'none' ? ('dark' as const) : ('light' as const) }));
    expect((await store.save(update)).theme).toBe('dark');
    expect(update).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, markStyle: 'none' });
    expect(Object.fromEntries(s.sync.data)).toEqual({ [itemKey('markStyle')]: 'none', [itemKey('theme')]: 'dark' });
    expect(s.local.calls.set + s.local.calls.remove).toBe(0);
    expect(s.sync.calls.remove).toBe(0);
  });

  it('removes a setting set back to its default from its own area only', async () => {
    const s = storage();
    s.local.data.set(itemKey('pausedSites'), ['a.org']);
    await createSettingsStorage(s).save({ pausedSites: [] });
    expect(s.local.data.size).toBe(0);
    expect(s.local.calls.remove).toBe(1);
    expect(s.sync.calls.set + s.sync.calls.remove).toBe(0);
  });

  it('asks sync once: after it fails, sync settings go to local and sync is left alone', async () => {
    const s = storage({ syncBroken: true });
    const store = createSettingsStorage(s);
    await store.save({ theme: 'dark' });
    await store.save({ theme: 'light', markStyle: 'none' });
    expect((await store.load()).theme).toBe('light');
    expect(s.sync.calls.get).toBe(1);
    expect(s.sync.calls.set).toBe(0);
    expect(Object.fromEntries(s.local.data)).toEqual({ [itemKey('theme')]: 'light', [itemKey('markStyle')]: 'none' });
    await store.save({ theme: 'system' });
    expect(Object.fromEntries(s.local.data)).toEqual({ [itemKey('markStyle')]: 'none' });
  });
});

describe('the first format', () => {
  it('prefers the item in sync over one in local', async () => {
    const s = storage();
    s.sync.data.set(LEGACY_KEY, { schema: 1, theme: 'dark' });
    s.local.data.set(LEGACY_KEY, { schema: 1, theme: 'light' });
    expect((await createSettingsStorage(s).load()).theme).toBe('dark');
  });

  it('reads the old item instead of newer items while it is there', async () => {
    const s = storage();
    s.local.data.set(LEGACY_KEY, { schema: 1, theme: 'light' });
    s.sync.data.set(itemKey('theme'), 'dark');
    expect((await createSettingsStorage(s).load()).theme).toBe('light');
  });

  it('migrate does nothing without an old item', async () => {
    const s = storage();
    await createSettingsStorage(s).migrate();
    expect(s.sync.calls.set + s.sync.calls.remove + s.local.calls.set + s.local.calls.remove).toBe(0);
  });

  it('removes the old item from local even when removing it from sync fails, and warns about values it dropped', async () => {
    const s = storage();
    s.local.data.set(LEGACY_KEY, { schema: 1, theme: 'neon', markStyle: 'none' });
    const remove = s.sync.remove.bind(s.sync);
    s.sync.remove = (keys) => (keys === LEGACY_KEY ? Promise.reject(new Error('sync down')) : remove(keys));
    const warn = vi.fn();
    await createSettingsStorage(s, warn).migrate();
    expect(s.local.data.has(LEGACY_KEY)).toBe(false);
    expect(warn).toHaveBeenCalledWith('old settings item held values no longer valid; kept a copy:', 'theme');
    expect(s.sync.data.get(itemKey('markStyle'))).toBe('none');
  });

  it('a clean old item leaves no backup and no warning', async () => {
    const s = storage();
    s.sync.data.set(LEGACY_KEY, { schema: 1, theme: 'dark' });
    const warn = vi.fn();
    await createSettingsStorage(s, warn).migrate();
    expect(warn).not.toHaveBeenCalled();
    expect([...s.local.data.keys()]).toEqual([]);
    expect(Object.fromEntries(s.sync.data)).toEqual({ [itemKey('theme')]: 'dark' });
  });
});

describe('watch', () => {
  it('ignores changes to other keys, reacts to setting items and the old item, and only to a real difference', async () => {
    const s = storage();
    const store = createSettingsStorage(s);
    const seen = vi.fn();
    store.watch(seen);
    s.fire({ other: { newValue: 1 }, 'setting': { newValue: 2 } });
    await settle();
    expect(s.sync.calls.get + s.local.calls.get).toBe(0);
    s.sync.data.set(itemKey('theme'), 'dark');
    s.fire({ [itemKey('theme')]: { newValue: 'dark' } });
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    s.fire({ [itemKey('theme')]: { newValue: 'dark' } });
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    s.local.data.set(LEGACY_KEY, { schema: 1, theme: 'light' });
    s.fire({ [LEGACY_KEY]: { newValue: {} } });
    await settle();
    expect(seen).toHaveBeenCalledTimes(2);
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('delivers only the latest of overlapping reads', async () => {
    const s = storage();
    const store = createSettingsStorage(s);
    const seen = vi.fn();
    store.watch(seen);
    s.sync.data.set(itemKey('theme'), 'dark');
    s.fire({ [itemKey('theme')]: {} });
    s.fire({ [itemKey('theme')]: {} });
    s.fire({ [itemKey('theme')]: {} });
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('warns when reading the changed settings fails, and stops listening when told to', async () => {
    const s = storage();
    const warn = vi.fn();
    const store = createSettingsStorage(s, warn);
    const stop = store.watch(() => undefined);
    expect(s.listeners.size).toBe(1);
    const failure = new Error('gone');
    s.local.get = () => Promise.reject(failure);
    s.fire({ [itemKey('theme')]: {} });
    await settle();
    expect(warn).toHaveBeenCalledWith('reading changed settings failed:', failure);
    stop();
    expect(s.listeners.size).toBe(0);
  });
});
