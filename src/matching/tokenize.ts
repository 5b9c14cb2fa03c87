/**
 * Words of the ORIGINAL text (UTF-16 offsets), found in one pass with a per-code-unit table so a
 * page of several MB is scanned without regular expressions or allocation per character.
 *
 * A word is a run of letters, marks and digits (\p{L}\p{M}\p{N}) in any script. Invisible
 * joiners that folding drops (ZWNJ in Persian "همکاری‌ها", soft hyphen in "Kasach­stan") are
 * inside a word when a word character follows, so the word folds to the same key as the name;
 * at a word's end they stay outside the mention.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** Characters normalize.ts drops; they join the letters around them. */
const JOINERS = new Set([0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f]);

// 0 = not yet classified, 1 = word, 2 = other, 3 = joiner. Filled lazily: most pages use few blocks.
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) CLASS[c] = WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;

function classify(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    k = JOINERS.has(c) ? 3 : WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k;
}

/** Is the code point at `i` a word character? Handles astral letters (surrogate pairs). */
function wordAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp)) ? 2 : 0; // width, or 0 = not word
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return classify(c) === 1 ? 1 : 0;
}

export interface Tokens {
  count: number;
  /** start[i], end[i]: UTF-16 offsets of word i in the original text. */
  start: Uint32Array;
  end: Uint32Array;
}

/**
 * Reused between calls: allocating typed arrays per call is costly in V8 (their buffers live
 * outside the JS heap, and every allocation is accounted as external memory), and the
 * detector calls match() once per block, thousands of times on a large page.
 */
let scratchStart = new Uint32Array(1024);
let scratchEnd = new Uint32Array(1024);

/**
 * All words of `s`, in order. Linear; one small table lookup per ASCII character.
 * With `reuse`, the result lives in shared buffers that the next reusing call overwrites
 * (match() consumes its tokens before returning, so it never keeps them).
 */
export function tokenize(s: string, reuse = false): Tokens {
  let cap = reuse ? scratchStart.length : Math.min(1024, (s.length >> 1) + 1);
  let start = reuse ? scratchStart : new Uint32Array(cap);
  let end = reuse ? scratchEnd : new Uint32Array(cap);
  let n = 0;
  const len = s.length;
  let i = 0;
  while (i < len) {
    // Skip to the next word character.
    let w = 0;
    while (i < len) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (CLASS[c] === 1) { w = 1; break; }
        i++;
        continue;
      }
      w = wordAt(s, i);
      if (w) break;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    if (i >= len) break;
    const from = i;
    i += w;
    // Extend over word characters and inner joiners.
    while (i < len) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (CLASS[c] === 1) { i++; continue; }
        break;
      }
      const ww = wordAt(s, i);
      if (ww) { i += ww; continue; }
      if (classify(c) === 3) {
        let j = i + 1;
        while (j < len && classify(s.charCodeAt(j)) === 3) j++;
        if (j < len && wordAt(s, j)) { i = j; continue; }
      }
      break;
    }
    if (n === cap) {
      cap *= 2;
      const ns = new Uint32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Uint32Array(cap);
      ne.set(end);
      end = ne;
      if (reuse) {
        scratchStart = start;
        scratchEnd = end;
      }
    }
    start[n] = from;
    end[n] = i;
    n++;
  }
  return { count: n, start, end };
}

/** True for a character that may separate the words of a multi-word name: spaces and hyphens. */
function softGapChar(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2d || c === 0xa0 ||
    c === 0x2010 || c === 0x2011 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
    c === 0x3000 || JOINERS.has(c)
  );
}

/**
 * May the words of a multi-word name be separated by s[from, to)? Spaces, NBSP, hyphens, soft
 * hyphens and one line break: yes. Sentence punctuation, dashes and paragraph breaks: no.
 */
export function softGap(s: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!softGapChar(c)) return false;
    if (c === 0x0a && ++newlines > 1) return false;
  }
  return true;
}

/** True when the word at [from, to) is plain ASCII (folding is then just lowercasing). */
export function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Is there a word character at offset i? (For the English possessive "'s" check.) */
export function isWordAt(s: string, i: number): boolean {
  return i < s.length && wordAt(s, i) !== 0;
}
