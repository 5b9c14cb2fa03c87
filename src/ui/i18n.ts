/**
 * UI strings: every visible string goes through `t`, keyed in src/static/_locales/en/messages.json.
 * Substitutions are `$1`…`$9` in the message text.
 */
import browser from 'webextension-polyfill';

export function t(key: string, subs?: string | number | Array<string | number>): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  const text = browser.i18n.getMessage(key, list);
  // A missing key reads as its name, so it is noticed rather than shown blank.
  return text || key;
}

/** `key` + "One" for 1, `key` + "Other" otherwise; the count is $1. */
export function tCount(key: string, n: number, more: Array<string | number> = []): string {
  return t(`${key}${n === 1 ? 'One' : 'Other'}`, [n, ...more]);
}

/** The browser's UI language, e.g. "en-US". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
