/**
 * A place's name given to a thing of a kind that takes proper names — a ship, an animal, a plant
 * cultivar, a perfume or a sweet — written right after the kind's noun, in quotes or not, or with
 * a naming word between them: "the product tanker Astana", "ein Kater namens Kabul", "теплоход
 * «Казахстан»", "кобыла по кличке Астана", "шоколад «Казахстан»". The place never stands right
 * after such a noun (a ship sails *to* Astana), so the name is the thing's; and the document's
 * later uses of the same word are that thing too, as with a nisba (decision 0273). Latin and
 * Cyrillic script only: in Persian and Pashto a noun before a place's name with an ezafe is
 * "of/from the place" (عطر بلخ), which lookalikes.json's classes decide at candidate time. Pure.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';
import { foldedWords } from './sense-rules';
import type { Match } from './types';

interface NamedKinds {
  /** Nouns (folded) of kinds of things that take proper names. */
  kinds: ReadonlySet<string>;
  /**
   * Nouns (folded) of products, models and typefaces, which take a name only in quotes (die
   * Tasche „Balkh“, the sneaker "Kabul Low"): bare, the name after them may begin a relative
   * clause ("the font Kazakhstan chose").
   */
  quoted: ReadonlySet<string>;
  /** The German nouns of both (folded), whose compounds end in them (Umhängetasche, Wintermantel). */
  germanKinds: ReadonlySet<string>;
  germanQuoted: ReadonlySet<string>;
  /** Naming words (folded, each a word sequence joined by one space) between the noun and the name. */
  naming: readonly string[][];
}

let rules: NamedKinds | null = null;
function namedKinds(): NamedKinds {
  if (rules) return rules;
  const d = ((raw as Record<string, unknown>).namedKinds ?? {}) as Record<string, unknown>;
  return (rules = {
    kinds: foldedWords(d.kinds ?? {}, 'namedKinds.kinds'),
    quoted: foldedWords(d.quoted ?? {}, 'namedKinds.quoted'),
    germanKinds: foldedWords({ de: (d.kinds as Record<string, unknown> | undefined)?.de ?? [] }, 'namedKinds.kinds'),
    germanQuoted: foldedWords({ de: (d.quoted as Record<string, unknown> | undefined)?.de ?? [] }, 'namedKinds.quoted'),
    naming: [...foldedWords(d.naming ?? {}, 'namedKinds.naming')].map((w) => w.split(' ')),
  });
}

/** A name's first letter; made once here, as esbuild writes `\p{Lu}` literals as `new RegExp` calls. */
const UPPER = /\p{Lu}/u;
/** Opening quotes a name may stand in after its kind's noun. */
const OPEN = /["'«„“‘‚‹]$/u;
/** Word characters of a phrase before a name (a code point), and spaces between its words. */
const WORD_CHAR = /^[\p{L}\p{M}'’-]$/u;
const SPACE = /^\s$/u;
/** Per UTF-16 unit below 0x10000: 0 not yet known, 1 a word character, 2 a space, 3 neither. */
const kinds = new Uint8Array(0x10000);
function kindOf(ch: string): number {
  return WORD_CHAR.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
}
function unitKind(c: number): number {
  return (kinds[c] ||= kindOf(String.fromCharCode(c)));
}

/**
 * Up to four words before `at` (nearest last), through spaces only: punctuation ends the phrase.
 * The words of `/((?:[\p{L}\p{M}'’-]+[\s\u00a0]+){1,4})$/u` run on the 80 characters before `at`,
 * read backwards from `at` instead: that expression tried every start in the window and spent most
 * of the dense page's named-kinds time backtracking (decision 0311; named-kinds.test.ts holds both
 * to the same answers on random text).
 */
export function wordsBefore(s: string, at: number): string[] {
  const from = Math.max(0, at - 80);
  const words: string[] = [];
  let i = at;
  while (words.length < 4) {
    const spaceEnd = i;
    while (i > from && unitKind(s.charCodeAt(i - 1)) === 2) i--;
    if (i === spaceEnd) break; // a word must be followed by spaces (and the phrase end in them)
    const wordEnd = i;
    while (i > from) {
      const c = s.charCodeAt(i - 1);
      // A surrogate pair whose two halves lie inside the window is one code point; a half alone is none.
      if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
        const h = s.charCodeAt(i - 2);
        if (h >= 0xd800 && h <= 0xdbff) {
          if (kindOf(s.slice(i - 2, i)) !== 1) break;
          i -= 2;
          continue;
        }
      }
      if (unitKind(c) !== 1) break;
      i--;
    }
    if (i === wordEnd) break;
    words.push(foldString(s.slice(i, wordEnd)));
  }
  return words.reverse();
}

/**
 * German compounds end in their kind (Umhängetasche, Wintermantel, Frachtschiff): a German kind
 * of ≥ 4 letters after ≥ 3 more. Only German: English words end in "ship" (partnership) too.
 */
const MIN_TAIL = 4;
function isKind(kinds: ReadonlySet<string>, german: ReadonlySet<string>, word: string): boolean {
  if (kinds.has(word)) return true;
  for (let i = 3; i + MIN_TAIL <= word.length; i++) if (german.has(word.slice(i))) return true;
  return false;
}

/** Whether the match is a name given to a thing of a kind (see the module's comment). */
export function namedThing(s: string, m: Match): boolean {
  return thingNamed(s, m) !== NONE;
}

const NONE = 0;
/** A kind's name: the document's later uses of the word are the thing's too. */
const KIND = 1;
/**
 * A product's quoted name: only this use. Later bare uses are the place again (ein Schuh „Kabul“
 * … Frauen in Kabul); the product is quoted again where it is meant.
 */
const QUOTED = 2;

function thingNamed(s: string, m: Match): number {
  const c = s.charCodeAt(m.start);
  if (c >= 0x0500 || !UPPER.test(m.text.charAt(0))) return NONE; // Latin or Cyrillic, as a name is written
  let at = m.start;
  const quoted = OPEN.test(s.slice(at - 1, at));
  if (quoted) at -= 1;
  const words = wordsBefore(s, at);
  if (!words.length) return NONE;
  const r = namedKinds();
  const last = words[words.length - 1]!;
  if (isKind(r.kinds, r.germanKinds, last)) return KIND;
  if (quoted && isKind(r.quoted, r.germanQuoted, last)) return QUOTED;
  // "<kind> namens X", "<kind> по кличке X", "a cat named X": the naming words, then the kind's noun.
  for (const n of r.naming) {
    const k = words.length - n.length - 1;
    if (k < 0) continue;
    if (n.every((w, i) => words[k + 1 + i] === w) && r.kinds.has(words[k]!)) return KIND;
  }
  return NONE;
}

/**
 * An opening quote before a capital Latin or Cyrillic letter: where a quoted name may start. Not a
 * Unicode-property regex: this one runs over every block of a page, and the plain ranges are faster.
 */
const OPEN_NAME = /["«„“‘‚‹][A-ZÀ-ÖØ-ÞА-ЯЁ]/g;
/** The name itself, alone up to its closing quote. */
const NAME_THEN_CLOSE = /^[\p{L}\p{M}-]+(?=["»“”’‘›])/u;

/**
 * Names given in quotes to a thing of a kind (an animal, a ship …) in `s`, added to `named`. The
 * matcher drops a city's name alone in quotes before the post-match rules see it (a quoted name is
 * a title), so without this the thing's later bare uses (Die achtjährige Astana …) would stay the
 * city. Products (`quoted`) are not taken along, as in dropNamedThings. Scans for the quote, not
 * for the word before it: most blocks have no quote before a capital at all.
 */
export function noteQuotedThings(s: string, named: Set<string>): void {
  OPEN_NAME.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = OPEN_NAME.exec(s))) {
    const name = NAME_THEN_CLOSE.exec(s.slice(q.index + 1, q.index + 41))?.[0];
    if (!name) continue;
    const words = wordsBefore(s, q.index);
    if (words.length && isKind(namedKinds().kinds, namedKinds().germanKinds, words[words.length - 1]!)) named.add(name);
  }
}

/**
 * The block's mentions less the names given to things of a kind, and less the later uses of those
 * names in the document (`named`, kept by the caller across the document's blocks).
 */
export function dropNamedThings(s: string, matches: Match[], named?: Set<string>): Match[] {
  if (named) noteQuotedThings(s, named);
  return matches.filter((m) => {
    if (named?.has(m.text)) return false;
    const kind = thingNamed(s, m);
    if (kind === NONE) return true;
    if (kind === KIND) named?.add(m.text);
    return false;
  });
}
