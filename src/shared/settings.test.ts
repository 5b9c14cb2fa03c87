import { afterEach, describe, expect, it, vi } from 'vitest';

// settings.ts over a fake `browser.storage` (two in-memory areas and onChanged): what is checked is
// that it hands the browser's storage and Caravan's logger to the storage layer, once per context.
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, areaName: string) => void;
const changeListeners = new Set<ChangeListener>();
function area(name: string) {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (keys: string | string[] | null) => {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Promise.resolve(Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])));
    },
    set: (items: Record<string, unknown>) => {
      const changes: Changes = {};
      for (const [k, value] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: value };
        data.set(k, structuredClone(value));
      }
      changeListeners.forEach((l) => l(changes, name));
      return Promise.resolve();
    },
    remove: (keys: string | string[]) => {
      const changes: Changes = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      if (Object.keys(changes).length) changeListeners.forEach((l) => l(changes, name));
      return Promise.resolve();
    },
  };
}
const sync = area('sync');
const local = area('local');
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync,
      local,
      onChanged: {
        addListener: (l: ChangeListener) => changeListeners.add(l),
        removeListener: (l: ChangeListener) => changeListeners.delete(l),
      },
    },
  },
}));

const { loadSettings, saveSettings, migrateSettings, watchSettings, DEFAULT_SETTINGS, SettingsError, withItem } = await import('./settings');

afterEach(() => {
  sync.data.clear();
  local.data.clear();
  vi.restoreAllMocks();
});

describe('settings on the browser storage', () => {
  it('loads the defaults from empty storage, and re-exports the schema and the error', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(withItem(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(new SettingsError('x')).toBeInstanceOf(Error);
  });

  it('saves a scalar into storage.sync and a list into storage.local, one item per setting, and reads them back', async () => {
    const saved = await saveSettings({ hoverDelayMs: 500, pausedSites: ['example.org'] });
    expect(saved.hoverDelayMs).toBe(500);
    expect(Object.fromEntries(sync.data)).toEqual({ 'setting.hoverDelayMs': 500 });
    expect(Object.fromEntries(local.data)).toEqual({ 'setting.pausedSites': ['example.org'] });
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 500, pausedSites: ['example.org'] });
  });

  it('queues writes through one storage layer: two quick list updates both stick', async () => {
    await Promise.all([
      saveSettings((s) => ({ mutedEntities: withItem(s.mutedEntities, 'kabul', true) })),
      saveSettings((s) => ({ mutedEntities: withItem(s.mutedEntities, 'almaty', true) })),
    ]);
    expect(local.data.get('setting.mutedEntities')).toEqual(['kabul', 'almaty']);
  });

  it('rejects an invalid value with a SettingsError naming the setting, and stores nothing', async () => {
    const error = await saveSettings({ theme: 'neon' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message.startsWith('theme: ')).toBe(true);
    expect(sync.data.size + local.data.size).toBe(0);
  });

  it('warns through Caravan\'s logger when a stored value falls back to its default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sync.data.set('setting.hoverDelayMs', 'slow');
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith('[Caravan]', 'settings fell back to defaults for:', 'hoverDelayMs');
  });

  it('migrates the first format\'s single item into one item per setting', async () => {
    sync.data.set('settings', { ...DEFAULT_SETTINGS, theme: 'dark', pausedSites: ['example.org'] });
    await migrateSettings();
    expect(sync.data.has('settings')).toBe(false);
    expect(sync.data.get('setting.theme')).toBe('dark');
    expect(local.data.get('setting.pausedSites')).toEqual(['example.org']);
  });

  it('tells a watcher the new settings after a change, and nothing after unsubscribing', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.markStyle));
    await saveSettings({ markStyle: 'background' });
    await vi.waitFor(() => expect(seen).toEqual(['background']));
    stop();
    await saveSettings({ markStyle: 'none' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['background']);
    expect(changeListeners.size).toBe(0);
  });
});
