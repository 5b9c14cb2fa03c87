/**
 * Settings storage: `storage.sync`, falling back to `storage.local` where sync is unavailable.
 * Read through `loadSettings`, written through `saveSettings`, watched through `watchSettings`.
 */
import browser, { type Storage } from 'webextension-polyfill';
import { log } from './log';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings-schema';

export * from './settings-schema';

const KEY = 'settings';

async function area(): Promise<Storage.StorageArea> {
  try {
    await browser.storage.sync.get(KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await (await area()).get(KEY))[KEY];
  if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
  const { settings, problems } = validateSettings(stored);
  if (problems.length) log.warn('settings fell back to defaults for:', problems.map((p) => p.key).join(', '));
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  const { settings, problems } = validateSettings(next);
  if (problems.length) throw new Error(problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
  await (await area()).set({ [KEY]: settings });
  return settings;
}

/** Calls `onChange` with the new settings whenever they change, in any context. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>): void => {
    const change = changes[KEY];
    if (change) onChange(validateSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
