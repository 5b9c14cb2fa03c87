/**
 * Reading a settings file: all or nothing, and every refusal said in a plain sentence (never the
 * validator's own text). Pure (no browser API), unit-tested.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, validateSettings, type SettingKey, type Settings, type SettingsProblem } from '../shared/settings-schema';
import { addFallbacks, t } from '../ui/i18n';

export type ImportResult =
  | { ok: true; patch: Partial<Settings>; keys: string[]; sources?: BackupSource[] }
  | { ok: false; problems: SettingsProblem[] };

/** The ids a file's settings may name: what this browser's store holds. */
export interface KnownIds {
  sources?: ReadonlySet<string>;
  entities?: ReadonlySet<string>;
}

/** A backup carries the reader's sources' texts too (issue 20): up to 500 of up to 2 MB each is more than this; a larger file is not a backup. */
/** A source of the reader's in a backup file: what src/reader/kept.ts keeps. */
const BACKUP_SOURCE = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^reader-[0-9a-f]{12}$/)),
  title: v.pipe(v.string(), v.maxLength(1000)),
  text: v.string(),
  lang: v.pipe(v.string(), v.maxLength(35)),
  url: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  author: v.optional(v.pipe(v.string(), v.maxLength(300))),
  published: v.optional(v.pipe(v.string(), v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/))),
  addedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type BackupSource = v.InferOutput<typeof BACKUP_SOURCE>;
/** The key of a backup file that holds the reader's sources, beside the settings. */
export const SOURCES_KEY = 'readerSources';

const MAX_BYTES = 64_000_000;
const FORMAT = DEFAULT_SETTINGS.schema;

/** English for the sentences below; messages.json says the same (import-file.test.ts checks). */
export const IMPORT_MESSAGES_EN = {
  importTooLarge: 'The file is larger than 64 MB: it is not a Caravan settings file.',
  importBadSources: 'The file’s sources of yours are malformed ($1), so nothing was imported.',
  importNotJson: 'The file is not JSON, so it is not a Caravan settings file.',
  importNotObject: 'The file does not hold a set of settings.',
  importEmpty: 'The file holds no settings.',
  importFormat: 'The file is in settings format $1; this version of Caravan reads format $2.',
  importUnknownKey: '“$1” is not a setting Caravan has.',
  importNotOneOf: '$1: “$2” is not one of $3.',
  importNumber: '$1: “$2” is not a whole number from $3 to $4.',
  importNotList: '$1: the file gives “$2” where a list belongs.',
  importUnknownSource: '$1: “$2” is not one of the sources Caravan has.',
  importUnknownEntity: '$1: “$2” is not a name Caravan knows.',
  importOther: '$1: $2',
  settingName_disabledSources: 'Sources turned off',
  settingName_runOn: 'Where Caravan runs',
  settingName_allowedSites: 'Allowed sites',
  settingName_pausedSites: 'Paused sites',
  settingName_markStyle: 'Marking style',
  settingName_hoverDelayMs: 'Hover delay',
  settingName_theme: 'Theme',
  settingName_contextMarking: 'Other countries and world bodies',
  settingName_mutedEntities: 'Names not marked',
  settingName_mutedTypes: 'Kinds of names not marked',
  settingName_factlessEntities: 'Names the sources say nothing about',
} as const;
addFallbacks(IMPORT_MESSAGES_EN);

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 80);
const nameOf = (key: SettingKey): string => t(`settingName_${key}`);

/** "a, b or c" */
function choices(options: readonly unknown[]): string {
  const list = options.map(String);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)!}` : (list[0] ?? '');
}

/** The first value of a list that its setting refuses, else the value itself. */
function offending(key: SettingKey, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const item = (SETTING_SCHEMAS[key] as unknown as { pipe?: Array<{ item?: v.GenericSchema }> }).pipe?.[0]?.item;
  return item ? (value.find((x) => !v.safeParse(item, x).success) ?? value) : value;
}

/** A setting's refusal in a sentence: what the file gave and what would do. */
export function plainProblem(key: SettingKey, value: unknown, validatorMessage: string): string {
  const schema = SETTING_SCHEMAS[key] as unknown as { options?: readonly unknown[]; type?: string };
  if (Array.isArray(schema.options)) return t('importNotOneOf', [nameOf(key), shown(value), choices(schema.options)]);
  if (key === 'hoverDelayMs') return t('importNumber', [nameOf(key), shown(value), 0, 2000]);
  if (Array.isArray(DEFAULT_SETTINGS[key]) && !Array.isArray(value)) return t('importNotList', [nameOf(key), shown(value)]);
  const bad = offending(key, value);
  if (key === 'mutedTypes') return t('importNotOneOf', [nameOf(key), shown(bad), choices((SETTING_SCHEMAS.mutedTypes as unknown as { pipe: Array<{ item: { options: string[] } }> }).pipe[0]!.item.options)]);
  // The site and id checks already say what is wrong with the value, in words.
  return t('importOther', [nameOf(key), validatorMessage]);
}

/** Parses and validates; any problem at all rejects the whole file. Only the keys the file holds are applied. */
export function parseSettingsFile(text: string, known: KnownIds = {}): ImportResult {
  const fail = (key: string, message: string): ImportResult => ({ ok: false, problems: [{ key, message }] });
  if (text.length > MAX_BYTES) return fail('(file)', t('importTooLarge'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('(file)', t('importNotJson'));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(root)', t('importNotObject'));
  // The reader's sources travel beside the settings; their ids count as known to the settings that name them.
  const { [SOURCES_KEY]: rawSources, ...input } = raw as Record<string, unknown>;
  let sources: BackupSource[] = [];
  if (rawSources !== undefined) {
    const checked = v.safeParse(v.pipe(v.array(BACKUP_SOURCE), v.maxLength(500)), rawSources);
    if (!checked.success) return fail(SOURCES_KEY, t('importBadSources', checked.issues[0]?.path?.map((p) => String(p.key)).join('.') || checked.issues[0]!.message));
    sources = checked.output;
    if (sources.length) known = { ...known, sources: new Set([...(known.sources ?? []), ...sources.map((x) => x.id)]) };
  }
  // Another format is refused whole: its values may mean other things here.
  if ('schema' in input && input.schema !== FORMAT) return fail('schema', t('importFormat', [shown(input.schema), FORMAT]));
  const { settings, problems: found } = validateSettings(input);
  const problems: SettingsProblem[] = found.map((p) =>
    p.key in DEFAULT_SETTINGS
      ? { key: p.key, message: plainProblem(p.key as SettingKey, input[p.key], p.message) }
      : { key: p.key, message: p.key === '(root)' ? t('importNotObject') : t('importUnknownKey', p.key) },
  );
  // Ids this browser does not have: a file from another build or made by hand, said as such.
  const unknownIn = (key: 'disabledSources' | 'mutedEntities', ids: ReadonlySet<string> | undefined, message: 'importUnknownSource' | 'importUnknownEntity') => {
    if (!ids || !(key in input) || problems.some((p) => p.key === key)) return;
    const stranger = settings[key].find((id) => !ids.has(id));
    if (stranger !== undefined) problems.push({ key, message: t(message, [nameOf(key), stranger]) });
  };
  unknownIn('disabledSources', known.sources, 'importUnknownSource');
  unknownIn('mutedEntities', known.entities, 'importUnknownEntity');
  if (problems.length) return { ok: false, problems };
  const keys = Object.keys(input).filter((k): k is keyof Settings => k in DEFAULT_SETTINGS && k !== 'schema');
  if (!keys.length && !sources.length) return fail('(root)', t('importEmpty'));
  const patch: Partial<Settings> = {};
  for (const k of keys) (patch as Record<string, unknown>)[k] = settings[k];
  return { ok: true, patch, keys, ...(sources.length ? { sources } : {}) };
}

/** The file an export writes: every setting, pretty-printed, and the reader's sources where there are any. */
export function exportText(settings: Settings, sources: readonly BackupSource[] = []): string {
  return `${JSON.stringify(sources.length ? { ...settings, [SOURCES_KEY]: sources } : settings, null, 2)}\n`;
}
