/**
 * The compiled index: a trie over folded WORDS (not characters), so a lookup costs one hash probe
 * per text word and per candidate ending, whatever the number of names. Each edge carries the
 * languages of the forms that use it, so an ending is only accepted where the form's language
 * inflects that way (German -en on a German form, Russian -ом on a Russian one).
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { declensionStem, LANG_BIT, MIN_COMPOUND_NAME } from './inflect';
import { formWords, gazetteerForms } from './forms';
import type { NameForm } from './types';

export interface IndexedForm {
  form: NameForm;
  bit: number;
  /** Unfolded words, only for case-sensitive forms. */
  raw: string[] | null;
  /** Position in gazetteer order: the last tie-breaker. */
  order: number;
  /** Punctuation the form ends with ("." of "U.S."), or ''. */
  tail: string;
  /** Folded length of a one-word form (for the compound rule); 0 for multi-word forms. */
  singleLength: number;
}

export interface Step {
  node: Node;
  /** Languages of the forms that take this edge. */
  mask: number;
  /** Non-space separators (folded) that forms write before this word, e.g. "." in "Alem.AI". */
  gaps: Set<string> | null;
}

export interface Node {
  /** Edges by the word as written in the form. */
  exact: Map<string, Step> | null;
  /** Edges by a declension stem (Москва → москв); taken only with a non-empty ending. */
  stem: Map<string, Step[]> | null;
  forms: IndexedForm[];
}

export interface Index {
  root: Node;
  size: number;
  /**
   * First three folded UTF-16 units of every first word or stem, as c0·2³² + c1·2¹⁶ + c2 (0 for
   * missing units: words shorter than 3 only ever match exactly, as endings need a stem of 3).
   */
  prefixes: Set<number>;
  /** The same for ASCII triples, as a bit set indexed c0<<14 | c1<<7 | c2: the hot path on English pages. */
  asciiPrefixes: Uint32Array;
  /** Folded lengths of German one-word forms eligible as the first part of a closed compound. */
  compoundLengths: number[];
  /** Context set (the entity itself + its `context`) for each entity with ambiguous forms. */
  support: Map<string, Set<string>>;
}

export const prefixCode = (c0: number, c1: number, c2: number) => c0 * 4294967296 + c1 * 65536 + c2;

const newNode = (): Node => ({ exact: null, stem: null, forms: [] });

function addGap(step: Step, gap: string | undefined) {
  if (gap === undefined || /^[\s\-\u2010\u2011]*$/u.test(gap)) return;
  (step.gaps ??= new Set()).add(gap);
}

export function buildIndex(entries: readonly GazetteerEntry[], forms: NameForm[] = gazetteerForms(entries)): Index {
  const root = newNode();
  const prefixes = new Set<number>();
  const asciiPrefixes = new Uint32Array(1 << 16);
  const compound = new Set<number>();
  const noteFirst = (w: string) => {
    const c0 = w.charCodeAt(0);
    const c1 = w.length > 1 ? w.charCodeAt(1) : 0;
    const c2 = w.length > 2 ? w.charCodeAt(2) : 0;
    prefixes.add(prefixCode(c0, c1, c2));
    if (c0 < 128 && c1 < 128 && c2 < 128) {
      const k = (c0 << 14) | (c1 << 7) | c2;
      asciiPrefixes[k >>> 5]! |= 1 << (k & 31);
    }
  };
  let order = 0;
  for (const form of forms) {
    const { words, gaps, raw, tail } = formWords(form.text);
    if (!words.length) continue;
    const bit = LANG_BIT[form.lang];
    let node = root;
    words.forEach((w, i) => {
      node.exact ??= new Map();
      let step = node.exact.get(w);
      if (!step) {
        step = { node: newNode(), mask: 0, gaps: null };
        node.exact.set(w, step);
      }
      step.mask |= bit;
      addGap(step, gaps[i - 1]);
      const stem = declensionStem(w, form.lang);
      if (stem) {
        node.stem ??= new Map();
        const list = node.stem.get(stem) ?? [];
        let s = list.find((x) => x.node === step!.node);
        if (!s) {
          s = { node: step.node, mask: 0, gaps: null };
          list.push(s);
          node.stem.set(stem, list);
        }
        s.mask |= bit;
        addGap(s, gaps[i - 1]);
        if (i === 0) noteFirst(stem);
      }
      if (i === 0) noteFirst(w);
      node = step.node;
    });
    const singleLength = words.length === 1 ? words[0]!.length : 0;
    node.forms.push({ form, bit, raw: form.caseSensitive ? raw : null, order: order++, singleLength, tail });
    if (form.lang === 'de' && singleLength >= MIN_COMPOUND_NAME && !form.ambiguous && !form.caseSensitive) {
      compound.add(singleLength);
    }
  }
  const support = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.ambiguous?.length) support.set(e.id, new Set([e.id, ...(e.context ?? [])]));
  }
  return {
    root,
    size: order,
    prefixes,
    asciiPrefixes,
    compoundLengths: [...compound].sort((a, b) => b - a),
    support,
  };
}
