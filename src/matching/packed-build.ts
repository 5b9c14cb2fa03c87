/**
 * Build time (Node): what compileMatcher builds — the word trie, its forms, the entities' support
 * sets, persons and cities, the Bloom prefilter — packed into two strings (layout: packed-format.ts),
 * so a page reads it in place (packed.ts) instead of compiling.
 * Packs the Index itself, so whatever compile makes of the gazetteer and look-alikes ships.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { LANGS } from '../shared/pack-types';
import { compileIndex, type MatcherOptions } from './compile';
import { loadGazetteer } from './gazetteer-file';
import { loadLookalikes } from './lookalikes-file';
import { splitForms, splitLookalikes } from './split-forms';
import {
  ENTITY_CITY, ENTITY_PERSON, FORM_AMBIGUOUS, FORM_BLOCKER, FORM_CASE, FORM_DEMONYM, FORM_LITERAL, FORM_RAW, FORM_REC,
  FORM_SINGLE_SHIFT, GRAM_WORDS, KIND_ENTITY, KIND_EXACT, KIND_STEM, NODE_EXACT, NODE_STEM, ONE_UNIT_MAX, PACKED_VERSION,
  SECTIONS, STEP_REC, UNIT_BIAS, edgeSeed, packedHash, tableSize, type PackedHeader, type PackedIndex, type Section,
} from './packed-format';
import type { Index, Node, Step } from './trie';

class Strings {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** An open-addressing table of `keys` (hashes given), slot = key index + 1. */
function hashTable(hashes: readonly number[]): number[] {
  const size = tableSize(hashes.length);
  const table = new Array<number>(size).fill(0);
  for (let k = 0; k < hashes.length; k++) {
      let slot = hashes[k]! % size;
    while (table[slot]) slot = (slot + 1) % size;
    table[slot] = k + 1;
  }
  return table;
}

function asMap<T>(x: unknown, what: string): Map<string, T> {
  if (!(x instanceof Map)) throw new Error(`packing the matcher: Index.${what} is not a Map`);
  return x as Map<string, T>;
}
function asSet(x: unknown, what: string): Set<string> {
  if (!(x instanceof Set)) throw new Error(`packing the matcher: Index.${what} is not a Set`);
  return x as Set<string>;
}

/** Packs a compiled Index. `entries` give each entity's scope and type (entityMeta). */
export function packIndex(ix: Index, entries: readonly GazetteerEntry[], options: Pick<MatcherOptions, 'lookalikes'> = {}): PackedIndex {
  const strings = new Strings();
  const lists: number[] = [0]; // offset 0 unused: a list reference of 0 means none
  const list = (items: Iterable<string>): number => {
    const at = lists.length;
    const ids = [...items].map((s) => strings.id(s));
    lists.push(ids.length, ...ids);
    return at;
  };

  // Entities: every gazetteer entry, and any id the index knows that it does not.
  const support = asMap<ReadonlySet<string>>(ix.support, 'support');
  const persons = asSet(ix.persons, 'persons');
  const cities = asSet(ix.cities, 'cities');
  const byId = new Map<string, GazetteerEntry | null>(entries.map((e) => [e.id, e]));
  for (const id of [...support.keys(), ...persons, ...cities]) if (!byId.has(id)) byId.set(id, null);
  const entities: number[] = [];
  const entityHashes: number[] = [];
  for (const [id, e] of byId) {
    const s = support.get(id);
    const flags = (persons.has(id) ? ENTITY_PERSON : 0) | (cities.has(id) ? ENTITY_CITY : 0);
    entities.push(strings.id(id), e?.type ? strings.id(e.type) + 1 : 0, e?.scope ? strings.id(e.scope) + 1 : 0, flags, s ? list(s) : 0);
    entityHashes.push(packedHash(KIND_ENTITY, id, 0, id.length));
  }

  // Nodes, numbered depth-first from the root; a stem edge leads to a node an exact edge made.
  const nodeIds = new Map<Node, number>();
  const order: Node[] = [];
  const visit = (n: Node) => {
    if (nodeIds.has(n)) return;
    nodeIds.set(n, order.length);
    order.push(n);
    const exact = asMapOrNull<Step>(n.exact, 'exact');
    const stem = asMapOrNull<readonly Step[]>(n.stem, 'stem');
    if (exact) for (const step of exact.values()) visit(step.node);
    if (stem) for (const steps of stem.values()) for (const step of steps) visit(step.node);
  };
  visit(ix.root);

  const nodes: number[] = [];
  const forms: number[] = [];
  const keys: number[] = [];
  const keyHashes: number[] = [];
  const steps: number[] = [];
  const langIndex = new Map(LANGS.map((l, i) => [l, i]));
  const stepOf = (step: Step): [number, number, number] => {
    const gaps = step.gaps ? [...asSet(step.gaps, 'gaps')] : null;
    return [nodeIds.get(step.node)!, step.mask, gaps ? list(gaps) : 0];
  };
  for (const n of order) {
    const id = nodeIds.get(n)!;
    const exact = asMapOrNull<Step>(n.exact, 'exact');
    const stem = asMapOrNull<readonly Step[]>(n.stem, 'stem');
    for (const f of n.forms) {
      const lang = langIndex.get(f.form.lang);
      if (lang === undefined) throw new Error(`packing the matcher: unknown language ${f.form.lang}`);
      const flags = lang |
        (f.form.caseSensitive ? FORM_CASE : 0) | (f.form.ambiguous ? FORM_AMBIGUOUS : 0) |
        (f.blocker ? FORM_BLOCKER : 0) | (f.literal ? FORM_LITERAL : 0) | (f.demonym ? FORM_DEMONYM : 0) |
        (f.raw ? FORM_RAW : 0) | (f.singleLength << FORM_SINGLE_SHIFT);
      const extra = f.tail || f.raw?.length ? list([f.tail, ...(f.raw ?? [])]) : 0;
      forms.push(strings.id(f.form.entity), strings.id(f.form.text), flags, f.order, extra);
    }
    nodes.push(((forms.length / FORM_REC) << 2) | (exact?.size ? NODE_EXACT : 0) | (stem?.size ? NODE_STEM : 0));
    const key = (word: string, kind: number) => {
      keys.push(id, (strings.id(word) << 1) | kind);
      keyHashes.push(packedHash(edgeSeed(id, kind), word, 0, word.length));
    };
    if (exact) {
      for (const [word, step] of exact) {
        key(word, KIND_EXACT);
        keys.push(...stepOf(step));
      }
    }
    if (stem) {
      for (const [word, stepList] of stem) {
        key(word, KIND_STEM);
        keys.push(steps.length / STEP_REC, stepList.length, 0);
        for (const step of stepList) steps.push(...stepOf(step));
      }
    }
  }

  // The Bloom bit set: a few thousand bits of a million are set at ×1, so their positions are
  // far smaller than the 128 KB set; past 1/32 full the set itself is smaller.
  const gramBits: number[] = [];
  for (let w = 0; w < ix.grams.length; w++) {
    const word = ix.grams[w]!;
    if (word) for (let b = 0; b < 32; b++) if (word & (1 << b)) gramBits.push(w * 32 + b);
  }
  if (ix.grams.length !== GRAM_WORDS) throw new Error(`packing the matcher: the gram set has ${ix.grams.length} words, not ${GRAM_WORDS}`);
  const gramsRaw = gramBits.length >= GRAM_WORDS;
  const grams = gramsRaw ? [...ix.grams].flatMap((w) => [w & 0xffff, w >>> 16]) : gramBits;

  const strOff: number[] = [0];
  let chars = 0;
  for (const s of strings.list) strOff.push((chars += s.length));

  const parts: Record<Section, number[]> = {
    strOff, entities, entHash: hashTable(entityHashes), nodes, forms, keys, keyHash: hashTable(keyHashes), steps, lists, grams,
  };
  // One unit a value where all of a section's values fit, else two (packed-format.ts).
  const sections = {} as Record<Section, [number, number, 1 | 2]>;
  const units: number[] = [];
  for (const name of SECTIONS) {
    const values = parts[name];
    const raw = name === 'grams' && gramsRaw;
    const width = raw || values.every((v) => v < ONE_UNIT_MAX) ? 1 : 2;
    sections[name] = [units.length, raw ? values.length / 2 : values.length, raw ? 2 : width];
    for (const v of values) {
      if (!Number.isInteger(v) || v < 0 || v >= 2 ** 31) throw new Error(`packing the matcher: ${name} holds ${v}`);
      if (raw) units.push(v);
      else if (width === 1) units.push(v + UNIT_BIAS);
      else units.push((v >>> 15) + UNIT_BIAS, (v & 0x7fff) + UNIT_BIAS);
    }
  }
  let data = '';
  for (let i = 0; i < units.length; i += 8192) data += String.fromCharCode(...units.slice(i, i + 8192));
  const l = options.lookalikes;
  const header: PackedHeader = {
    version: PACKED_VERSION,
    size: ix.size,
    demonyms: ix.demonyms,
    compoundLengths: [...ix.compoundLengths],
    titles: [...(l?.titles ?? [])],
    senseBefore: [...(l?.before ?? [])],
    senseAfter: [...(l?.after ?? [])],
    gramsRaw,
    sections,
  };
  return { header, data, strings: strings.list.join('') };
}

function asMapOrNull<T>(x: unknown, what: string): Map<string, T> | null {
  return x === null ? null : asMap<T>(x, what);
}

/** compileIndex + packIndex: the packed matcher of a gazetteer under these options. */
export function packMatcher(entries: readonly GazetteerEntry[], options: MatcherOptions = {}): PackedIndex {
  return packIndex(compileIndex(entries, options), entries, options);
}

/** The text of an ES module whose default export is the PackedIndex (build.mjs virtual:matcher-index). */
export function moduleText(p: PackedIndex): string {
  return `export default {header:${JSON.stringify(p.header)},data:${JSON.stringify(p.data)},strings:${JSON.stringify(p.strings)}};\n`;
}

/**
 * The packed matcher of the repository's data (data/gazetteer.json, data/lookalikes.json), with
 * the options the content script compiled with before (forms and look-alikes split by the build).
 */
export function packRepositoryMatcher(root: string): PackedIndex {
  const entries = loadGazetteer(root);
  const lookalikes = loadLookalikes(root, entries);
  return packMatcher(entries, { split: splitForms(entries), lookalikes: splitLookalikes(lookalikes) });
}
