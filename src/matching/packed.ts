/**
 * The matcher over the build's packed index (packed-build.ts; layout in packed-format.ts), read
 * in place: a trie lookup is a probe of a hash table in the data string and a compare against
 * the string table, and a node, step or form becomes an object only when a text reaches it. So
 * a frame's matcher is ready without building anything, and that cost does not grow with the
 * gazetteer (decision 0220). Pure: no DOM, no extension API.
 */
import { LANGS, type Lang } from '../shared/pack-types';
import { matcherOver, type MatcherOptions } from './compile';
import { LANG_BIT } from './inflect';
import {
  ENTITY_CITY, ENTITY_PERSON, ENTITY_REC, FORM_AMBIGUOUS, FORM_BLOCKER, FORM_CASE, FORM_DEMONYM, FORM_LANG, FORM_LITERAL,
  FORM_RAW, FORM_REC, FORM_SINGLE_SHIFT, GRAM_WORDS, KEY_REC, KIND_ENTITY, KIND_EXACT, KIND_STEM, NODE_EXACT, NODE_STEM,
  PACKED_VERSION, SECTIONS, STEP_REC, UNIT_BIAS, edgeSeed, packedHash, type PackedHeader, type PackedIndex, type Section,
} from './packed-format';
import { PhraseSet } from './phrases';
import type { Has, Index, IndexedForm, Lookup, Node, Step } from './trie';
import type { Matcher } from './types';

export class PackedError extends Error {}

/** One section of the data string: its numbers, read in place (packed-format.ts). */
class View {
  constructor(private readonly d: string, private readonly at: number, readonly length: number, private readonly wide: boolean) {}

  get(i: number): number {
    if (!this.wide) return this.d.charCodeAt(this.at + i) - UNIT_BIAS;
    const k = this.at + 2 * i;
    return (this.d.charCodeAt(k) - UNIT_BIAS) * 0x8000 + this.d.charCodeAt(k + 1) - UNIT_BIAS;
  }
}

/** Reads the packed index; caches what it has decoded, so each object is made once. */
class Reader {
  readonly s: string;
  private readonly strOff: View;
  readonly ents: View;
  private readonly entHash: View;
  private readonly nodeRecs: View;
  private readonly formRecs: View;
  private readonly keyRecs: View;
  private readonly keyHash: View;
  private readonly stepRecs: View;
  private readonly listData: View;
  private readonly strs: (string | undefined)[] = [];
  private readonly nodes: (PackedNode | undefined)[] = [];
  private readonly forms: (IndexedForm | undefined)[] = [];
  private readonly stemSteps: (Step[] | undefined)[] = [];
  private readonly exactSteps: (Step | undefined)[] = [];
  private readonly lists: (ReadonlySet<string> | undefined)[] = [];

  constructor(readonly header: PackedHeader, readonly data: string, strings: string) {
    if (header.version !== PACKED_VERSION) throw new PackedError(`matcher index version ${header.version}, this code reads ${PACKED_VERSION}`);
    let end = 0;
    for (const name of SECTIONS) {
      const [at, n, width] = header.sections[name];
      if (at !== end) throw new PackedError(`matcher index: section ${name} is not where its header says`);
      end = at + n * width;
    }
    if (end !== data.length) throw new PackedError(`matcher index of ${data.length} units, its header says ${end}`);
    const view = (name: Section): View => {
      const [at, n, width] = header.sections[name];
      return new View(data, at, n, width === 2);
    };
    this.s = strings;
    this.strOff = view('strOff');
    this.ents = view('entities');
    this.entHash = view('entHash');
    this.nodeRecs = view('nodes');
    this.formRecs = view('forms');
    this.keyRecs = view('keys');
    this.keyHash = view('keyHash');
    this.stepRecs = view('steps');
    this.listData = view('lists');
    if (this.strOff.get(this.strOff.length - 1) !== strings.length) throw new PackedError('matcher index and its string table differ');
  }

  str(id: number): string {
    let s = this.strs[id];
    if (s === undefined) this.strs[id] = s = this.s.slice(this.strOff.get(id), this.strOff.get(id + 1));
    return s;
  }

  /** Is string `id` equal to `w`? Compared in place, without slicing the table. */
  private eq(id: number, w: string): boolean {
    const a = this.strOff.get(id);
    return this.strOff.get(id + 1) - a === w.length && this.s.startsWith(w, a);
  }

  node(id: number): PackedNode {
    return (this.nodes[id] ??= new PackedNode(this, id, this.nodeRecs.get(id) & 3));
  }

  formsOf(id: number): IndexedForm[] {
    const first = id ? this.nodeRecs.get(id - 1) >>> 2 : 0;
    const end = this.nodeRecs.get(id) >>> 2;
    const out: IndexedForm[] = [];
    for (let i = first; i < end; i++) out.push(this.form(i));
    return out;
  }

  private form(i: number): IndexedForm {
    let f = this.forms[i];
    if (f) return f;
    const u = this.formRecs;
    const r = i * FORM_REC;
    const flags = u.get(r + 2);
    const lang: Lang | undefined = LANGS[flags & FORM_LANG];
    if (!lang) throw new PackedError(`matcher index: form ${i} has no language`);
    // [tail, raw words…]: read as a list, not a set (a raw word may repeat).
    const extra = u.get(r + 4);
    const more: string[] = [];
    for (let k = 1, n = extra ? this.listData.get(extra) : 0; k <= n; k++) more.push(this.str(this.listData.get(extra + k)));
    f = {
      form: {
        entity: this.str(u.get(r)), text: this.str(u.get(r + 1)), lang,
        caseSensitive: (flags & FORM_CASE) !== 0, ambiguous: (flags & FORM_AMBIGUOUS) !== 0,
      },
      bit: LANG_BIT[lang], raw: flags & FORM_RAW ? more.slice(1) : null, order: u.get(r + 3), tail: more[0] ?? '',
      singleLength: flags >>> FORM_SINGLE_SHIFT, blocker: (flags & FORM_BLOCKER) !== 0, literal: (flags & FORM_LITERAL) !== 0,
      demonym: (flags & FORM_DEMONYM) !== 0,
    };
    this.forms[i] = f;
    return f;
  }

  /** The strings of the list at `at` (offset in the lists section), in order (a Set keeps it). */
  list(at: number): ReadonlySet<string> {
    const l = this.lists[at];
    if (l) return l;
    const n = this.listData.get(at);
    const out = new Set<string>();
    for (let i = 1; i <= n; i++) out.add(this.str(this.listData.get(at + i)));
    this.lists[at] = out;
    return out;
  }

  /** The key record of edge `word` of kind `kind` out of node `node`, or -1. */
  private key(node: number, kind: number, word: string): number {
    const u = this.keyRecs;
    const table = this.keyHash;
    const size = table.length;
    let slot = packedHash(edgeSeed(node, kind), word, 0, word.length) % size;
    for (;;) {
      const k = table.get(slot);
      if (!k) return -1;
      const r = (k - 1) * KEY_REC;
      const ks = u.get(r + 1);
      if (u.get(r) === node && (ks & 1) === kind && this.eq(ks >>> 1, word)) return k - 1;
      if (++slot === size) slot = 0;
    }
  }

  private step(u: View, s: number): Step {
    const gaps = u.get(s + 2);
    return { node: this.node(u.get(s)), mask: u.get(s + 1), gaps: gaps ? this.list(gaps) : null };
  }

  exact(node: number, word: string): Step | undefined {
    const k = this.key(node, KIND_EXACT, word);
    if (k < 0) return undefined;
    return (this.exactSteps[k] ??= this.step(this.keyRecs, k * KEY_REC + 2));
  }

  stem(node: number, word: string): Step[] | undefined {
    const k = this.key(node, KIND_STEM, word);
    if (k < 0) return undefined;
    let list = this.stemSteps[k];
    if (list) return list;
    list = [];
    const first = this.keyRecs.get(k * KEY_REC + 2);
    const n = this.keyRecs.get(k * KEY_REC + 3);
    for (let i = first; i < first + n; i++) list.push(this.step(this.stepRecs, i * STEP_REC));
    this.stemSteps[k] = list;
    return list;
  }

  /** Index of the entity record of `id` (in `ents`), or -1. */
  entity(id: string): number {
    const u = this.ents;
    const table = this.entHash;
    const size = table.length;
    let slot = packedHash(KIND_ENTITY, id, 0, id.length) % size;
    for (;;) {
      const k = table.get(slot);
      if (!k) return -1;
      const r = (k - 1) * ENTITY_REC;
      if (this.eq(u.get(r), id)) return r;
      if (++slot === size) slot = 0;
    }
  }
}

class PackedNode implements Node {
  readonly exact: Lookup<Step> | null;
  readonly stem: Lookup<readonly Step[]> | null;
  private list: IndexedForm[] | null = null;

  constructor(private readonly r: Reader, private readonly id: number, flags: number) {
    this.exact = flags & NODE_EXACT ? { get: (w) => r.exact(id, w) } : null;
    this.stem = flags & NODE_STEM ? { get: (w) => r.stem(id, w) } : null;
  }

  get forms(): readonly IndexedForm[] {
    return (this.list ??= this.r.formsOf(this.id));
  }
}

/** Scope and type of an entity, as the gazetteer gives them (entityMeta in the content script). */
export interface PackedEntities {
  scopeOf(id: string): string | undefined;
  typeOf(id: string): string | undefined;
}

export interface Packed {
  /** The Index the compiled matcher would match over, read from the packed arrays. */
  index: Index;
  entities: PackedEntities;
}

/** The Bloom bit set of the index (one 128 KB array whatever the gazetteer's size). */
function gramsOf(h: PackedHeader, data: string): Uint32Array {
  const [at, n] = h.sections.grams;
  const grams = new Uint32Array(GRAM_WORDS);
  if (h.gramsRaw) {
    if (n !== GRAM_WORDS) throw new PackedError('matcher index: its gram set is cut short');
    for (let w = 0; w < n; w++) grams[w] = (data.charCodeAt(at + 2 * w) | (data.charCodeAt(at + 2 * w + 1) << 16)) >>> 0;
  } else {
    // Inlined rather than through View.get: this loop runs once a frame, before anything is
    // optimized, and a call an iteration doubled its time in Chromium.
    if (h.sections.grams[2] === 2) {
      for (let k = at, end = at + 2 * n; k < end; k += 2) {
        const b = (data.charCodeAt(k) - UNIT_BIAS) * 0x8000 + data.charCodeAt(k + 1) - UNIT_BIAS;
        grams[b >>> 5]! |= 1 << (b & 31);
      }
    } else {
      for (let k = at, end = at + n; k < end; k++) {
        const b = data.charCodeAt(k) - UNIT_BIAS;
        grams[b >>> 5]! |= 1 << (b & 31);
      }
    }
  }
  return grams;
}

/** Opens a packed index: checks its header and sizes; decodes nothing but the gram set. */
export function openPacked(p: PackedIndex): Packed {
  const r = new Reader(p.header, p.data, p.strings);
  const u = r.ents;
  const h = p.header;
  const flag = (bit: number): Has => ({ has: (id) => {
    const e = r.entity(id);
    return e >= 0 && (u.get(e + 3) & bit) !== 0;
  } });
  const index: Index = {
    root: r.node(0),
    size: h.size,
    grams: gramsOf(h, p.data),
    compoundLengths: h.compoundLengths,
    support: { get: (id) => {
      const e = r.entity(id);
      const at = e >= 0 ? u.get(e + 4) : 0;
      return at ? r.list(at) : undefined;
    } },
    persons: flag(ENTITY_PERSON),
    cities: flag(ENTITY_CITY),
    demonyms: h.demonyms,
    titles: new PhraseSet(h.titles, 'before'),
    senseBefore: new PhraseSet(h.senseBefore, 'before'),
    senseAfter: new PhraseSet(h.senseAfter, 'after'),
  };
  const field = (k: number) => (id: string) => {
    const e = r.entity(id);
    const s = e >= 0 ? u.get(e + k) : 0;
    return s ? r.str(s - 1) : undefined;
  };
  return { index, entities: { typeOf: field(1), scopeOf: field(2) } };
}

/** A form of the index as a list of names sees it: whose, its text and language, its place. */
export interface PackedName {
  form: { entity: string; text: string; lang: Lang };
  /** Gazetteer order (IndexedForm.order). */
  order: number;
  /** A look-alike of the entity's names (lookalikes.ts), not one of them. */
  blocker: boolean;
}

/**
 * Every indexed form of a packed index, in the order it stores them: for readers of the names
 * themselves (the panel's "did you mean"), not for matching, so only what they need is decoded.
 * A function of its own, so a bundle that never lists the names (the content script) leaves it out.
 */
export function packedNames(p: PackedIndex): PackedName[] {
  const r = new Reader(p.header, p.data, p.strings);
  const [at, n, width] = p.header.sections.forms;
  const u = new View(p.data, at, n, width === 2);
  const out: PackedName[] = [];
  for (let k = 0; k < n; k += FORM_REC) {
    const flags = u.get(k + 2);
    const lang: Lang | undefined = LANGS[flags & FORM_LANG];
    if (!lang) throw new PackedError(`matcher index: form ${k / FORM_REC} has no language`);
    out.push({ form: { entity: r.str(u.get(k)), text: r.str(u.get(k + 1)), lang }, order: u.get(k + 3), blocker: (flags & FORM_BLOCKER) !== 0 });
  }
  return out;
}

/** The Matcher over a packed index: the same matches as compileMatcher over what was packed. */
export function packedMatcher(p: PackedIndex | Packed, options: Pick<MatcherOptions, 'window' | 'compounds'> = {}): Matcher {
  return matcherOver('index' in p ? p.index : openPacked(p).index, options);
}
