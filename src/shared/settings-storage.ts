/**
 * How settings are kept (decision 0120): one storage item per setting, written only when the reader
 * changed it (a value equal to its default is removed, not stored); list settings in `storage.local`
 * (they outgrow sync's 8 KB per item), the others in `storage.sync` (or `local` where sync is
 * unavailable); writes queued, each applied to the latest stored value. The format before this one,
 * a single `settings` item holding every value, is read as it always was and folded into the items
 * on the first write (or at install/update) without losing a value.
 *
 * Written against the few storage calls it uses (`StorageLike`), so the unit tests run it on an
 * in-memory fake with sync's quotas; `settings.ts` gives it the browser's.
 */
import { DEFAULT_SETTINGS, validateSettings, type SettingKey, type Settings, type SettingsUpdate } from './settings-schema';
import { areaOf, ITEM_PREFIX, itemKey, LEGACY_KEY } from './settings-keys';

export interface AreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageLike {
  sync: AreaLike;
  local: AreaLike;
  onChanged: {
    addListener(listener: (changes: Record<string, StorageChangeLike>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, StorageChangeLike>, areaName: string) => void): void;
  };
}

export { ITEM_PREFIX, itemKey, LEGACY_KEY, areaOf } from './settings-keys';
/** Where a first-format item that held values no longer valid is kept, so nothing is lost. */
export const LEGACY_BACKUP_KEY = 'settings.legacy-backup';

/** storage.sync's quotas (Chrome and Firefox alike). */
export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, items: 512 } as const;

/** `schema` describes a file or an old item; it is never stored as a setting of its own. */
const STORED_KEYS = (Object.keys(DEFAULT_SETTINGS) as SettingKey[]).filter((k) => k !== 'schema');

const LOCAL_KEYS = STORED_KEYS.filter((k) => areaOf(k) === 'local');
const SYNC_KEYS = STORED_KEYS.filter((k) => areaOf(k) === 'sync');

/** The size sync counts for an item: its key and its value as JSON. */
export function syncItemBytes(key: string, value: unknown): number {
  return key.length + new TextEncoder().encode(JSON.stringify(value)).length;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export interface SettingsStorage {
  load(): Promise<Settings>;
  save(update: SettingsUpdate): Promise<Settings>;
  /** Folds a first-format item into one item per setting; a no-op when there is none. */
  migrate(): Promise<void>;
  watch(onChange: (settings: Settings) => void): () => void;
}

export function createSettingsStorage(storage: StorageLike, warn: (...args: unknown[]) => void = () => undefined): SettingsStorage {
  let syncUsable: boolean | null = null;

  /** The area for sync's keys: sync, or local where sync refuses (Firefox without an add-on id, some policies). */
  async function syncGet(keys: string[]): Promise<{ area: AreaLike; got: Record<string, unknown> }> {
    if (syncUsable !== false) {
      try {
        const got = await storage.sync.get(keys);
        syncUsable = true;
        return { area: storage.sync, got };
      } catch {
        syncUsable = false;
      }
    }
    return { area: storage.local, got: await storage.local.get(keys) };
  }

  async function readItems(): Promise<{ items: Record<string, unknown>; legacy: unknown; syncArea: AreaLike }> {
    const [sync, local] = await Promise.all([
      syncGet([...SYNC_KEYS.map(itemKey), LEGACY_KEY]),
      storage.local.get([...LOCAL_KEYS.map(itemKey), LEGACY_KEY]),
    ]);
    const items: Record<string, unknown> = {};
    for (const key of STORED_KEYS) {
      const got = (areaOf(key) === 'local' ? local : sync.got)[itemKey(key)];
      if (got !== undefined) items[key] = got;
    }
    // The first format kept its item in sync where sync worked, else in local.
    const legacy = sync.got[LEGACY_KEY] ?? local[LEGACY_KEY];
    return { items, legacy, syncArea: sync.area };
  }

  function validated(raw: unknown): Settings {
    const { settings, problems } = validateSettings(raw);
    if (problems.length) warn('settings fell back to defaults for:', problems.map((p) => p.key).join(', '));
    return settings;
  }

  async function load(): Promise<Settings> {
    const { items, legacy } = await readItems();
    // A first-format item not yet folded in is the whole of the settings, as it always was.
    return validated(legacy !== undefined ? legacy : items);
  }

  async function writeItems(syncArea: AreaLike, next: Settings, keys: readonly SettingKey[]): Promise<void> {
    const set = { sync: {} as Record<string, unknown>, local: {} as Record<string, unknown> };
    const remove = { sync: [] as string[], local: [] as string[] };
    for (const key of keys) {
      const area = areaOf(key);
      if (sameValue(next[key], DEFAULT_SETTINGS[key])) remove[area].push(itemKey(key));
      else {
        if (area === 'sync' && syncItemBytes(itemKey(key), next[key]) > SYNC_QUOTA.bytesPerItem) {
          throw new SettingsError(`${key}: the value is larger than the ${SYNC_QUOTA.bytesPerItem} bytes one synced setting may hold`);
        }
        set[area][itemKey(key)] = next[key];
      }
    }
    const syncTarget = syncArea === storage.local ? 'local' : 'sync';
    if (syncTarget === 'local') {
      Object.assign(set.local, set.sync);
      remove.local.push(...remove.sync);
    }
    const writes: Array<Promise<void>> = [];
    if (Object.keys(set.local).length) writes.push(storage.local.set(set.local));
    if (remove.local.length) writes.push(storage.local.remove(remove.local));
    if (syncTarget === 'sync' && Object.keys(set.sync).length) writes.push(storage.sync.set(set.sync));
    if (syncTarget === 'sync' && remove.sync.length) writes.push(storage.sync.remove(remove.sync));
    try {
      await Promise.all(writes);
    } catch (err) {
      throw new SettingsError(`the browser refused to store the settings: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function migrate(): Promise<void> {
    const { legacy, syncArea } = await readItems();
    if (legacy === undefined) return;
    const { settings, problems } = validateSettings(legacy);
    // Every value written as its own item before the old one goes: an interruption loses nothing.
    await writeItems(syncArea, settings, STORED_KEYS);
    if (problems.length) {
      warn('old settings item held values no longer valid; kept a copy:', problems.map((p) => p.key).join(', '));
      await storage.local.set({ [LEGACY_BACKUP_KEY]: legacy });
    }
    await Promise.all([storage.sync.remove(LEGACY_KEY).catch(() => undefined), storage.local.remove(LEGACY_KEY)]);
  }

  // One queue per context: each write starts from what the one before it stored, so two quick
  // changes never undo each other.
  let queue: Promise<unknown> = Promise.resolve();

  async function applyUpdate(update: SettingsUpdate): Promise<Settings> {
    await migrate();
    const { items, syncArea } = await readItems();
    const current = validated(items);
    const patch = typeof update === 'function' ? update(current) : update;
    const { settings, problems } = validateSettings({ ...current, ...patch });
    if (problems.length) throw new SettingsError(problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
    await writeItems(syncArea, settings, STORED_KEYS.filter((k) => k in patch));
    return settings;
  }

  function save(update: SettingsUpdate): Promise<Settings> {
    const result = queue.then(() => applyUpdate(update));
    queue = result.catch(() => undefined);
    return result;
  }

  function watch(onChange: (settings: Settings) => void): () => void {
    let asked = 0;
    let last = '';
    const listener = (changes: Record<string, StorageChangeLike>): void => {
      if (!Object.keys(changes).some((k) => k === LEGACY_KEY || k.startsWith(ITEM_PREFIX))) return;
      const mine = ++asked;
      load().then(
        (settings) => {
          // Only the latest read is delivered, and only when it differs (one write touches several items).
          const json = JSON.stringify(settings);
          if (mine !== asked || json === last) return;
          last = json;
          onChange(settings);
        },
        (err: unknown) => warn('reading changed settings failed:', err),
      );
    };
    storage.onChanged.addListener(listener);
    return () => storage.onChanged.removeListener(listener);
  }

  return { load, save, migrate, watch };
}
