/**
 * Words of the ORIGINAL text (UTF-16 offsets).
 *
 * A word is a run of letters, marks, digits and underscores (\p{L}\p{M}\p{N}_) in any script:
 * "_" and digits join words into identifiers ("china_roses", "Kabul2023"), which no name
 * matches inside (identifiers.ts handles the other identifiers: URLs, e-mail, #tags). Invisible
 * joiners that folding drops (ZWNJ in Persian "همکاری‌ها", soft hyphen in "Kasach­stan") are
 * inside a word when a word character follows, so the word folds to the same key as the name;
 * at a word's end they stay outside the mention.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}_]/u;
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

/*
 * Word boundaries are found by the engine's RegExp, two calls per word and none per character:
 * a content script's first pass over a page runs before its code is optimized, and there a
 * JavaScript loop per character cost 3–5× its optimized speed (in Chromium, a first pass over
 * Wikipedia's 325 K characters: 34 ms with a per-character loop, 22 with these). test() with
 * lastIndex allocates nothing.
 */
const W_CLASS = '\\p{L}\\p{M}\\p{N}_';
const J_CLASS = [...JOINERS].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
const START_RE = new RegExp(`[${W_CLASS}]`, 'gu');
const REST_RE = new RegExp(`(?:[${W_CLASS}]|[${J_CLASS}]+(?=[${W_CLASS}]))*`, 'yu');

/**
 * All words of `s`, in order. Linear. With `reuse`, the result lives in shared buffers that the
 * next reusing call overwrites (match() consumes its tokens before returning, so it never keeps them).
 */
export function tokenize(s: string, reuse = false): Tokens {
  let cap = reuse ? scratchStart.length : Math.min(1024, (s.length >> 1) + 1);
  let start = reuse ? scratchStart : new Uint32Array(cap);
  let end = reuse ? scratchEnd : new Uint32Array(cap);
  let n = 0;
  const len = s.length;
  let i = 0;
  while (i < len) {
    START_RE.lastIndex = i;
    if (!START_RE.test(s)) break;
    const after = START_RE.lastIndex;
    // A word character that ends in a low surrogate is an astral letter: two units.
    const c = s.charCodeAt(after - 1);
    const from = c >= 0xdc00 && c <= 0xdfff ? after - 2 : after - 1;
    REST_RE.lastIndex = after;
    REST_RE.test(s);
    i = REST_RE.lastIndex;
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
