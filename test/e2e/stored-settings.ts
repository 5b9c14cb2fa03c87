/**
 * Reading and clearing the stored settings from inside an extension page, in the storage format of
 * decision 0120 (one `setting.<key>` item per changed setting, lists in storage.local, the rest in
 * storage.sync or local). Each function is passed to `evaluate` whole, so it refers to nothing
 * outside itself.
 */
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema';

interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}
interface Apis {
  browser?: { storage: { sync: Area; local: Area } };
  chrome?: { storage: { sync: Area; local: Area } };
}

/** The settings in effect as stored: every default, overlaid with each stored item. Pass DEFAULTS as the argument. */
export async function storedSettingsInPage(defaults: Record<string, unknown>): Promise<Record<string, unknown>> {
  const api = ((globalThis as unknown as Apis).browser ?? (globalThis as unknown as Apis).chrome)!;
  const items: Record<string, unknown> = {};
  for (const area of [api.storage.local, api.storage.sync]) {
    const got = await area.get(null).catch(() => ({}) as Record<string, unknown>);
    if (got.settings !== undefined) return { ...defaults, ...(got.settings as Record<string, unknown>) };
    for (const [key, value] of Object.entries(got)) if (key.startsWith('setting.')) items[key.slice('setting.'.length)] = value;
  }
  return { ...defaults, ...items };
}

/** Every settings item removed, in both areas: the defaults apply again. */
export async function clearSettingsInPage(): Promise<void> {
  const api = ((globalThis as unknown as Apis).browser ?? (globalThis as unknown as Apis).chrome)!;
  for (const area of [api.storage.sync, api.storage.local]) {
    const got = await area.get(null).catch(() => ({}) as Record<string, unknown>);
    const keys = Object.keys(got).filter((k) => k === 'settings' || k.startsWith('setting.'));
    if (keys.length) await area.remove(keys).catch(() => undefined);
  }
}

export const DEFAULTS = DEFAULT_SETTINGS as unknown as Record<string, unknown>;

/** Polls the stored settings (from Node) until `ok` holds of them; the last read is the error's message. */
export async function waitForStored(
  page: { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> },
  ok: (settings: Record<string, unknown>) => boolean,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const settings = await page.evaluate(storedSettingsInPage, DEFAULTS);
    if (ok(settings)) return settings;
    if (Date.now() > until) throw new Error(`stored settings never matched: ${JSON.stringify(settings).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
