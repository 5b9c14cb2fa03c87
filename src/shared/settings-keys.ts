/**
 * What a content loader needs of settings without the schema library (decision 0120, 0210): the
 * defaults, the storage item of each setting and its area, and whether Caravan runs on a host.
 * settings-schema.ts and settings-storage.ts re-export these: they are defined here only.
 */
import { anyCovers } from './hosts';
import type { EntityType } from './pack-types';

export const DEFAULT_SETTINGS = {
  /** Settings format, for migrations. */
  schema: 1,
  /** Source ids the reader turned off. Stored as "off" so that new sources arrive on. */
  disabledSources: [] as string[],
  /** 'all': every site; 'allowlist': only `allowedSites`. */
  runOn: 'all' as 'all' | 'allowlist',
  allowedSites: [] as string[],
  /** Hostnames where Caravan is paused. */
  pausedSites: [] as string[],
  markStyle: 'underline' as 'underline' | 'background' | 'none',
  /** Hover intent before a tooltip opens, ms. */
  hoverDelayMs: 300,
  theme: 'system' as 'system' | 'light' | 'dark',
  /** Where context entities (other states, world bodies, regions) are marked: decision 0190. */
  contextMarking: 'topic' as 'topic' | 'everywhere' | 'never',
  /** Entity ids the reader chose not to see marked. */
  mutedEntities: [] as string[],
  /** Entity types the reader chose not to see marked. */
  mutedTypes: [] as EntityType[],
  /** An entity without a fact in the enabled sources: marked fainter ('dim') or not at all. */
  factlessEntities: 'dim' as 'dim' | 'hide',
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;

/** The item a setting lives in. */
export const ITEM_PREFIX = 'setting.';
export const itemKey = (key: SettingKey): string => `${ITEM_PREFIX}${key}`;
/** The single item of the first format (schema 1, every value). */
export const LEGACY_KEY = 'settings';

/** Lists go to `storage.local`: they can outgrow sync's 8 KB per item; the rest to sync. */
export function areaOf(key: SettingKey): 'local' | 'sync' {
  return Array.isArray(DEFAULT_SETTINGS[key]) ? 'local' : 'sync';
}

/** True where Caravan should run on a page of this hostname. */
export function runsOnHost(settings: Pick<Settings, 'runOn' | 'allowedSites' | 'pausedSites'>, hostname: string): boolean {
  if (anyCovers(settings.pausedSites, hostname)) return false;
  return settings.runOn === 'all' || anyCovers(settings.allowedSites, hostname);
}
