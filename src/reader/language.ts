/**
 * The language of a reader's document, from its letters: the script decides most of it (Cyrillic
 * → ru; Arabic script → ps where Pashto-only letters are frequent, else fa), and in Latin script
 * the commonest function words tell English from German. Anything else is not a language Caravan
 * reads, and says so (null). Pure.
 */
export type ReaderLang = 'en' | 'de' | 'ru' | 'fa' | 'ps';
export const READER_LANGS: readonly ReaderLang[] = ['en', 'de', 'ru', 'fa', 'ps'];

export const isReaderLang = (x: string): x is ReaderLang => (READER_LANGS as readonly string[]).includes(x);

/** Letters Pashto writes and Persian does not (ټ ډ ړ ږ ښ ګ ڼ, and the yeh forms ې ۍ). */
const PASHTO_ONLY = /[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD]/gu;
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'as', 'by', 'are', 'it', 'from', 'has', 'have', 'its', 'this']);
const DE_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'zu', 'auf', 'für', 'sich', 'wurde', 'auch', 'im']);

/** How much of the text (its first characters) is read: enough to decide, bounded for a 10 MB paste. */
const SAMPLE = 20_000;

export function detectLanguage(text: string): ReaderLang | null {
  const sample = text.slice(0, SAMPLE);
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let other = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else other++;
  }
  const letters = latin + cyrillic + arabic + other;
  if (!letters) return null;
  const top = Math.max(latin, cyrillic, arabic, other);
  // A document mostly in a script Caravan does not read (Chinese, Greek, Hindi…).
  if (top === other) return null;
  if (top === cyrillic) return 'ru';
  if (top === arabic) {
    const pashto = sample.match(PASHTO_ONLY)?.length ?? 0;
    // Pashto text carries these letters in most sentences; a Persian text quoting a Pashto name has a few.
    return pashto / arabic > 0.005 ? 'ps' : 'fa';
  }
  let en = 0;
  let de = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (EN_WORDS.has(w)) en++;
    if (DE_WORDS.has(w)) de++;
  }
  if (en === 0 && de === 0) return null;
  return de > en ? 'de' : 'en';
}
