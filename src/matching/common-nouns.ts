/**
 * A place-like word used as a common noun, told by grammar rather than by the word: in Persian and
 * Pashto a proper name takes no indefinite determiner, so a place's name right after one (Persian
 * یک, Pashto یو/یوه/یوې), in Pashto with at most one adjective of size or age between (the
 * adjective goes before its noun there), is the common word it is spelled like: یوه پراخه
 * لښکرګاه "a wide camp", یک کابل "one cable", یو مزار "a tomb" (decision 0274). The lists are
 * data (sense-rules.json `indefinite`). Arabic script only: English "a Kabul" and German "ein
 * Kabul" are figures of speech about the city. Only removes marks. Pure.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';
import { foldedWords } from './sense-rules';
import type { Match } from './types';

interface Indefinite {
  determiners: ReadonlySet<string>;
  /** Pashto adjectives of size or age that may stand between the determiner and its noun. */
  adjectives: ReadonlySet<string>;
  /** Demonyms (folded), adjectives of their noun after them: یو افغان سوداګر is an Afghan trader. */
  demonyms: ReadonlySet<string>;
}

let rules: Indefinite | null = null;
function indefinite(): Indefinite {
  if (rules) return rules;
  const d = ((raw as Record<string, unknown>).indefinite ?? {}) as Record<string, unknown>;
  return (rules = {
    determiners: foldedWords(d.determiners ?? {}, 'indefinite.determiners'),
    adjectives: foldedWords(d.adjectives ?? {}, 'indefinite.adjectives'),
    demonyms: foldedWords(d.demonyms ?? {}, 'indefinite.demonyms'),
  });
}

const isSpace = (c: number) => c === 0x20 || c === 0xa0;
const isLetter = (c: number) => (c >= 0x0600 && c <= 0x06ff) || c === 0x200c;
/**
 * The word that ends at `end` (exclusive), across the spaces before `end`, as [start, end], or
 * null when punctuation or nothing comes first. A backward scan: a regex anchored at the end of a
 * slice is tried from every position and was most of this rule's cost.
 */
function wordBefore(s: string, end: number): [number, number] | null {
  let e = end;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  if (e === end) return null;
  let b = e;
  while (b > 0 && isLetter(s.charCodeAt(b - 1))) b--;
  return b < e ? [b, e] : null;
}
/** Determiners and the adjectives are short words: longer ones are not folded to be looked up. */
const MAX_SHORT = 6;

/** A place's adjective (هراتي, چیني, قزاقستانی): the name's form plus ی/ي. */
const ADJ_END = /[\u06cc\u064a\u06cd]$/;

/**
 * Whether the match is a common noun after an indefinite determiner (see the module's comment):
 * not an adjective, whose determiner is its noun's (یوه هراتي کورنۍ, یو افغان سوداګر).
 */
export function indefiniteNoun(s: string, m: Match): boolean {
  const c = s.charCodeAt(m.start);
  if (c < 0x0600 || c > 0x06ff) return false;
  const w1 = wordBefore(s, m.start);
  if (!w1 || w1[1] - w1[0] > MAX_SHORT) return false;
  const r = indefinite();
  if ((ADJ_END.test(m.text) && !ADJ_END.test(m.form)) || r.demonyms.has(foldString(m.form))) return false;
  const near = foldString(s.slice(w1[0], w1[1]));
  if (r.determiners.has(near)) return true;
  if (!r.adjectives.has(near)) return false;
  const w2 = wordBefore(s, w1[0]);
  return !!w2 && w2[1] - w2[0] <= MAX_SHORT && r.determiners.has(foldString(s.slice(w2[0], w2[1])));
}

/** The block's mentions less place-like words used as common nouns. */
export function dropCommonNouns(s: string, matches: Match[]): Match[] {
  let out: Match[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    if (!indefiniteNoun(s, matches[i]!)) {
      out?.push(matches[i]!);
      continue;
    }
    out ??= matches.slice(0, i);
  }
  return out ?? matches;
}
