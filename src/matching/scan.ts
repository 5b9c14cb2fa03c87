/**
 * Candidate mentions: every way a run of text words can spell a gazetteer form. Overlaps are
 * left to resolve.ts. Cost per text word: a two-letter filter (a table probe for ASCII), and only
 * for the few words that pass it, folding plus one hash probe per plausible ending.
 */
import { foldCodePoint, foldText } from './normalize';
import {
  ARABIC_LANGS, ARABIC_PREFIXES, LANG_BIT, MIN_COMPOUND_NAME, MIN_COMPOUND_REST, MIN_PREFIXED_NAME, MIN_STEM,
  SCRIPT_SUFFIXES, SUFFIX_LANGS, scriptOf,
} from './inflect';
import type { Script } from './inflect';
import { prefixCode, type Index, type IndexedForm, type Node } from './trie';
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
  script: Script;
}

const ARABIC_FIRST = new Set(ARABIC_PREFIXES.map((p) => p.charCodeAt(0)));
const APOS = new Set([0x27, 0x2019]);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const JOINER_RE = /[\u00ad\u200c\u200d\u2060\ufeff\u200e\u200f]/g;

export class Scanner {
  private words = new Map<number, Word>();
  constructor(
    private readonly ix: Index,
    private readonly s: string,
    private readonly tk: Tokens,
    private readonly compounds: boolean,
  ) {}

  /** Cheap rejection: could word `ti` (or it minus an Arabic prefix) begin any indexed form? */
  passes(ti: number): boolean {
    const s = this.s;
    const a = this.tk.start[ti]!;
    const n = this.tk.end[ti]! - a;
    const c0 = s.charCodeAt(a);
    const c1 = n > 1 ? s.charCodeAt(a + 1) : 0;
    const c2 = n > 2 ? s.charCodeAt(a + 2) : 0;
    if ((c0 | c1 | c2) < 128) {
      const k = (lower(c0) << 14) | (lower(c1) << 7) | lower(c2);
      return (this.ix.asciiPrefixes[k >>> 5]! & (1 << (k & 31))) !== 0;
    }
    // Slow path: fold code points until five folded units are known (Arabic prefixes need two more).
    let u = '';
    for (let i = a, b = a + n; i < b && u.length < 5; ) {
      const cp = s.codePointAt(i)!;
      u += foldCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    const at = (k: number) => prefixCode(u.charCodeAt(k), k + 1 < u.length ? u.charCodeAt(k + 1) : 0, k + 2 < u.length ? u.charCodeAt(k + 2) : 0);
    if (this.ix.prefixes.has(at(0))) return true;
    return ARABIC_FIRST.has(u.charCodeAt(0)) && (this.ix.prefixes.has(at(1)) || this.ix.prefixes.has(at(2)));
  }

  private word(ti: number): Word {
    let w = this.words.get(ti);
    if (w) return w;
    const a = this.tk.start[ti]!;
    const b = this.tk.end[ti]!;
    if (isAscii(this.s, a, b)) {
      w = { f: this.s.slice(a, b).toLowerCase(), map: null, script: 'latin' };
    } else {
      const ft = foldText(this.s.slice(a, b));
      w = { f: ft.text, map: ft.map, script: scriptOf(ft.text.charCodeAt(0)) };
    }
    this.words.set(ti, w);
    return w;
  }

  /** Original offset of folded unit `k` of word `ti`. */
  private offset(ti: number, w: Word, k: number): number {
    const a = this.tk.start[ti]!;
    return w.map ? a + w.map[k]! : a + k;
  }

  /** Every candidate whose first word is word `ti`. */
  collect(ti: number, out: Candidate[]): void {
    const w = this.word(ti);
    const start = this.tk.start[ti]!;
    this.steps(this.ix.root, w.f, w.script, (node, mask, inflected) =>
      this.walk(node, mask, ti, ti, start, inflected, out), null);
    if (w.script === 'arabic') {
      for (const p of ARABIC_PREFIXES) {
        if (!w.f.startsWith(p) || w.f.length - p.length < MIN_PREFIXED_NAME) continue;
        const from = this.offset(ti, w, p.length);
        this.steps(this.ix.root, w.f.slice(p.length), 'arabic', (node, mask) =>
          this.walk(node, mask & ARABIC_LANGS, ti, ti, from, true, out), null);
      }
    } else if (this.compounds && w.script === 'latin' && w.f.length >= MIN_COMPOUND_NAME + MIN_COMPOUND_REST) {
      for (const len of this.ix.compoundLengths) {
        if (w.f.length - len < MIN_COMPOUND_REST) continue;
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
   * The edges from `node` that the folded word `f` can take: as written, or as stem + ending
   * where the ending belongs to a language of the edge. `gap` (folded separator before the
   * word) is checked against edges that require a literal separator; null = any.
   */
  private steps(
    node: Node, f: string, script: Script,
    go: (node: Node, mask: number, inflected: boolean) => void,
    gap: string | null,
  ): void {
    const ok = (g: Set<string> | null) => gap === null || (g !== null && g.has(gap));
    const exact = node.exact?.get(f);
    if (exact && ok(exact.gaps)) go(exact.node, exact.mask, false);
    for (const suf of SCRIPT_SUFFIXES[script]) {
      if (f.length - suf.length < MIN_STEM || !f.endsWith(suf)) continue;
      const stem = f.slice(0, f.length - suf.length);
      const sm = SUFFIX_LANGS.get(suf)!;
      const e = node.exact?.get(stem);
      if (e && e.mask & sm && ok(e.gaps)) go(e.node, e.mask & sm, true);
      const st = node.stem?.get(stem);
      if (st) for (const x of st) if (x.mask & sm && ok(x.gaps)) go(x.node, x.mask & sm, true);
    }
  }

  private walk(node: Node, mask: number, t0: number, ti: number, start: number, inflected: boolean, out: Candidate[]): void {
    if (!mask) return;
    const s = this.s;
    const tk = this.tk;
    for (const form of node.forms) {
      if (!(form.bit & mask)) continue;
      if (form.raw && (inflected || !this.sameRaw(form.raw, t0, ti))) continue;
      let end = tk.end[ti]!;
      let t1 = ti;
      // Trailing punctuation that belongs to the form: "U.S." (not when the text goes on with a letter).
      if (form.tail && s.startsWith(form.tail, end) && !isWordAt(s, end + form.tail.length)) end += form.tail.length;
      // English possessive: Kazakhstan's / Kazakhstan’s is one mention.
      if (APOS.has(s.charCodeAt(end)) && (s.charCodeAt(end + 1) | 0x20) === 0x73 && !isWordAt(s, end + 2) &&
          ti + 1 < tk.count && tk.start[ti + 1] === end + 1) {
        end += 2;
        t1 = ti + 1;
      }
      out.push({ start, end, t0, t1, form });
    }
    const next = ti + 1;
    if (!(node.exact || node.stem) || next >= tk.count) return;
    const g0 = tk.end[ti]!;
    const g1 = tk.start[next]!;
    const gap = softGap(s, g0, g1) ? null : foldText(s.slice(g0, g1)).text;
    if (gap !== null && gap.length > 3) return; // sentence punctuation, long runs: never inside a name
    const w = this.word(next);
    this.steps(node, w.f, w.script, (n, m, inf) => this.walk(n, mask & m, t0, next, start, inflected || inf, out), gap);
  }

  /** Case-sensitive forms: the text's words as written must equal the form's words. */
  private sameRaw(raw: string[], t0: number, t1: number): boolean {
    if (raw.length !== t1 - t0 + 1) return false;
    for (let i = 0; i < raw.length; i++) {
      let w = this.s.slice(this.tk.start[t0 + i]!, this.tk.end[t0 + i]!);
      if (w.length !== raw[i]!.length) w = w.replace(JOINER_RE, '');
      if (w.normalize('NFC') !== raw[i]!.normalize('NFC')) return false;
    }
    return true;
  }
}
