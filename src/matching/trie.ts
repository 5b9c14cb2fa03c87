/**
 * The compiled index: a trie over folded WORDS (not characters), so a lookup costs one hash probe
 * per text word and per candidate ending, whatever the number of names. Each edge carries the
 * languages of the forms that use it, so an ending is only accepted where the form's language
 * inflects that way (German -en on a German form, Russian -ом on a Russian one).
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { declensionStem, LANG_BIT, MIN_COMPOUND_NAME, SUFFIX_LANGS } from './inflect';
import { dashGaps } from './dash-gaps';
import type { FormWords } from './forms';
import { PhraseSet } from './phrases';
import type { Blocker, Lookalikes, NameForm } from './types';

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
  /** A look-alike (lookalikes.ts): takes its span in the resolution, then is dropped. */
  blocker: boolean;
  /** Matched only as written (no inflection ending): look-alikes marked literal. */
  literal: boolean;
  /** A demonym adjective of its entity (lookalikes.ts): checked for sense words around it. */
  demonym: boolean;
}

/**
 * What the scanner asks of a map or a set: a lookup. The builder's Maps and Sets are them; so is
 * the build-time packed index (packed.ts), which reads its typed arrays on each lookup.
 */
export interface Lookup<T> {
  get(key: string): T | undefined;
}
export interface Has {
  has(key: string): boolean;
}

export interface Step {
  readonly node: Node;
  /** Languages of the forms that take this edge. */
  readonly mask: number;
  /** Non-space separators (folded) that forms write before this word, e.g. "." in "Alem.AI". */
  readonly gaps: Has | null;
}

export interface Node {
  /** Edges by the word as written in the form. */
  readonly exact: Lookup<Step> | null;
  /** Edges by a declension stem (Москва → москв); taken only with a non-empty ending. */
  readonly stem: Lookup<readonly Step[]> | null;
  readonly forms: readonly IndexedForm[];
}

/** The builder's node: real Maps, filled form by form. */
export interface BuildStep extends Step {
  node: BuildNode;
  mask: number;
  gaps: Set<string> | null;
}
export interface BuildNode extends Node {
  exact: Map<string, BuildStep> | null;
  stem: Map<string, BuildStep[]> | null;
  forms: IndexedForm[];
}

export interface Index {
  root: Node;
  size: number;
  /**
   * Bloom bit set (one hash, 2²⁰ bits) of the first four folded UTF-16 units of every first word
   * or stem (missing units = 0). Words of 3 letters can take an ending, so they are also entered
   * with the first letter of every ending. Four units, not two or three: with ×100 names every
   * short prefix is taken and the filter would pass every word.
   */
  grams: Uint32Array;
  /** Folded lengths of German one-word forms eligible as the first part of a closed compound. */
  compoundLengths: number[];
  /** Context set (the entity itself + its `context`) for each entity with ambiguous forms. */
  support: Lookup<ReadonlySet<string>>;
  /** Entities of type person (titles make their ambiguous forms firm). */
  persons: Has;
  /** Entities of type city (a Cyrillic city name alone in quotes is a club or a company). */
  cities: Has;
  /** Whether any form is a demonym adjective (lookalikes.ts). */
  demonyms: boolean;
  /** Titles before a person's surname; sense words before and after a demonym adjective. */
  titles: PhraseSet;
  senseBefore: PhraseSet;
  senseAfter: PhraseSet;
}

/** Hash of four folded units into the `grams` bit set. */
export function gramHash(c0: number, c1: number, c2: number, c3: number): number {
  let h = Math.imul(c0 ^ 0x811c9dc5, 0x01000193) ^ c1;
  h = Math.imul(h, 0x01000193) ^ c2;
  h = Math.imul(h, 0x01000193) ^ c3;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0xfffff;
}
const SUFFIX_FIRST = [...new Set([...SUFFIX_LANGS.keys()].map((x) => x.charCodeAt(0)))];

const newNode = (): BuildNode => ({ exact: null, stem: null, forms: [] });

function addGap(step: BuildStep, gap: string | undefined) {
  if (gap === undefined || gap === ' ') return;
  for (const d of dashGaps(gap)) (step.gaps ??= new Set()).add(d);
  if (/^[\s\-\u2010\u2011]*$/u.test(gap)) return;
  (step.gaps ??= new Set()).add(gap);
}

/**
 * Builds an Index form by form, so a caller may spread the work over several tasks
 * (compileMatcherSliced).
 */
export class IndexBuilder {
  private readonly root = newNode();
  private readonly grams = new Uint32Array(1 << 15);
  private readonly compound = new Set<number>();
  private order = 0;
  private readonly demonyms: Set<string>;
  /** The entities of `demonyms`: the only ones whose forms are looked up there. */
  private readonly demonymEntities: Set<string>;

  constructor(
    private readonly entries: readonly GazetteerEntry[],
    private readonly lookalikes: Lookalikes | null = null,
  ) {
    this.demonyms = new Set(lookalikes?.demonyms ?? []);
    this.demonymEntities = new Set([...this.demonyms].map((k) => k.slice(0, k.indexOf('\u0000'))));
  }

  private set(h: number): void {
    this.grams[h >>> 5]! |= 1 << (h & 31);
  }

  /** Enters a first word or stem into `grams` (see Index.grams). */
  private noteFirst(w: string): void {
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1) || 0;
    const c2 = w.charCodeAt(2) || 0;
    this.set(gramHash(c0, c1, c2, w.charCodeAt(3) || 0));
    if (w.length === 3) for (const c of SUFFIX_FIRST) this.set(gramHash(c0, c1, c2, c));
  }

  /** Indexes a form, split into words by formWords() (now, or by the build: split-forms.ts). */
  add(form: NameForm, fw: FormWords): void {
    if (!fw.words.length) return;
    const node = this.path(form, fw);
    const singleLength = fw.words.length === 1 ? fw.words[0]!.length : 0;
    const demonym = this.demonymEntities.has(form.entity) && this.demonyms.has(`${form.entity}\u0000${fw.words.join(' ')}`);
    node.forms.push({
      form, bit: LANG_BIT[form.lang], raw: form.caseSensitive ? fw.raw : null, order: this.order++, singleLength, tail: fw.tail,
      blocker: false, literal: false, demonym,
    });
    if (form.lang === 'de' && singleLength >= MIN_COMPOUND_NAME && !form.ambiguous && !form.caseSensitive) {
      this.compound.add(singleLength);
    }
  }

  /**
   * Indexes a look-alike, after all gazetteer forms: one spelled like a form of another entity
   * yields to it (the gazetteer says what that name is); one spelled like a form of the entity it
   * looks like wins over it (a demonym noun that the gazetteer lists as the state's alias).
   */
  addBlocker(b: Blocker, fw: FormWords): void {
    if (!fw.words.length) return;
    const form: NameForm = { entity: b.looksLike, text: b.text, lang: b.lang, caseSensitive: b.exact, ambiguous: false };
    const node = this.path(form, fw);
    if (node.forms.some((f) => !f.blocker && f.form.entity !== b.looksLike)) return;
    node.forms.push({
      form, bit: LANG_BIT[b.lang], raw: b.exact ? fw.raw : null, order: this.order++, singleLength: 0, tail: fw.tail,
      blocker: true, literal: b.literal, demonym: false,
    });
  }

  /** The trie node of a form's words, made where missing. */
  private path(form: NameForm, { words, gaps }: FormWords): BuildNode {
    const bit = LANG_BIT[form.lang];
    let node = this.root;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
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
        if (i === 0) this.noteFirst(stem);
      }
      if (i === 0) this.noteFirst(w);
      node = step.node;
    }
    return node;
  }

  finish(): Index {
    const support = new Map<string, Set<string>>();
    const persons = new Set<string>();
    const cities = new Set<string>();
    for (const e of this.entries) {
      if (e.ambiguous?.length) support.set(e.id, new Set([e.id, ...(e.context ?? [])]));
      if (e.type === 'person') persons.add(e.id);
      else if (e.type === 'city') cities.add(e.id);
    }
    const l = this.lookalikes;
    return {
      root: this.root,
      size: this.order,
      grams: this.grams,
      compoundLengths: [...this.compound].sort((a, b) => b - a),
      support,
      persons,
      cities,
      demonyms: this.demonyms.size > 0,
      titles: new PhraseSet(l?.titles ?? [], 'before'),
      senseBefore: new PhraseSet(l?.before ?? [], 'before'),
      senseAfter: new PhraseSet(l?.after ?? [], 'after'),
    };
  }
}
