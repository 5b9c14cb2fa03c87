/** Reading a settings file: all or nothing. Pure (no browser API), unit-tested. */
import { DEFAULT_SETTINGS, validateSettings, type Settings, type SettingsProblem } from '../shared/settings-schema';

export type ImportResult =
  | { ok: true; patch: Partial<Settings>; keys: string[] }
  | { ok: false; problems: SettingsProblem[] };

const MAX_BYTES = 1_000_000;

/** Parses and validates; any problem at all rejects the whole file. Only the keys the file holds are applied. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, problems: [{ key: '(file)', message: 'the file is larger than 1 MB' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ key: '(file)', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ key: '(root)', message: 'settings are not an object' }] };
  }
  const { settings, problems } = validateSettings(raw);
  if (problems.length) return { ok: false, problems };
  const keys = (Object.keys(raw) as string[]).filter((k): k is keyof Settings => k in DEFAULT_SETTINGS && k !== 'schema');
  if (!keys.length) return { ok: false, problems: [{ key: '(root)', message: 'the file holds no settings' }] };
  const patch: Partial<Settings> = {};
  for (const k of keys as Array<keyof Settings>) (patch as Record<string, unknown>)[k] = settings[k];
  return { ok: true, patch, keys };
}

/** The file an export writes: every setting, pretty-printed. */
export function exportText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
