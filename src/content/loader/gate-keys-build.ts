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

export interface KeyForms {
  /** Each form's keys, in word order. */
  forms: string[][];
  /** What a key may be followed by to spell its word (the rest of a word cut to its declension stem). */
  stemEndings: Set<string>;
}

/** The folded keys of every form of the entries of one scope. */
export function gateKeyForms(entries: readonly GazetteerEntry[], scope: 'core' | 'context' = 'core'): KeyForms {
  const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
  const out: KeyForms = { forms: [], stemEndings: new Set() };
  for (const form of gazetteerForms(entries)) {
    if (scopeOf.get(form.entity) !== scope) continue;
    const fw = formWords(form.text);
    if (!fw.words.length) continue;
    // One ASCII word as written: the shipped prefilter's exact expression holds it.
    if (form.caseSensitive && fw.raw.length === 1 && /^[A-Za-z0-9_]+$/.test(fw.raw[0]!)) continue;
    out.forms.push(
      fw.words.map((w) => {
        const stem = declensionStem(w, form.lang);
        if (stem) out.stemEndings.add(w.slice(stem.length));
        return stem ?? w;
      }),
    );
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

/** What the background stores: the core forms' keys and their version. */
export function gateKeysFor(entries: readonly GazetteerEntry[]): StoredGateKeys {
  const { forms, stemEndings } = gateKeyForms(entries, 'core');
  const keys = keyTable(packGateKeys(forms), stemEndings);
  return { version: gateKeysVersion(keys), keys };
}

/** A short hash of the stored keys: the loader uses stored keys only of its own build. */
export function gateKeysVersion(packed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < packed.length; i++) h = Math.imul(h ^ packed.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${packed.length.toString(36)}`;
}
