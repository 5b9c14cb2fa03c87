/**
 * A block's text as the matcher sees it: the block's text nodes concatenated, with separators
 * where something that is not inline text interrupts them, and the way back from an offset in
 * that string to (part, offset in part). Pure (strings in, numbers out) so it is tested in Node.
 */

/**
 * Between runs of text that must never form one name (a nested block, a skipped element): long
 * enough and of line breaks only, which the matcher never lets inside a multi-word name
 * (matching/tokenize.ts: softGap allows one newline and at most 8 units).
 */
export const RUN_BREAK = '\n\n\n\n\n\n\n\n\n';
/** A <br>: a line break, which a multi-word name may wrap over. */
export const LINE_BREAK = '\n';

export interface Part {
  text: string;
  /** False for separators (they have no text node behind them). */
  real: boolean;
}

export interface Assembled {
  text: string;
  /** starts[i] = offset of part i in `text`; starts[parts.length] = text.length. */
  starts: number[];
}

export function assemble(parts: readonly Part[]): Assembled {
  const starts: number[] = new Array<number>(parts.length + 1);
  let at = 0;
  const texts: string[] = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    starts[i] = at;
    texts[i] = parts[i]!.text;
    at += parts[i]!.text.length;
  }
  starts[parts.length] = at;
  return { text: texts.join(''), starts };
}

/** Index of the part holding `offset` (the last part starting at or before it). */
function partAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Point {
  part: number;
  offset: number;
}

/**
 * Where a mention's start lies. A start at the very end of a part belongs to the next real part
 * (so the range does not begin with an empty tail of the previous text node).
 */
export function startPoint(parts: readonly Part[], starts: readonly number[], offset: number): Point | null {
  for (let i = partAt(starts, offset); i < parts.length; i++) {
    const local = Math.max(0, offset - starts[i]!);
    if (parts[i]!.real && local < parts[i]!.text.length) return { part: i, offset: local };
  }
  return null;
}

/** Where a mention's end lies: an end at the very start of a part belongs to the previous real part. */
export function endPoint(parts: readonly Part[], starts: readonly number[], offset: number): Point | null {
  let i = partAt(starts, offset);
  if (offset === starts[i] && i > 0) i--;
  for (; i >= 0; i--) {
    const local = Math.min(parts[i]!.text.length, offset - starts[i]!);
    if (parts[i]!.real && local > 0) return { part: i, offset: local };
  }
  return null;
}

export interface Span {
  start: Point;
  end: Point;
}

/** Maps matcher offsets [start, end) back to part positions; drops spans that touch no real text. */
export function mapSpan(parts: readonly Part[], starts: readonly number[], start: number, end: number): Span | null {
  const s = startPoint(parts, starts, start);
  const e = endPoint(parts, starts, end);
  if (!s || !e) return null;
  if (s.part > e.part || (s.part === e.part && s.offset >= e.offset)) return null;
  return { start: s, end: e };
}

/** Word characters as the matcher's tokenizer sees them, joiners included (they join words). */
// The zero-width joiner (U+200D) is tested apart: inside a class it would join the mark before it.
const WORD_CHAR = /[\p{L}\p{M}\p{N}_\u00ad\u200c\u2060\ufeff\u200e\u200f]/u;
const ZWJ = '\u200d';
/** A run of word characters but U+200D, matched from lastIndex. */
const WORD_RUN = /[\p{L}\p{M}\p{N}_\u00ad\u200c\u2060\ufeff\u200e\u200f]*/uy;
const isWordChar = (c: string) => c === ZWJ || WORD_CHAR.test(c);

/** Last index of `needle` that starts in [lo, hi], or -1. Never scans below `lo`. */
function lastIn(text: string, needle: string, lo: number, hi: number): number {
  const at = text.slice(lo, hi + needle.length).lastIndexOf(needle);
  return at < 0 ? -1 : lo + at;
}

/** Last offset in [lo, hi) holding a character that is not part of a word, or -1. */
function lastNonWord(text: string, lo: number, hi: number): number {
  for (let i = hi - 1; i >= lo; i--) if (!isWordChar(text[i]!)) return i;
  return -1;
}

export interface Piece {
  /** The piece to match is text[from, to). */
  from: number;
  to: number;
  /** Where the next piece begins (>= to: the inside of an over-long word is skipped); text.length at the end. */
  next: number;
  /** The next piece would begin inside a word: nextPiece() skips the rest of that word first. */
  inWord: boolean;
}

/**
 * The next piece of a long text to match, beginning at `from`, of at most `max` units, found in
 * time proportional to `max` (never to the text's length: a 2 MB block without spaces costs no more
 * per piece than any other). Cuts fall on a run break or a sentence end where one is near, else
 * on whitespace, else after any character that is not part of a word, so a name is not cut.
 *
 * A window of max/2 units of word characters only is one word longer than any name: the matcher
 * finds mentions only where a word starts (a compound, an Arabic prefix: within its first few
 * dozen units), never inside one. Its piece ends there, and the rest of that word is skipped
 * (`inWord`: the next call skips at most 8 × max units of it at a time, returning an empty piece
 * while the word goes on), so the pieces find exactly the mentions the whole text holds.
 */
export function nextPiece(text: string, from: number, max: number, inWord = false): Piece {
  if (inWord) {
    const limit = Math.min(text.length, from + 8 * max);
    const upTo = text.slice(0, limit);
    let end = from;
    do {
      WORD_RUN.lastIndex = end;
      WORD_RUN.test(upTo);
      end = WORD_RUN.lastIndex;
    } while (upTo[end] === ZWJ && ++end < limit);
    if (end >= limit && limit < text.length) return { from, to: from, next: end, inWord: true };
    from = end;
  }
  if (text.length - from <= max) return { from, to: text.length, next: text.length, inWord: false };
  const limit = from + max;
  const floor = from + Math.floor(max / 2);
  // The cut goes after the character at `cut`: at most limit - 1 keeps the piece within max.
  let cut = lastIn(text, RUN_BREAK, floor, limit - 1);
  if (cut < floor) cut = Math.max(lastIn(text, '. ', floor, limit - 1), lastIn(text, '\n\n', floor, limit - 1));
  if (cut < floor) cut = lastIn(text, ' ', floor, limit - 1);
  if (cut < floor) cut = lastNonWord(text, floor, limit);
  if (cut >= floor) return { from, to: cut + 1, next: cut + 1, inWord: false };
  // One word over max/2 units long: its start is in this piece, its inside never holds a mention.
  return { from, to: limit, next: limit, inWord: true };
}

/** Every piece of `text` (nextPiece() in a loop), for tests and callers that want them all at once. */
export function pieces(text: string, max: number): Piece[] {
  const out: Piece[] = [];
  let p: Piece = { from: 0, to: 0, next: 0, inWord: false };
  do {
    p = nextPiece(text, p.next, max, p.inWord);
    out.push(p);
  } while (p.next < text.length);
  return out;
}
