/**
 * Caravan's settings, defined once. The type derives from the defaults; validation and migration
 * live here and nowhere else. Pure (no browser API), so it is unit-tested in Node.
 */
import * as v from 'valibot';
import { HOST_PROBLEM, normalizeHost } from './hosts';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings-keys';
import type { EntityType } from './pack-types';

/** Every entity type, for the muted-types check (the `satisfies` and the test keep it complete). */
export const ENTITY_TYPES = ['country', 'region', 'city', 'person', 'organization', 'program', 'agreement', 'event', 'other'] as const satisfies readonly EntityType[];

export { DEFAULT_SETTINGS, runsOnHost, type Settings, type SettingKey } from './settings-keys';
/**
 * A change: a patch, or a function of the latest stored settings that gives one (what a list
 * toggle needs, so that two quick changes never undo each other).
 */
export type SettingsUpdate = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export type SaveSettings = (update: SettingsUpdate) => Promise<Settings>;

/** `list` with `item` in it or out of it, order kept. */
export function withItem(list: readonly string[], item: string, present: boolean): string[] {
  const rest = list.filter((x) => x !== item);
  return present ? [...rest, item] : rest;
}

/** A site: anything `normalizeHost` reads ("Example.org:8080" → "example.org"), stored as its host. */
const host = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((s) => normalizeHost(s) !== null, (issue) => `${JSON.stringify(issue.input)}: ${HOST_PROBLEM}`),
  v.transform((s) => normalizeHost(s)!),
);

/** One schema per setting, so a bad value falls back alone and the rest are kept. */
export const SETTING_SCHEMAS: { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> } = {
  schema: v.literal(1),
  disabledSources: v.pipe(v.array(v.pipe(v.string(), v.maxLength(128))), v.maxLength(1000)),
  runOn: v.picklist(['all', 'allowlist']),
  allowedSites: v.pipe(v.array(host), v.maxLength(5000)),
  pausedSites: v.pipe(v.array(host), v.maxLength(5000)),
  markStyle: v.picklist(['underline', 'background', 'none']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  theme: v.picklist(['system', 'light', 'dark']),
  contextMarking: v.picklist(['topic', 'everywhere', 'never']),
  mutedEntities: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/))), v.maxLength(5000)),
  mutedTypes: v.pipe(v.array(v.picklist(ENTITY_TYPES)), v.maxLength(ENTITY_TYPES.length)),
  factlessEntities: v.picklist(['dim', 'hide']),
};

export interface SettingsProblem {
  key: string;
  message: string;
}

/** Brings older stored shapes up to the current one. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  // schema 0 (never shipped) had `enabledSources`; nothing to migrate yet beyond dropping it.
  const { enabledSources: _dropped, ...rest } = raw;
  return { ...rest, schema: 1 };
}

/**
 * Reads stored values: every unknown or malformed value falls back to its default, the rest are
 * kept. Returns the settings and what was wrong.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? migrate(raw as Record<string, unknown>) : {};
  if (raw !== undefined && input !== raw && (typeof raw !== 'object' || raw === null)) {
    problems.push({ key: '(root)', message: 'settings are not an object' });
  }
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    if (!(key in input)) continue;
    const result = v.safeParse(SETTING_SCHEMAS[key], input[key]);
    if (result.success) settings[key] = result.output;
    else problems.push({ key, message: result.issues.map((i) => i.message).join('; ') });
  }
  for (const key of Object.keys(input)) {
    if (!(key in DEFAULT_SETTINGS)) problems.push({ key, message: 'unknown setting' });
  }
  return { settings: settings as Settings, problems };
}
