/**
 * The gate's full-length keys (decision 0280), generated at build time from the gazetteer and
 * delivered outside the loader's 10 KB: the background writes them to storage.local, and the
 * loader reads them with its settings. Pure: runs in Node (build.mjs) and in the unit tests.
 *
 * One line per core form, its words' keys separated by spaces. A word's key is its folded text,
 * or its declension stem where it has one (a prefix of the word, so it covers the word too). The
 * matcher takes a text word as a form word only where the text word is that word or its stem plus
 * an ending, or the word followed by the rest of a German compound, or either behind an attached
 * Persian/Pashto prefix (scan.ts `steps`, `collect`): every such text word starts with the key, or
 * does once the prefix is cut off. A key shorter than MIN_STEM never takes an ending, so it must
 * be the whole text word. A mention holds every word of its form, so a frame passes only when all
 * the keys of some form are found among its words (gate-keys.ts). Case-sensitive ASCII forms are
 * left to the shipped prefilter's exact expression (it holds them as written, whole).
 */
import type { GazetteerEntry } from '../../shared/gazetteer-types';
import { formWords, gazetteerForms } from '../../matching/forms';
import { ARABIC_PREFIXES, declensionStem, SUFFIX_LANGS } from '../../matching/inflect';
import type { StoredGateKeys } from './gate-keys';
import { exactWords } from './prefilter-build';

export interface KeyForms {
  /** Each form's keys, in word order. */
  forms: string[][];
  /** What a key may be followed by to spell its word (the rest of a word cut to its declension stem). */
  stemEndings: Set<string>;
  /** Case-sensitive forms of several words: their keys joined by spaces → their first word as written. */
  asWritten: Map<string, string>;
  /** One-word case-sensitive ASCII forms, folded ("us" of "US"): the walk takes them as any key (a superset). */
  exact: string[][];
}

/** The folded keys of every form of the entries of one scope. */
export function gateKeyForms(entries: readonly GazetteerEntry[], scope: 'core' | 'context' = 'core'): KeyForms {
  const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
  const out: KeyForms = { forms: [], stemEndings: new Set(), asWritten: new Map(), exact: [] };
  for (const form of gazetteerForms(entries)) {
    if (scopeOf.get(form.entity) !== scope) continue;
    const fw = formWords(form.text);
    if (!fw.words.length) continue;
    // One ASCII word as written: the first pass's exact expression holds it as written; the walk
    // takes it folded, as a key without endings of its own (decision 0282).
    if (form.caseSensitive && fw.raw.length === 1 && /^[A-Za-z0-9_]+$/.test(fw.raw[0]!)) {
      out.exact.push(fw.words);
      continue;
    }
    const keys = fw.words.map((w) => {
      const stem = declensionStem(w, form.lang);
      if (stem) out.stemEndings.add(w.slice(stem.length));
      return stem ?? w;
    });
    out.forms.push(keys);
    if (form.caseSensitive && fw.raw[0]) out.asWritten.set(keys.join(' '), fw.raw[0]);
  }
  return out;
}

/**
 * Does form `a` pass only where `b` passes too? The gate takes a longer form where its keys stand
 * in order on consecutive words (gate-keys.ts), so where `b`'s keys appear in `a` as a run, in
 * order. (Not a key that merely begins with one of `b`'s: "казахстан" is no "казах" plus an ending.)
 */
const implies = (a: readonly string[], b: readonly string[]): boolean => {
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((k, j) => a[i + j] === k)) return true;
  return false;
};

/**
 * Forms whose keys imply another form's are left out: wherever they pass, that one passes too
 * ("republic of kazakhstan" adds nothing to "kazakhstan"). Sorted, one line per form, its keys in
 * word order.
 */
export function packGateKeys(forms: readonly string[][]): string {
  const unique = [...new Map(forms.map((f) => [f.join(' '), f])).values()];
  // Fewer keys first: a form can only be implied by one with as many keys or fewer.
  unique.sort((a, b) => a.length - b.length || (a.join(' ') < b.join(' ') ? -1 : 1));
  const kept: string[][] = [];
  for (const f of unique) if (!kept.some((k) => implies(f, k))) kept.push(f);
  return kept.map((f) => f.join(' ')).sort().join('\n');
}

/** The string the background stores (gate-keys.ts StoredGateKeys says how it reads). */
export function keyTable(packed: string, stemEndings: Iterable<string> = []): string {
  // The loader tries rests of words cut to a stem of at most two units (RU_STEM_ENDINGS).
  if ([...stemEndings].some((e) => e.length > 2)) throw new Error('a declension stem ending of more than two units: gate-keys.ts tries two at most');
  const forms = packed.split('\n').map((l) => l.split(' '));
  const single = new Set(forms.filter((f) => f.length === 1).map((f) => f[0]!));
  // A form holding a key that is a form by itself passes wherever that one does: not needed.
  const longer = forms.filter((f) => f.length > 1 && !f.some((k) => single.has(k)));
  const keys = [...new Set([...single, ...longer.flat()])].sort();
  return [
    [...SUFFIX_LANGS.keys()].sort().join(' '),
    [...stemEndings].sort().join(' '),
    ARABIC_PREFIXES.join(' '),
    [...new Set(keys.map((k) => k.slice(0, 3)))].join(' '),
    keys.map((k) => (single.has(k) ? '1' : '0')).join(''),
    ...keys,
    // In word order: the loader checks each two keys that follow each other.
    ...longer.map((f) => f.join(' ')),
  ].join('\n');
}

/**
 * The scripts the first pass's folded keys are grouped by, by their first unit (prefilter.ts
 * tests the text for each range before it compiles that group): below Cyrillic, Cyrillic to
 * Hebrew, Arabic and above.
 */
export const FIRST_SCRIPTS = [/[\0-\u03ff]/, /[\u0400-\u05ff]/, /[\u0600-\uffff]/];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first pass (decisions 0282, 0327), one a line: over the folded text, the keys of
 * the forms by themselves and one key of each longer form (its anchor), anywhere; over the text as
 * written, the exact words (prefilter-build.ts), anywhere. A frame passes the gate only where some
 * word begins with such a key (or does behind an attached prefix), or is an exact word, so where
 * neither expression finds anything in the frame's whole text, read at once and joined without
 * separators, the gate cannot pass either: no boundaries are asked, since joined text may glue a
 * word to the one before it. The anchor is the key of three units or more found in the fewest of
 * the longer forms, then the longest: "is" or "the" would be found in any text.
 */
export function firstPassSource(table: string, exact: Iterable<string>, asWritten: ReadonlyMap<string, string> = new Map()): string {
  const lines = table.split('\n');
  const flags = lines[4]!;
  const keys = lines.slice(5, 5 + flags.length);
  const longer = lines.slice(5 + flags.length).map((l) => l.split(' '));
  const inForms = new Map<string, number>();
  for (const f of longer) for (const k of new Set(f)) inForms.set(k, (inForms.get(k) ?? 0) + 1);
  const score = (k: string) => -k.length * 100 + inForms.get(k)!;
  const first = new Set(keys.filter((_, i) => flags[i] === '1'));
  const words = new Set(exact);
  for (const f of longer) {
    if (f.some((k) => first.has(k))) continue;
    const anchor = f.reduce((a, b) => (score(b) < score(a) ? b : a));
    // All its keys short ("is k" of IS-K): any text holds them somewhere; a case-sensitive
    // form's first word as written does not (its words are matched as written too, sameRaw).
    const raw = anchor.length < 3 ? asWritten.get(f.join(' ')) : undefined;
    if (raw) words.add(raw);
    else first.add(anchor);
  }
  // A key that holds another adds nothing to a search anywhere in the text.
  const list = [...first].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const k of list) if (!kept.some((x) => k.includes(x))) kept.push(k);
  const sorted = [...words].sort();
  // One expression per script of the keys' first unit (decision 0327): a frame compiles only those
  // of the scripts its text holds (an English page: the Latin keys, about 4 in 9 of them).
  const groups = FIRST_SCRIPTS.map((range) => kept.filter((k) => range.test(k[0]!)).sort());
  return [...groups.map((g) => (g.length ? g.map(escape).join('|') : '(?!)')), sorted.length ? sorted.map((w) => escape(w).replaceAll('K', '[K\u212a]')).join('|') : '(?!)'].join('\n');
}

/** What the background stores: the core forms' keys, the first pass, and their version. */
export function gateKeysFor(entries: readonly GazetteerEntry[]): StoredGateKeys {
  const { forms, stemEndings, asWritten, exact } = gateKeyForms(entries, 'core');
  const keys = keyTable(packGateKeys([...forms, ...exact]), stemEndings);
  // The first pass holds the exact words as written, not folded ("oral" is in "moral").
  const first = firstPassSource(keyTable(packGateKeys(forms), stemEndings), exactWords(entries, 'core'), asWritten);
  return { version: gateKeysVersion(keys + '\n' + first), keys, first };
}

/** A short hash of the stored keys: the loader uses stored keys only of its own build. */
export function gateKeysVersion(packed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < packed.length; i++) h = Math.imul(h ^ packed.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${packed.length.toString(36)}`;
}
