/**
 * The layout of the packed matcher index (decision 0220), shared by the build that writes it
 * (packed-build.ts, Node) and the page that reads it in place (packed.ts). Two strings: `data`,
 * sections of fixed-size records of numbers written as UTF-16 code units, and `strings`, every
 * string of the index end to end. A JS string is read with charCodeAt in place: shipped as a
 * string literal in the script, the index needs no decoding at all (no base64, no copy), so
 * opening it costs the same at ×1 and ×100.
 *
 * A number is one unit (value + UNIT_BIAS) where every value of its section is below
 * ONE_UNIT_MAX, else two ((v >>> 15) + UNIT_BIAS, (v & 0x7fff) + UNIT_BIAS). The bias keeps
 * units out of the control characters, which a script would carry as 2–6 byte escapes; no unit
 * is ever a surrogate. Most sections are one unit a value at ×1.
 *
 * Sections ([unit offset, length in values, units per value] in PackedHeader.sections):
 * - strOff: string i is strings.slice(strOff[i], strOff[i + 1]).
 * - entities: ENTITY_REC per entity: id, type + 1, scope + 1 (string ids; 0 = absent), flags
 *   (ENTITY_PERSON, ENTITY_CITY), support list (0 = none).
 * - entHash: open addressing, slot = entity + 1, keyed by the entity id.
 * - nodes: one value per trie node: (end of its forms << 2) | NODE_EXACT | NODE_STEM; its forms
 *   start where the previous node's end.
 * - forms: FORM_REC per indexed form, in node order: entity (string), text (string), flags
 *   (language index, FORM_* bits, singleLength << FORM_SINGLE_SHIFT), order, extra list
 *   ([tail, raw words…]; 0 = no tail, no raw words).
 * - keys: KEY_REC per edge key: parent node, (word string << 1) | stem, then for an exact edge
 *   its one step (child node, language mask, gaps list), for a stem edge first step and step
 *   count in `steps`, 0.
 * - keyHash: open addressing, slot = key + 1, keyed by parent node, kind and word.
 * - steps: STEP_REC per step of a stem edge: child node, language mask, gaps list.
 * - lists: [count, string ids…] runs (gaps, tails and raw words, support sets); offset 0 unused.
 * - grams: the positions of the Bloom bit set's set bits, or (PackedHeader.gramsRaw) the set
 *   itself, each 32-bit word as two raw 16-bit units.
 */
export const PACKED_VERSION = 3;

export const UNIT_BIAS = 0x20;
/** Values of one-unit sections stay below this (the bias must not reach past 0xffff). */
export const ONE_UNIT_MAX = 0x10000 - UNIT_BIAS;

export const ENTITY_REC = 5;
export const FORM_REC = 5;
export const KEY_REC = 5;
export const STEP_REC = 3;

export const ENTITY_PERSON = 1;
export const ENTITY_CITY = 2;
export const NODE_EXACT = 1;
export const NODE_STEM = 2;

/** Form flags above the language index (bits 0–2), then singleLength. */
export const FORM_LANG = 0x7;
export const FORM_CASE = 1 << 3;
export const FORM_AMBIGUOUS = 1 << 4;
export const FORM_BLOCKER = 1 << 5;
export const FORM_LITERAL = 1 << 6;
export const FORM_DEMONYM = 1 << 7;
/** The form has raw words (case-sensitive): `raw` is not null, even when the list is empty. */
export const FORM_RAW = 1 << 8;
export const FORM_SINGLE_SHIFT = 9;

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
  /** [unit offset, length in values, units per value] of each section in `data`. */
  sections: Record<Section, [number, number, 1 | 2]>;
}

/** What the build emits (as the default export of virtual:matcher-index) and the page reads. */
export interface PackedIndex {
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
 * Slots of an open-addressing table for n keys: 1.5 n (most lookups miss, and a miss probes to
 * the next empty slot; a power of two would waste up to half of the table).
 */
export function tableSize(n: number): number {
  return Math.max(2, Math.ceil(n * 1.5));
}
