/**
 * Which way a language is written, in one place for the pack build, the detector, the tooltip and
 * the extension pages. Pure, unit-tested.
 */

/** Languages written right to left (primary subtags), the corpus's Persian, Dari and Pashto among them. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);

/** Script subtags written right to left: "az-Arab", "pa-Arab" are; "ku-Latn", "ug-Cyrl" are not. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** "de-AT" → "de", " FA_af " → "fa"; "" for nothing usable. */
export function primarySubtag(lang: string | null | undefined): string {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/** The direction of a BCP 47 language tag: its script subtag where it has one, else its language. */
export function dirOf(lang: string | null | undefined): 'rtl' | 'ltr' {
  const parts = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  const script = parts.slice(1).find((p) => /^[a-z]{4}$/.test(p));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primarySubtag(lang)) ? 'rtl' : 'ltr';
}
