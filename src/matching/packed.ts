/**
 * The matcher over the build's packed index (packed-build.ts; layout in packed-format.ts), read
 * in place: a trie lookup is a probe of a hash table in the Uint32Array and a compare against
 * the string table, and a node, step or form becomes an object only when a text reaches it. So
 * a frame's matcher is ready without building anything, and that cost does not grow with the
 * gazetteer (decision 0220). Pure: no DOM, no extension API.
 */
import { LANGS, type Lang } from '../shared/pack-types';
import { matcherOver, type MatcherOptions } from './compile';
import { LANG_BIT } from './inflect';
import {
  ENTITY_CITY, ENTITY_PERSON, ENTITY_REC, FORM_AMBIGUOUS, FORM_BLOCKER, FORM_CASE, FORM_DEMONYM, FORM_LANG, FORM_LITERAL,
  FORM_REC, GRAM_WORDS, KEY_REC, KIND_ENTITY, KIND_EXACT, KIND_STEM, NODE_EXACT, NODE_REC, NODE_STEM, PACKED_VERSION,
  STEP_REC, edgeSeed, packedHash, type PackedHeader, type PackedIndex, type PackedModule, type Section,
} from './packed-format';
import { PhraseSet } from './phrases';
import type { Has, Index, IndexedForm, Lookup, Node, Step } from './trie';
import type { Matcher } from './types';

export class PackedError extends Error {}

type View = Uint16Array | Uint32Array;

/** Reads the packed arrays; caches what it has decoded, so each object is made once. */
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
  readonly gramData: View;
  private readonly strs: (string | undefined)[] = [];
  private readonly nodes: (PackedNode | undefined)[] = [];
  private readonly forms: (IndexedForm | undefined)[] = [];
  private readonly stemSteps: (Step[] | undefined)[] = [];
  private readonly exactSteps: (Step | undefined)[] = [];
  private readonly lists: (ReadonlySet<string> | undefined)[] = [];

  constructor(readonly header: PackedHeader, data: Uint8Array, strings: string) {
    if (header.version !== PACKED_VERSION) throw new PackedError(`matcher index version ${header.version}, this code reads ${PACKED_VERSION}`);
    if (data.byteOffset % 4) throw new PackedError('matcher index not aligned to 4 bytes');
    const view = (name: Section): View => {
      const [at, n, width] = header.sections[name];
      if (at + n * width > data.byteLength) throw new PackedError(`matcher index of ${data.byteLength} bytes, its header says more`);
      return width === 2 ? new Uint16Array(data.buffer, data.byteOffset + at, n) : new Uint32Array(data.buffer, data.byteOffset + at, n);
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
    this.gramData = view('grams');
    if (this.strOff[this.strOff.length - 1] !== strings.length) throw new PackedError('matcher index and its string table differ');
  }

  str(id: number): string {
    let s = this.strs[id];
    if (s === undefined) this.strs[id] = s = this.s.slice(this.strOff[id]!, this.strOff[id + 1]!);
    return s;
  }

  /** Is string `id` equal to `w`? Compared in place, without slicing the table. */
  private eq(id: number, w: string): boolean {
    const a = this.strOff[id]!;
    return this.strOff[id + 1]! - a === w.length && this.s.startsWith(w, a);
  }

  node(id: number): PackedNode {
    return (this.nodes[id] ??= new PackedNode(this, id, this.nodeRecs[id * NODE_REC + 2]!));
  }

  formsOf(id: number): IndexedForm[] {
    const first = this.nodeRecs[id * NODE_REC]!;
    const n = this.nodeRecs[id * NODE_REC + 1]!;
    const out: IndexedForm[] = [];
    for (let i = first; i < first + n; i++) out.push(this.form(i));
    return out;
  }

  private form(i: number): IndexedForm {
    let f = this.forms[i];
    if (f) return f;
    const u = this.formRecs;
    const r = i * FORM_REC;
    const flags = u[r + 2]!;
    const lang: Lang = LANGS[flags & FORM_LANG]!;
    const raw = u[r + 6]!;
    f = {
      form: {
        entity: this.str(u[r]!), text: this.str(u[r + 1]!), lang,
        caseSensitive: (flags & FORM_CASE) !== 0, ambiguous: (flags & FORM_AMBIGUOUS) !== 0,
      },
      bit: LANG_BIT[lang], raw: raw ? [...this.list(raw)] : null, order: u[r + 3]!, tail: this.str(u[r + 4]!),
      singleLength: u[r + 5]!, blocker: (flags & FORM_BLOCKER) !== 0, literal: (flags & FORM_LITERAL) !== 0,
      demonym: (flags & FORM_DEMONYM) !== 0,
    };
    this.forms[i] = f;
    return f;
  }

  /** The strings of the list at `at` (offset in the lists section), in order (a Set keeps it). */
  list(at: number): ReadonlySet<string> {
    const l = this.lists[at];
    if (l) return l;
    const n = this.listData[at]!;
    const out = new Set<string>();
    for (let i = 1; i <= n; i++) out.add(this.str(this.listData[at + i]!));
    this.lists[at] = out;
    return out;
  }

  /** The key record of edge `word` of kind `kind` out of node `node`, or -1. */
  private key(node: number, kind: number, word: string): number {
    const u = this.keyRecs;
    const table = this.keyHash;
    const mask = table.length - 1;
    let slot = packedHash(edgeSeed(node, kind), word, 0, word.length) & mask;
    for (;;) {
      const k = table[slot]!;
      if (!k) return -1;
      const r = (k - 1) * KEY_REC;
      const ks = u[r + 1]!;
      if (u[r] === node && (ks & 1) === kind && this.eq(ks >>> 1, word)) return k - 1;
      slot = (slot + 1) & mask;
    }
  }

  private step(u: View, s: number): Step {
    const gaps = u[s + 2]!;
    return { node: this.node(u[s]!), mask: u[s + 1]!, gaps: gaps ? this.list(gaps) : null };
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
    const first = this.keyRecs[k * KEY_REC + 2]!;
    const n = this.keyRecs[k * KEY_REC + 3]!;
    for (let i = first; i < first + n; i++) list.push(this.step(this.stepRecs, i * STEP_REC));
    this.stemSteps[k] = list;
    return list;
  }

  /** Index of the entity record of `id` (in `ents`), or -1. */
  entity(id: string): number {
    const u = this.ents;
    const table = this.entHash;
    const mask = table.length - 1;
    let slot = packedHash(KIND_ENTITY, id, 0, id.length) & mask;
    for (;;) {
      const k = table[slot]!;
      if (!k) return -1;
      const r = (k - 1) * ENTITY_REC;
      if (this.eq(u[r]!, id)) return r;
      slot = (slot + 1) & mask;
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

/** Opens a packed index: checks its header and sizes; decodes nothing else. */
export function openPacked(p: PackedIndex): Packed {
  const r = new Reader(p.header, p.data, p.strings);
  const u = r.ents;
  const h = p.header;
  const flag = (bit: number): Has => ({ has: (id) => {
    const e = r.entity(id);
    return e >= 0 && (u[e + 3]! & bit) !== 0;
  } });
  const g = r.gramData;
  let grams: Uint32Array;
  if (h.gramsRaw) {
    if (!(g instanceof Uint32Array) || g.length !== GRAM_WORDS) throw new PackedError('matcher index: its gram set is cut short');
    grams = g;
  } else {
    grams = new Uint32Array(GRAM_WORDS);
    for (let i = 0; i < g.length; i++) grams[g[i]! >>> 5]! |= 1 << (g[i]! & 31);
  }
  const index: Index = {
    root: r.node(0),
    size: h.size,
    grams,
    compoundLengths: h.compoundLengths,
    support: { get: (id) => {
      const e = r.entity(id);
      return e >= 0 && u[e + 4] ? r.list(u[e + 4]!) : undefined;
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
    return e >= 0 && u[e + k] ? r.str(u[e + k]! - 1) : undefined;
  };
  return { index, entities: { typeOf: field(1), scopeOf: field(2) } };
}

/** The bytes of a PackedModule (base64): one native call where the browser has Uint8Array.fromBase64. */
export function decodeModule(m: PackedModule): PackedIndex {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new PackedError('the matcher index needs a little-endian machine');
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  let bytes: Uint8Array;
  if (fromBase64) bytes = fromBase64(m.data);
  else {
    const bin = atob(m.data);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  return { header: m.header, data: bytes, strings: m.strings };
}

/** The Matcher over a packed index: the same matches as compileMatcher over what was packed. */
export function packedMatcher(p: PackedIndex | Packed, options: Pick<MatcherOptions, 'window' | 'compounds'> = {}): Matcher {
  return matcherOver('index' in p ? p.index : openPacked(p).index, options);
}
