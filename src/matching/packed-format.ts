/**
 * The layout of the packed matcher index (decision 0220), shared by the build that writes it
 * (packed-build.ts, Node) and the page that reads it in place (packed.ts). One little-endian
 * buffer of sections of fixed-size records, each section read through a Uint16Array where all its
 * values fit 16 bits (most do at ×1: half the bytes) or else a Uint32Array; plus one string
 * holding every string end to end.
 *
 * Sections ([byte offset, length in values, bytes per value] in PackedHeader.sections):
 * - strOff: string i is strings.slice(strOff[i], strOff[i + 1]).
 * - entities: ENTITY_REC per entity: id, type + 1, scope + 1 (string ids; 0 = absent), flags
 *   (ENTITY_PERSON, ENTITY_CITY), support list + 1 (0 = none).
 * - entHash: open addressing, slot = entity + 1, keyed by the entity id.
 * - nodes: NODE_REC per trie node: first form, form count, flags (NODE_EXACT, NODE_STEM).
 * - forms: FORM_REC per indexed form, in node order: entity (string), text (string), flags
 *   (language index and FORM_* bits), order, tail (string), singleLength, raw list + 1.
 * - keys: KEY_REC per edge key: parent node, (word string << 1) | stem, then for an exact edge
 *   its one step (child node, language mask, gaps list + 1), for a stem edge first step and
 *   step count in `steps`.
 * - keyHash: open addressing, slot = key + 1, keyed by parent node, kind and word.
 * - steps: STEP_REC per step of a stem edge: child node, language mask, gaps list + 1.
 * - lists: [count, string ids…] runs (gaps, raw words, support sets).
 * - grams: the Bloom bit set as is (PackedHeader.gramsRaw) or the positions of its set bits.
 */
export const PACKED_VERSION = 2;

export const ENTITY_REC = 5;
export const NODE_REC = 3;
export const FORM_REC = 7;
export const KEY_REC = 5;
export const STEP_REC = 3;

export const ENTITY_PERSON = 1;
export const ENTITY_CITY = 2;
export const NODE_EXACT = 1;
export const NODE_STEM = 2;

/** Form flags above the language index (bits 0–3). */
export const FORM_CASE = 1 << 4;
export const FORM_AMBIGUOUS = 1 << 5;
export const FORM_BLOCKER = 1 << 6;
export const FORM_LITERAL = 1 << 7;
export const FORM_DEMONYM = 1 << 8;
export const FORM_LANG = 0xf;

/** Hash seeds by kind of key (the node id is mixed in for edges). */
export const KIND_EXACT = 0;
export const KIND_STEM = 1;
export const KIND_ENTITY = 2;

/** Words of the Bloom bit set (trie.ts IndexBuilder: 2²⁰ bits). */
export const GRAM_WORDS = 1 << 15;

export const SECTIONS = ['strOff', 'entities', 'entHash', 'nodes', 'forms', 'keys', 'keyHash', 'steps', 'lists', 'grams'] as const;
export type Section = (typeof SECTIONS)[number];

export interface PackedHeader {
  version: number;
  /** Index.size: indexed forms, look-alikes included. */
  size: number;
  demonyms: boolean;
  compoundLengths: number[];
  /** Phrase lists of the look-alikes file (PhraseSet indexes them on first use). */
  titles: string[];
  senseBefore: string[];
  senseAfter: string[];
  /** Whether `grams` is the bit set itself (dense) or the positions of its set bits (sparse). */
  gramsRaw: boolean;
  /** [byte offset, length in values, bytes per value (2 or 4)] of each section in `data`. */
  sections: Record<Section, [number, number, 2 | 4]>;
}

/** What the build emits and the page reads. `data` starts at a multiple of 4 in its buffer. */
export interface PackedIndex {
  header: PackedHeader;
  data: Uint8Array;
  strings: string;
}

/** The same, as the content script's module carries it: the bytes as base64. */
export interface PackedModule {
  header: PackedHeader;
  data: string;
  strings: string;
}

/** Hash of `s[from, to)` under a seed (kind, and node for edges): FNV-1a with a final mix. */
export function packedHash(seed: number, s: string, from: number, to: number): number {
  let h = Math.imul(seed ^ 0x811c9dc5, 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export const edgeSeed = (node: number, kind: number): number => (node << 2) | kind;

/**
 * Slots of an open-addressing table for n keys: a power of two, at most 2/3 full (most lookups
 * miss, and a miss probes to the next empty slot).
 */
export function tableSize(n: number): number {
  let size = 2;
  while (size * 2 < n * 3) size *= 2;
  return size;
}
