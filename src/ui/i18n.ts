/**
 * UI strings, for the extension pages and the tooltip alike: every visible string goes through `t`,
 * keyed in src/static/_locales/en/messages.json. Substitutions are `$1`…`$9`; a count is always `$1`.
 * The extension's `i18n` API is read from the global namespace (no webextension-polyfill), so this
 * runs in content scripts, pages, and Node; where no API answers (Node, an invalidated context, a
 * key the catalogue lacks) the English fallbacks a module registered are used, else the key itself.
 */

type Subs = string | number | ReadonlyArray<string | number>;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

/** `browser.i18n` (Firefox) or `chrome.i18n` (Chrome, and Firefox's alias); absent outside an extension. */
function extensionI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

const fallbacks = new Map<string, string>();

/** Registers English text for keys, used where the extension's catalogue does not answer. */
export function addFallbacks(table: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(table)) fallbacks.set(key, text);
}

/** "$1 facts" with ["5"] → "5 facts"; "$$" is a literal "$", as in the browser. */
export function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

export function t(key: string, subs?: Subs): string {
  const list = subs === undefined ? [] : (typeof subs === 'object' ? [...subs] : [subs]).map(String);
  let text = '';
  try {
    text = extensionI18n()?.getMessage(key, list.length > 0 ? list : undefined) ?? '';
  } catch {
    // An invalidated context (the extension was reloaded under the page) throws: use the fallback.
  }
  // A key with neither reads as its name, so it is noticed rather than shown blank.
  return text || substitute(fallbacks.get(key) ?? key, list);
}

/** `key` + "One" for 1, `key` + "Other" otherwise; the count is `$1`, then `more`. */
export function tCount(key: string, n: number, more: ReadonlyArray<string | number> = []): string {
  return t(`${key}${n === 1 ? 'One' : 'Other'}`, [n, ...more]);
}

/** The browser's UI language, e.g. "en-US"; "en" outside an extension. */
export function uiLanguage(): string {
  try {
    return extensionI18n()?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}
