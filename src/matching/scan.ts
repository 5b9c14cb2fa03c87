/**
 * Candidate mentions: every way a run of text words can spell a gazetteer form. Overlaps are
 * left to resolve.ts. Cost per text word: a two-letter filter (a table probe for ASCII), and only
 * for the few words that pass it, folding plus one hash probe per plausible ending.
 */
import { COMPLEX, DROPPED, foldCodePoint, foldString, foldText, foldUnit } from './normalize';
import {
  ARABIC_LANGS, ARABIC_PREFIXES, LANG_BIT, MIN_COMPOUND_NAME, MIN_COMPOUND_REST, MIN_PREFIXED_NAME, MIN_STEM,
  SUFFIXES_BY_LAST, SUFFIX_LANGS, ALL_LANGS, scriptOf,
} from './inflect';
import type { Script } from './inflect';
import { gramHash, type Has, type Index, type IndexedForm, type Node } from './trie';
import { isAscii, isWordAt, softGap, type Tokens } from './tokenize';

export interface Candidate {
  start: number;
  end: number;
  /** First and last text word covered (for overlap bookkeeping). */
  t0: number;
  t1: number;
  form: IndexedForm;
}

interface Word {
  f: string;
  /** Folded unit → original offset; null for ASCII words (offset = word start + index). */
  map: Uint32Array | null;
  /** False until `map` is made (non-ASCII words only; see offset()). */
  mapped: boolean;
  script: Script;
}

const ARABIC_FIRST = new Set(ARABIC_PREFIXES.map((p) => p.charCodeAt(0)));
/** Is gram hash `h` in the bit set `g`? */
const hasGram = (g: Uint32Array, h: number): boolean => (g[h >>> 5]! & (1 << (h & 31))) !== 0;
/** May an edge that asks for `gaps` follow the separator `gap` (null: a space or hyphen, always fine)? */
const gapOk = (gaps: Has | null, gap: string | null): boolean => gap === null || (gaps !== null && gaps.has(gap));
/** Scratch for passes(): the first folded units of a word. */
const U6 = new Uint16Array(6);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const LETTER = /\p{L}/u;
const JOINER_RE = /\u00ad|\u200c|\u200d|\u2060|\ufeff|\u200e|\u200f/g;

export class Scanner {
  // Words are folded lazily and only looked at again by the next start position, so a two-entry
  // cache saves the refold without a map that grows with the page.
  private cacheA = -1;
  private wordA: Word | null = null;
  private cacheB = -1;
  private wordB: Word | null = null;
  constructor(
    private readonly ix: Index,
    private readonly s: string,
    private readonly tk: Tokens,
    private readonly compounds: boolean,
  ) {}

  /** Cheap rejection: could word `ti` (or it minus an Arabic prefix) begin any indexed form? */
  passes(ti: number): boolean {
    const s = this.s;
    const g = this.ix.grams;
    const a = this.tk.start[ti]!;
    const n = this.tk.end[ti]! - a;
    const c0 = s.charCodeAt(a);
    const c1 = n > 1 ? s.charCodeAt(a + 1) : 0;
    const c2 = n > 2 ? s.charCodeAt(a + 2) : 0;
    const c3 = n > 3 ? s.charCodeAt(a + 3) : 0;
    if ((c0 | c1 | c2 | c3) < 128) return hasGram(g, gramHash(lower(c0), lower(c1), lower(c2), lower(c3)));
    // Other scripts: fold unit by unit through a table until six folded units are known
    // (Arabic prefixes need two more than the four of the gram).
    const u6 = U6;
    u6.fill(0);
    let k = 0;
    for (let i = a, b = a + n; i < b && k < 6; i++) {
      const f = foldUnit(s.charCodeAt(i));
      if (f === DROPPED) continue;
      if (f === COMPLEX) return this.passesSlow(a, n);
      u6[k++] = f;
    }
    if (hasGram(g, gramHash(u6[0]!, u6[1]!, u6[2]!, u6[3]!))) return true;
    return ARABIC_FIRST.has(u6[0]!) && (hasGram(g, gramHash(u6[1]!, u6[2]!, u6[3]!, u6[4]!)) || hasGram(g, gramHash(u6[2]!, u6[3]!, u6[4]!, u6[5]!)));
  }

  /** passes() for a word with a code point that folds to two units (ß) or none of the BMP. */
  private passesSlow(a: number, n: number): boolean {
    const s = this.s;
    const g = this.ix.grams;
    let u = '';
    for (let i = a, b = a + n; i < b && u.length < 6; ) {
      const cp = s.codePointAt(i)!;
      u += foldCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    const at = (k: number) => gramHash(u.charCodeAt(k) || 0, u.charCodeAt(k + 1) || 0, u.charCodeAt(k + 2) || 0, u.charCodeAt(k + 3) || 0);
    if (hasGram(g, at(0))) return true;
    return ARABIC_FIRST.has(u.charCodeAt(0)) && (hasGram(g, at(1)) || hasGram(g, at(2)));
  }

  private word(ti: number): Word {
    if (ti === this.cacheA) return this.wordA!;
    if (ti === this.cacheB) return this.wordB!;
    let w: Word;
    const a = this.tk.start[ti]!;
    const b = this.tk.end[ti]!;
    if (isAscii(this.s, a, b)) {
      w = { f: this.s.slice(a, b).toLowerCase(), map: null, mapped: true, script: 'latin' };
    } else {
      // The offset map is only needed where a mention starts or ends inside the word: made then.
      const f = foldString(this.s.slice(a, b));
      w = { f, map: null, mapped: false, script: scriptOf(f.charCodeAt(0)) };
    }
    this.cacheB = this.cacheA;
    this.wordB = this.wordA;
    this.cacheA = ti;
    this.wordA = w;
    return w;
  }

  /** Original offset of folded unit `k` of word `ti`. */
  private offset(ti: number, w: Word, k: number): number {
    const a = this.tk.start[ti]!;
    if (!w.mapped) {
      w.map = foldText(this.s.slice(a, this.tk.end[ti]!)).map;
      w.mapped = true;
    }
    return w.map ? a + w.map[k]! : a + k;
  }

  /** Every candidate whose first word is word `ti`. */
  collect(ti: number, out: Candidate[]): void {
    const w = this.word(ti);
    const start = this.tk.start[ti]!;
    this.steps(this.ix.root, w.f, w.script, null, ALL_LANGS, ti, ti, start, false, out);
    if (w.script === 'arabic') {
      for (const p of ARABIC_PREFIXES) {
        if (!w.f.startsWith(p) || w.f.length - p.length < MIN_PREFIXED_NAME) continue;
        const from = this.offset(ti, w, p.length);
        this.steps(this.ix.root, w.f.slice(p.length), 'arabic', null, ARABIC_LANGS, ti, ti, from, true, out);
      }
    } else if (this.compounds && w.script === 'latin' && w.f.length >= MIN_COMPOUND_NAME + MIN_COMPOUND_REST) {
      for (const len of this.ix.compoundLengths) {
        // The rest must be a word ("Afghanistanhilfe"), not digits ("Afghanistan2023" is an identifier).
        if (w.f.length - len < MIN_COMPOUND_REST || !LETTER.test(w.f[len]!)) continue;
        const step = this.ix.root.exact?.get(w.f.slice(0, len));
        if (!step || !(step.mask & LANG_BIT.de)) continue;
        for (const form of step.node.forms) {
          if (form.bit === LANG_BIT.de && form.singleLength === len && !form.form.ambiguous && !form.form.caseSensitive) {
            out.push({ start, end: this.offset(ti, w, len), t0: ti, t1: ti, form });
          }
        }
      }
    }
  }

  /**
   * Follows every edge from `node` that the folded word `f` can take, as written or as stem +
   * ending where the ending belongs to a language of the edge, and walks on from there. `gap`
   * (folded separator before the word) is checked against edges that require a literal
   * separator; null = any. No closures: this runs for every word that passes the prefilter.
   */
  private steps(
    node: Node, f: string, script: Script, gap: string | null,
    mask: number, t0: number, ti: number, start: number, inflected: boolean, out: Candidate[],
  ): void {
    const exact = node.exact?.get(f);
    if (exact && gapOk(exact.gaps, gap)) this.walk(exact.node, mask & exact.mask, t0, ti, start, inflected, out);
    const endings = SUFFIXES_BY_LAST[script].get(f.charCodeAt(f.length - 1));
    if (!endings) return;
    for (const suf of endings) {
      if (f.length - suf.length < MIN_STEM || !f.endsWith(suf)) continue;
      const stem = f.slice(0, f.length - suf.length);
      const sm = SUFFIX_LANGS.get(suf)! & mask;
      if (!sm) continue;
      const e = node.exact?.get(stem);
      if (e && e.mask & sm && gapOk(e.gaps, gap)) this.walk(e.node, e.mask & sm, t0, ti, start, true, out);
      const st = node.stem?.get(stem);
      if (st) for (const x of st) if (x.mask & sm && gapOk(x.gaps, gap)) this.walk(x.node, x.mask & sm, t0, ti, start, true, out);
    }
  }

  private walk(node: Node, mask: number, t0: number, ti: number, start: number, inflected: boolean, out: Candidate[]): void {
    if (!mask) return;
    const s = this.s;
    const tk = this.tk;
    for (const form of node.forms) {
      if (!(form.bit & mask)) continue;
      if (form.raw && (inflected || !this.sameRaw(form.raw, t0, ti))) continue;
      if (form.literal && inflected) continue;
      let end = tk.end[ti]!;
      // Trailing punctuation that belongs to the form: "U.S." (not when the text goes on with a letter).
      // The English possessive ("Kazakhstan's", "Kazakhstan’s") is not part of the name: the
      // tokenizer ends the word at the apostrophe, and so does the mention.
      if (form.tail && s.startsWith(form.tail, end) && !isWordAt(s, end + form.tail.length)) end += form.tail.length;
      out.push({ start, end, t0, t1: ti, form });
    }
    const next = ti + 1;
    if (!(node.exact || node.stem) || next >= tk.count) return;
    const g0 = tk.end[ti]!;
    const g1 = tk.start[next]!;
    const gap = softGap(s, g0, g1) ? null : foldString(s.slice(g0, g1));
    if (gap !== null && gap.length > 3) return; // sentence punctuation, long runs: never inside a name
    const w = this.word(next);
    this.steps(node, w.f, w.script, gap, mask, t0, next, start, inflected, out);
  }

  /** Case-sensitive forms: the text's words as written must equal the form's words. */
  private sameRaw(raw: string[], t0: number, t1: number): boolean {
    if (raw.length !== t1 - t0 + 1) return false;
    for (let i = 0; i < raw.length; i++) {
      let w = this.s.slice(this.tk.start[t0 + i]!, this.tk.end[t0 + i]!);
      const r = raw[i]!;
      if (w === r) continue;
      if (w.length !== r.length) w = w.replace(JOINER_RE, '');
      if (isAscii(w, 0, w.length) && isAscii(r, 0, r.length) ? w !== r : w.normalize('NFC') !== r.normalize('NFC')) return false;
    }
    return true;
  }
}
