/**
 * Moving the reader to a mention: next/previous for the keyboard commands, the first mention of
 * an entity for the popup's "show on page". Scrolling respects prefers-reduced-motion.
 */
import type { Mention, MentionIndex } from '../contracts';
import { reducedMotion } from './highlights';
import { rangeNow } from '../ranges';
import { firstWhere } from './dense-window';

/** A mention's box when it is laid out (hidden ones have no rectangles and cannot be scrolled to). */
export type RectOf = (m: Mention) => { top: number; bottom: number } | null;

const laidOut: RectOf = (m) => {
  const rect = rangeNow(m.range).getBoundingClientRect();
  return rect.width || rect.height ? rect : null;
};

/**
 * Up to this many mentions, the reader's place is found by measuring every one; beyond, by binary
 * search over document order (decision 0295): measuring 100,000 mentions in a 1.2 MB text node
 * took seconds, one keyboard step. Document order is the visual order but for the odd sidebar or
 * column, which only a page this dense would notice.
 */
const MEASURE_ALL = 2000;

/**
 * The index to go to from `current` (or, without one, from the viewport's top edge), wrapping
 * around at either end. -1 when no mention is laid out.
 */
export function nextIndex(all: readonly Mention[], current: Mention | null, direction: 1 | -1, rectOf: RectOf = laidOut): number {
  const n = all.length;
  if (!n) return -1;
  const from = current ? all.indexOf(current) : -1;
  if (from >= 0) {
    for (let k = 1; k <= n; k++) {
      const i = (((from + direction * k) % n) + n) % n;
      if (rectOf(all[i]!)) return i;
    }
    return -1;
  }
  // No current mention: the first one at or below the viewport's top, or the last one above it.
  let firstBelow = -1;
  let lastAbove = -1;
  if (n <= MEASURE_ALL) {
    for (let i = 0; i < n; i++) {
      const r = rectOf(all[i]!);
      if (!r) continue;
      if (r.bottom > 0) {
        if (firstBelow < 0) firstBelow = i;
      } else lastAbove = i;
    }
  } else {
    const split = firstWhere(n, (i) => rectOf(all[i]!), (b) => b.bottom > 0);
    for (let i = split; i < n && firstBelow < 0; i++) if (rectOf(all[i]!)) firstBelow = i;
    for (let i = split - 1; i >= 0 && lastAbove < 0; i--) if (rectOf(all[i]!)) lastAbove = i;
  }
  if (direction === 1) return firstBelow >= 0 ? firstBelow : lastAbove;
  if (lastAbove >= 0) return lastAbove;
  // Nothing above: go round to the last laid-out mention.
  for (let i = n - 1; i >= 0; i--) if (rectOf(all[i]!)) return i;
  return -1;
}

/** Longest a smooth scroll is waited for: a page that never reports its end still gets its flash. */
const SCROLL_WAIT_MS = 1500;

/**
 * Brings a mention to the middle of the viewport, unless it is already well inside it. Resolves
 * when the scroll has ended (the `scrollend` event, anywhere in the document: nested scroll
 * containers scroll too), so that what follows — the reveal's flash — happens where the reader
 * can see it rather than during the smooth scroll.
 */
export function scrollToMention(m: Mention): Promise<void> {
  const rect = rangeNow(m.range).getBoundingClientRect();
  const margin = innerHeight * 0.15;
  if (rect.top >= margin && rect.bottom <= innerHeight - margin && rect.left >= 0 && rect.right <= innerWidth) return Promise.resolve();
  const behavior: ScrollBehavior = reducedMotion() ? 'auto' : 'smooth';
  const ended = new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      document.removeEventListener('scrollend', done, true);
      resolve();
    };
    const timer = setTimeout(done, behavior === 'auto' ? 0 : SCROLL_WAIT_MS);
    if (behavior === 'smooth') document.addEventListener('scrollend', done, true);
  });
  const start = m.range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (el && el.getBoundingClientRect().height < innerHeight * 0.5) {
    // The element scrolls any nested scroll containers too.
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else {
    // A tall element would be centred, not the mention in it: scroll by the mention's own box.
    window.scrollBy({ top: rect.top + rect.height / 2 - innerHeight / 2, behavior });
  }
  return ended;
}

export type { MentionIndex };
