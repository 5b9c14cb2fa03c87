/**
 * The loader's prefilter, generated at build time from the gazetteer: one regular expression over
 * folded text (prefilter.ts folds it natively) that matches wherever the matcher could begin a
 * mention, and almost nowhere else. Pure: runs in Node (build.mjs) and in the unit tests.
 *
 * Why it can never miss: the matcher only looks at a text word whose first four folded units form
 * a "gram" of some form's first word or declension stem (scan.ts `passes`, trie.ts `noteFirst`);
 * every candidate, inflected, compounded or behind an Arabic prefix, starts at such a word. The
 * expression holds those same first-four-unit keys: a key of four units anywhere a word starts, a
 * shorter key (a short word) only where the word also ends there, a three-unit key also followed
 * by the first letter of any ending. Keys of Persian and Pashto forms may start inside a word
 * (attached prefixes ب، به، د، و). Hash collisions of the matcher's bit set only make it pass more
 * words than these keys, never fewer. The property test (prefilter.test.ts) checks this against
 * the real matcher on random and real text.
 */
import type { GazetteerEntry } from '../../shared/gazetteer-types';
import { formWords, gazetteerForms } from '../../matching/forms';
import { ARABIC_PREFIXES, declensionStem, scriptOf, SUFFIX_LANGS } from '../../matching/inflect';
import { readSplit, type SplitForms } from '../../matching/split-forms';
import type { NameForm } from '../../matching/types';
import { END_MARK, SEPARATOR, START_MARK, TAIL3 } from './prefilter';


export interface PrefilterKeys {
  /** Folded keys matched at a word start. */
  start: Set<string>;
  /** Folded keys in Arabic script matched anywhere (Persian and Pashto: attached prefixes). */
  any: Set<string>;
  /** Other folded keys of Persian and Pashto forms: at a word start, or after an attached prefix. */
  prefixed: Set<string>;
  /**
   * First words of case-sensitive forms in ASCII, as written: the matcher takes such a form only
   * where the text's word is exactly that (scan.ts `sameRaw`), so "US" never lets "us" through.
   */
  exact: Set<string>;
}

/**
 * The first-word keys of every gazetteer form (names and aliases, all languages), or of the forms
 * of entities of one scope only.
 */
export function prefilterKeys(entries: readonly GazetteerEntry[], split?: SplitForms, scope?: 'core' | 'context'): PrefilterKeys {
  const forms = gazetteerForms(entries);
  const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
  const fromTable = split && split.forms.length === forms.length ? split : undefined;
  const keys: PrefilterKeys = { start: new Set(), any: new Set(), prefixed: new Set(), exact: new Set() };
  forms.forEach((form, i) => {
    if (scope && scopeOf.get(form.entity) !== scope) return;
    const fw = fromTable && !form.caseSensitive ? readSplit(fromTable.forms[i]!) : formWords(form.text);
    if (!fw.words.length) return;
    const arabicLang = form.lang === 'fa' || form.lang === 'ps';
    // Any word of a form will do: a mention holds all of them, each as a word of the text.
    const best = bestWord(fw.words.map((w) => wordKeys(w, form.lang)));
    const raw = fw.raw[best];
    // Case-sensitive forms are never inflected, compounded or prefixed (scan.ts): the word as written.
    // One word only: a form of several is matched by its folded keys (a superset), so that the exact
    // expression, which the full keys of decision 0280 use too, holds no common word ("1000" of "CASA 1000").
    if (form.caseSensitive && raw && fw.words.length === 1 && /^[A-Za-z0-9_]+$/.test(raw)) keys.exact.add(raw);
    else {
      for (const k of wordKeys(fw.words[best]!, form.lang)) {
        // scan.ts strips an attached prefix only from a word in Arabic script, and only for these languages.
        keys[!arabicLang ? 'start' : scriptOf(k.charCodeAt(0)) === 'arabic' ? 'any' : 'prefixed'].add(k);
      }
    }
  });
  return keys;
}


const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);
const classOf = (chars: string[]) => (chars.length === 1 ? escapeChar(chars[0]!) : `[${chars.map(escapeChar).join('')}]`);

interface TrieNode {
  kids: Map<string, TrieNode>;
  /** A key ends here: a whole short word ('word') or a prefix of longer words ('prefix'). */
  end: 'word' | 'prefix' | null;
}

/**
 * A key of 4 units matches as a prefix of the word; shorter keys are the whole word (the matcher
 * pads a short word's gram with zeros), a 3-unit key also the word's first three units when an
 * ending follows (trie.ts enters those grams too).
 */
function tailOf(node: TrieNode, depth: number): string {
  if (node.end === 'prefix' || depth >= 4) return '';
  if (depth === 3) return TAIL3;
  return END_MARK;
}

function emit(node: TrieNode, depth: number): string {
  const alts: string[] = [];
  if (node.end) alts.push(tailOf(node, depth));
  // A prefix key covers everything below it.
  if (node.end === 'prefix') return alts[0]!;
  // Children that are plain leaves of full keys fold into one character class.
  const leaves: string[] = [];
  for (const [c, kid] of [...node.kids].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (kid.kids.size === 0 && (kid.end === 'prefix' || depth + 1 >= 4)) leaves.push(c);
    else alts.push(escapeChar(c) + emit(kid, depth + 1));
  }
  if (leaves.length) alts.push(classOf(leaves));
  if (alts.length === 1) return alts[0]!;
  return `(${alts.join('|')})`;
}

/**
 * Keys of `prefixLength` units or more are cut to that length and match as a prefix (fewer bytes in
 * the loader, a few more words passing); shorter ones keep their word-end rule.
 */
function trieOf(keys: Iterable<string>, prefixLength: number): TrieNode {
  const root: TrieNode = { kids: new Map(), end: null };
  for (const key of keys) {
    const prefix = key.length >= prefixLength;
    const k = prefix ? key.slice(0, prefixLength) : key;
    let n = root;
    for (const c of k) {
      if (n.end === 'prefix') break;
      let next = n.kids.get(c);
      if (!next) n.kids.set(c, (next = { kids: new Map(), end: null }));
      n = next;
    }
    if (prefix || k.length >= 4) n.end = 'prefix';
    else if (n.end === null) n.end = 'word';
  }
  return root;
}

export interface PrefilterOptions {
  /** Keys matched at a word start are cut to this many units (at most 4, the matcher's gram). Default 4. */
  prefixLength?: number;
  /** The same for keys matched anywhere (Persian, Pashto). Default: prefixLength. */
  anyPrefixLength?: number;
}

/**
 * The regular expression's source, compact: two marks stand for the repeated word-end rules
 * (expandPrefilter, in the loader, puts them back). Groups capture: `test` does not care.
 */
export function prefilterSource(keys: PrefilterKeys, options: PrefilterOptions = {}): string {
  const len = Math.min(4, options.prefixLength ?? 4);
  const anyLen = Math.min(4, options.anyPrefixLength ?? len);
  const parts: string[] = [];
  if (keys.start.size) parts.push(`${START_MARK}${emit(trieOf(keys.start, len), 0)}`);
  if (keys.any.size) parts.push(emit(trieOf(keys.any, anyLen), 0));
  if (keys.prefixed.size) parts.push(`${START_MARK}(${ARABIC_PREFIXES.join('|')})?${emit(trieOf(keys.prefixed, len), 0)}`);
  // No key at all: a gazetteer without names matches nothing anywhere.
  return parts.length ? parts.join('|') : '(?!)';
}

/**
 * The keys a text word must start with to be this form word: the first four units of the word and
 * of its declension stem (trie.ts enters both; scan.ts takes either, plus an ending).
 */
function wordKeys(word: string, lang: NameForm['lang']): string[] {
  const stem = declensionStem(word, lang);
  return stem ? [word.slice(0, 4), stem.slice(0, 4)] : [word.slice(0, 4)];
}

/** The word whose keys are longest (the fewest unrelated words pass); the first of equals. */
function bestWord(keys: string[][]): number {
  let best = 0;
  let bestLen = -1;
  keys.forEach((ks, i) => {
    const len = Math.min(...ks.map((k) => k.length));
    if (len > bestLen) {
      best = i;
      bestLen = len;
    }
  });
  return best;
}

/** The first units of every inflection ending: a three-unit key may go on with one of them. */
const SUFFIX_FIRST = [...new Set([...SUFFIX_LANGS.keys()].map((s) => s[0]!))].sort().map(escapeChar).join('');

/**
 * The exact words as one source over text without joiners (the loader strips them first, as
 * sameRaw does). NFC turns the Kelvin sign into K: the only non-ASCII character that composes to
 * an ASCII letter or digit (the unit test checks every code point).
 */
export function exactSource(words: Iterable<string>): string {
  const list = [...words].sort();
  if (!list.length) return '(?!)';
  // ASCII word boundaries: the words are ASCII, and a boundary that takes fewer characters for
  // word characters only lets more through ("éUS"); cheaper to compile than Unicode classes.
  return `(?<![A-Za-z0-9_])(${list.map((w) => w.replaceAll('K', '[K\u212a]')).join('|')})(?![A-Za-z0-9_])`;
}

/** The shipped string for a set of keys (expandPrefilter reads it). */
export function shipPrefilter(keys: PrefilterKeys, options?: PrefilterOptions): string {
  return [SUFFIX_FIRST, prefilterSource(keys, options), exactSource(keys.exact)].join(SEPARATOR);
}

/**
 * The key lengths the build ships: 2 units at word starts, 1 for Persian and Pashto keys (matched
 * anywhere in a word). Since decision 0280 this is only the fallback for a frame that finds no
 * full keys in storage (the first moments after install, storage cleared): its bytes went to the
 * full keys' code. At 3 units it let all 15 saved pages through as well (decision 0210), so the
 * shorter keys cost nothing a reader would notice; they still never miss.
 */
export const SHIPPED_OPTIONS: PrefilterOptions = { prefixLength: 2, anyPrefixLength: 1 };
