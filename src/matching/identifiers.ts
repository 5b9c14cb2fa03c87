/**
 * Names inside identifiers are not mentions: "#Kabul", "@astana_news", "kabul.gov.af",
 * "https://example.com/astana/", "info@kabul.af". (Words joined with "_" or digits —
 * "china_roses", "Kabul2023" — are single words for the tokenizer already, so no name matches
 * inside them.) Asked only for candidates, never per character of the text.
 *
 * The rule: take the run of non-space characters around the candidate (without the sentence
 * punctuation at its ends). If the candidate is all of it, it is a name ("Alem.AI", "U.S.").
 * Otherwise the name is inside an identifier when its word follows "#" or "@" or is followed by
 * "$" (a currency sign: "US$ 36,254"), or the run is a
 * URL (has "://" or starts with "www."), an e-mail address or handle (has "@"), or a domain
 * name (labels of letters, digits, "_" and "-" joined by dots, the last one of two or more
 * letters, optionally a path): "kabul.gov.af", "afghanistan-relief.org/kabul".
 */

const SPACE = /\s/u;
const LEAD = new Set([...'([{«"\'“‘„‹<']);
const TRAIL = new Set([...'.,;:!?)]}»"\'”’…›>']);
const DOMAIN = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.\p{L}{2,}(?:[/:?#].*)?$/u;
/** How far to look for the ends of the run: identifiers are short; a longer run is not one. */
const REACH = 256;

/**
 * Is the candidate [start, end), whose words span [wordStart, wordEnd) of `s`, part of an
 * identifier?
 */
export function insideIdentifier(s: string, start: number, end: number, wordStart: number, wordEnd: number): boolean {
  const before = s.charCodeAt(wordStart - 1);
  if (before === 0x23 || before === 0x40) return true; // # @
  if (s.charCodeAt(wordEnd) === 0x24) return true; // a currency: US$, NZ$
  let a = wordStart;
  const aMin = Math.max(0, wordStart - REACH);
  while (a > aMin && !SPACE.test(s[a - 1]!)) a--;
  let b = wordEnd;
  const bMax = Math.min(s.length, wordEnd + REACH);
  while (b < bMax && !SPACE.test(s[b]!)) b++;
  while (b > wordEnd && TRAIL.has(s[b - 1]!)) b--;
  while (a < wordStart && LEAD.has(s[a]!)) a++;
  if (a >= start && b <= end) return false;
  const run = s.slice(a, b);
  if (run.includes('://') || /^www\./i.test(run) || run.includes('@')) return true;
  return DOMAIN.test(run);
}
