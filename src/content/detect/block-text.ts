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

/**
 * Splits a long text for matching in pieces that each take well under a slice's budget. Cuts fall
 * on a run break or a sentence end where one is near, else on whitespace, so a name is not cut.
 * Returns the cut offsets, including 0 and text.length.
 */
export function chunkBounds(text: string, max: number): number[] {
  const out = [0];
  let from = 0;
  while (text.length - from > max) {
    const limit = from + max;
    const floor = from + Math.floor(max / 2);
    let cut = text.lastIndexOf(RUN_BREAK, limit);
    if (cut < floor) cut = Math.max(text.lastIndexOf('. ', limit), text.lastIndexOf('\n\n', limit));
    if (cut < floor) cut = text.lastIndexOf(' ', limit);
    if (cut < floor) cut = limit; // one unbroken word of max length: nothing better to do
    else cut += 1;
    out.push(cut);
    from = cut;
  }
  out.push(text.length);
  return out;
}
