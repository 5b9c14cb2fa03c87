/**
 * Which mentions of a dense block are in its highlight (decision 0295). A block naming a name
 * 100,000 times would otherwise register 100,000 ranges: adding them took 58 ms in one task, and
 * Chromium's paint then walked every range of the text node for each line it painted (1.27 s).
 * A reader sees a screen at a time, so a dense block marks only a window of its mentions around
 * the viewport, at most MAX_LIVE, and the window moves as the reader scrolls.
 *
 * Pure: positions come from `box(i)` (the mention's rectangle in viewport coordinates, null when
 * it has none), so the search is tested without a browser. Mentions of a block are in document
 * order, which in a block's flow is the order of their lines: the window's ends are found by
 * binary search, about 17 measurements for 100,000 mentions.
 */

/** More mentions than this in one block, and it is marked by window. */
export const DENSE = 256;
/** Most mentions of one block in the highlight at once. */
export const MAX_LIVE = 512;

export interface Box {
  top: number;
  bottom: number;
}

/** Half-open index range [from, to). */
export interface Span {
  from: number;
  to: number;
}

/**
 * At most `max` mentions from a little above the viewport's top on: the first mention in view is
 * found by binary search (one measurement per step), the window starts `max / 8` before it. Its
 * far end is not measured: on a block dense enough to need a window, `max` mentions span a few
 * screens at most.
 */
export function windowOf(count: number, box: (i: number) => Box | null, max = MAX_LIVE): Span {
  if (count <= max) return { from: 0, to: Math.max(0, count) };
  const inView = firstWhere(count, box, (b) => b.bottom >= 0);
  const from = Math.max(0, Math.min(inView - (max >> 3), count - max));
  return { from, to: from + max };
}

/**
 * The first index whose box satisfies `ok` (monotone over the indices), count if none. An index
 * without a box (hidden text) takes the answer of the nearest one after it that has one, a few
 * steps on at most, else counts as not yet.
 */
export function firstWhere(count: number, box: (i: number) => Box | null, ok: (b: Box) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let b: Box | null = null;
    for (let k = mid; k < Math.min(hi, mid + 8) && !b; k++) b = box(k);
    if (b && ok(b)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What moving from `old` to `next` takes: indices to remove and to add. */
export function diffSpans(old: Span, next: Span): { remove: Span[]; add: Span[] } {
  const minus = (a: Span, b: Span): Span[] =>
    [
      { from: a.from, to: Math.min(a.to, b.from) },
      { from: Math.max(a.from, b.to), to: a.to },
    ].filter((s) => s.to > s.from);
  return { remove: minus(old, next), add: minus(next, old) };
}
