/**
 * Input checks for the pack build: malformed input stops the build with `<file>:<line>: <what>`,
 * so a curator can fix the file without reading the deriver. Pure: callers pass bytes and text.
 * Covers corpus/*.txt (UTF-8, no control characters, not empty), corpus/sources.json and
 * corpus/summaries.json (syntax and shape), and the pairing of sources with corpus files.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SummaryEntry } from './derive';

/** 1-based line of a UTF-16 offset (or byte offset, for bytes) given the positions of "\n". */
function lineAt(newlines: number[], offset: number): number {
  let a = 0;
  let b = newlines.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (newlines[m]! < offset) a = m + 1;
    else b = m;
  }
  return a + 1;
}

function newlinesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i);
  return out;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    // Sequence length and the smallest code point it may encode (overlong forms are invalid).
    let n: number;
    let min: number;
    if (c < 0x80) [n, min] = [0, 0];
    else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    if (i + n >= b.length && n > 0) return i;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Decodes a corpus file, or throws `file:line: message` for invalid UTF-8, control characters, or no text. */
export function checkCorpusText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    const hex = at >= 0 ? bytes[at]!.toString(16).padStart(2, '0') : '??';
    throw new Error(`${file}:${line}: not valid UTF-8 (byte 0x${hex} at offset ${at})`);
  }
  const nl = newlinesOf(text);
  // C0 controls other than tab, LF, CR; DEL; C1 controls. They never occur in real prose and mean a
  // broken extraction (NUL from UTF-16 read as bytes, form feeds from PDF copies).
  let bad: { index: number; code: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) {
      bad = { index: i, code: c };
      break;
    }
  }
  if (bad) {
    const code = bad.code.toString(16).toUpperCase().padStart(4, '0');
    const what = code === '0000' ? 'NUL character' : `control character U+${code}`;
    throw new Error(`${file}:${lineAt(nl, bad.index)}: ${what}`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new Error(`${file}:1: empty corpus file (no text)`);
  return text;
}

/** A parsed JSON document with line lookup, for shape errors at the right line. */
export interface JsonDoc {
  root: Node;
  file: string;
  line(node: Node | undefined): number;
  fail(node: Node | undefined, message: string): never;
}

export function parseJson(text: string, file: string): JsonDoc {
  const nl = newlinesOf(text);
  const line = (node: Node | undefined) => (node ? lineAt(nl, node.offset) : 1);
  const fail = (node: Node | undefined, message: string): never => {
    throw new Error(`${file}:${line(node)}: ${message}`);
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) throw new Error(`${file}:${lineAt(nl, first.offset)}: JSON syntax error: ${printParseErrorCode(first.error)}`);
  if (!root) throw new Error(`${file}:1: empty JSON file`);
  return { root, file, line, fail };
}

/** Properties of an object node, in order, duplicates kept. */
function pairs(node: Node): [string, { key: Node; value: Node }][] {
  return (node.children ?? []).map((p) => [p.children![0]!.value as string, { key: p.children![0]!, value: p.children![1]! }]);
}

/** Properties of an object node by name (a duplicate name: the last one). */
function props(node: Node): Map<string, { key: Node; value: Node }> {
  return new Map(pairs(node));
}

export interface SourceMeta {
  id: string;
  title: string;
  titleEn: string;
  lang: string;
  outlet?: string;
  url?: string;
}

const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SOURCE_KEYS = new Set(['id', 'title', 'titleEn', 'lang', 'outlet', 'url']);

/**
 * corpus/sources.json → metadata, checked against the corpus files present (`corpusIds`, the file
 * names without ".txt"). Both directions: an id without a file, and a file without an id.
 */
export function parseSources(text: string, file: string, corpusIds: readonly string[], corpusDir = 'corpus'): SourceMeta[] {
  const doc = parseJson(text, file);
  const list = doc.root.type === 'object' ? props(doc.root).get('sources')?.value : undefined;
  if (!list || list.type !== 'array') doc.fail(list ?? doc.root, 'expected { "sources": [ … ] }');
  const out: SourceMeta[] = [];
  const seen = new Map<string, number>();
  for (const item of list!.children ?? []) {
    if (item.type !== 'object') doc.fail(item, 'each source must be an object');
    const p = props(item);
    for (const [k, { key }] of p) if (!SOURCE_KEYS.has(k)) doc.fail(key, `unknown field "${k}" (expected ${[...SOURCE_KEYS].join(', ')})`);
    const str = (k: string, required: boolean): string | undefined => {
      const v = p.get(k)?.value;
      if (!v) return required ? doc.fail(item, `source without "${k}"`) : undefined;
      if (v.type !== 'string' || !(v.value as string).trim()) doc.fail(v, `"${k}" must be a non-empty string`);
      return v.value as string;
    };
    const id = str('id', true)!;
    const idNode = p.get('id')!.value;
    if (seen.has(id)) doc.fail(idNode, `duplicate source id "${id}" (first at line ${seen.get(id)})`);
    seen.set(id, doc.line(idNode));
    if (!corpusIds.includes(id)) doc.fail(idNode, `source "${id}" has no corpus file ${corpusDir}/${id}.txt`);
    const lang = str('lang', true)!;
    if (!BCP47.test(lang)) doc.fail(p.get('lang')!.value, `"lang" must be a BCP 47 tag such as "en" or "fa-AF", not ${JSON.stringify(lang)}`);
    const url = str('url', false);
    if (url !== undefined && !/^https?:\/\/\S+$/u.test(url)) doc.fail(p.get('url')!.value, `"url" must be an http(s) URL`);
    const meta: SourceMeta = { id, title: str('title', true)!, titleEn: str('titleEn', true)!, lang };
    const outlet = str('outlet', false);
    if (outlet !== undefined) meta.outlet = outlet;
    if (url !== undefined) meta.url = url;
    out.push(meta);
  }
  for (const id of corpusIds) if (!seen.has(id)) throw new Error(`${corpusDir}/${id}.txt:1: corpus file has no metadata in ${file}`);
  return out;
}

export interface ParsedSummaries {
  entries: Record<string, SummaryEntry>;
  /** Line of each entry's key, for errors about it. */
  lines: Record<string, number>;
}

/** corpus/summaries.json → { "<fact id>": { quoteStart, en } } with the line of every key. */
export function parseSummaries(text: string, file: string): ParsedSummaries {
  const doc = parseJson(text, file);
  if (doc.root.type !== 'object') doc.fail(doc.root, 'expected an object keyed by fact id');
  const entries: Record<string, SummaryEntry> = {};
  const lines: Record<string, number> = {};
  for (const [id, { key, value }] of pairs(doc.root)) {
    if (!/^[^#\s]+#\d+$/u.test(id)) doc.fail(key, `key ${JSON.stringify(id)} is not a fact id ("<source>#<sentence index>")`);
    if (id in entries) doc.fail(key, `duplicate summary for "${id}"`);
    if (value.type !== 'object') doc.fail(value, `"${id}" must be an object { "quoteStart", "en" }`);
    const p = props(value);
    for (const [k, { key: kn }] of p) if (k !== 'quoteStart' && k !== 'en') doc.fail(kn, `"${id}": unknown field "${k}"`);
    const get = (k: string) => {
      const v = p.get(k)?.value;
      if (!v) return doc.fail(value, `"${id}" without "${k}"`);
      if (v.type !== 'string' || !(v.value as string).trim()) return doc.fail(v, `"${id}": "${k}" must be a non-empty string`);
      return v.value as string;
    };
    entries[id] = { quoteStart: get('quoteStart'), en: get('en') };
    lines[id] = doc.line(key);
  }
  return { entries, lines };
}
