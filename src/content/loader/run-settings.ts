/**
 * The settings the loader decides by (whether Caravan runs on this host, where context names are
 * marked), read from their storage items by hand: the schema library stays in the detector. A
 * malformed value falls back to its default, as validateSettings would make it.
 */
import { itemKey, runsOnHost, type SettingKey, type Settings } from '../../shared/settings-keys';
import type { StorageArea } from './ext';
import { GATE_KEYS_ITEM } from './gate-keys';

export type RunSettings = Pick<Settings, 'runOn' | 'allowedSites' | 'pausedSites' | 'contextMarking'>;
/**
 * The settings read and the storage area of each: settings-keys' areaOf, written out so the loader
 * does not carry every default (run-settings.test.ts checks that they agree).
 */
export const RUN_AREAS = { runOn: 'sync', contextMarking: 'sync', allowedSites: 'local', pausedSites: 'local' } as const satisfies Partial<Record<SettingKey, 'sync' | 'local'>>;
const RUN_KEYS = Object.keys(RUN_AREAS) as Array<keyof typeof RUN_AREAS>;

const isList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The run settings from stored values. */
export function readRunSettings(stored: Record<string, unknown>): RunSettings {
  const { runOn, allowedSites, pausedSites, contextMarking } = stored;
  return {
    runOn: runOn === 'allowlist' ? 'allowlist' : 'all',
    allowedSites: isList(allowedSites) ? allowedSites : [],
    pausedSites: isList(pausedSites) ? pausedSites : [],
    contextMarking: contextMarking === 'everywhere' || contextMarking === 'never' ? contextMarking : 'topic',
  };
}

/** True for a storage change that may change the run settings. */
export function touchesRunSettings(changed: Record<string, unknown>): boolean {
  return RUN_KEYS.some((k) => itemKey(k) in changed);
}

/**
 * Reads them from storage, and the gate's stored keys with them: sync's items from sync (local where sync refuses), lists from local.
 * The first format's single item is not read: the background folds it into items when the
 * extension updates (migrateSettings), and that write reaches the loader through onChanged.
 */
export async function loadRunSettings(areas: { sync: StorageArea; local: StorageArea }): Promise<RunSettings & { gateKeys: unknown }> {
  const sync = [itemKey('runOn'), itemKey('contextMarking')];
  // Both at once; the gate's full keys come with the local call (decision 0280).
  const [syncGot, localGot] = await Promise.all([
    areas.sync.get(sync).catch(() => areas.local.get(sync)),
    areas.local.get([itemKey('allowedSites'), itemKey('pausedSites'), GATE_KEYS_ITEM]),
  ]);
  // Item keys differ between the areas: one record of both (RUN_AREAS says which is where).
  const got = { ...localGot, ...syncGot };
  return { ...readRunSettings(Object.fromEntries(RUN_KEYS.map((k) => [k, got[itemKey(k)]]))), gateKeys: localGot[GATE_KEYS_ITEM] };
}

export { runsOnHost };
