/**
 * Settings storage for the extension's contexts: the storage layer (settings-storage.ts) on the
 * browser's storage. Read through `loadSettings`, written through `saveSettings`, watched through
 * `watchSettings`.
 */
import browser from 'webextension-polyfill';
import { log } from './log';
import { createSettingsStorage, type StorageLike } from './settings-storage';
import type { Settings, SettingsUpdate } from './settings-schema';

export * from './settings-schema';
export { SettingsError } from './settings-storage';

let storage: ReturnType<typeof createSettingsStorage> | null = null;
const settingsStorage = (): ReturnType<typeof createSettingsStorage> =>
  (storage ??= createSettingsStorage(browser.storage as unknown as StorageLike, log.warn));

export function loadSettings(): Promise<Settings> {
  return settingsStorage().load();
}

/**
 * Writes a patch, or a function of the latest stored settings giving one (use that for lists: a
 * patch built from what a page rendered undoes a change made since). Resolves with the saved
 * settings; rejects with a `SettingsError` that says what was wrong.
 */
export function saveSettings(update: SettingsUpdate): Promise<Settings> {
  return settingsStorage().save(update);
}

/** Folds the first format's single item into one item per setting (run at install and update). */
export function migrateSettings(): Promise<void> {
  return settingsStorage().migrate();
}

/** Calls `onChange` with the new settings whenever they change, in any context. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsStorage().watch(onChange);
}
