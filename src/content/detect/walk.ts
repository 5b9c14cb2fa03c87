/**
 * The walk over a tree's blocks, in document order, resumable across slices: the detector's way
 * of reading a page element by element (the benchmark's decomposition reads a page with it too).
 * Hand-written rather than a TreeWalker with a filter: Chromium calls a filter through its
 * bindings for every element, which cost more than the rest of the walk.
 */
import { INLINE_TAGS, isSkipped, mayHostShadow } from './dom-rules';

export interface Walk {
  /** The last element handed out (or the root before the first). */
  at: Node;
  /** Whether the walk descends into `at` (false once it was rejected, or read whole). */
  down: boolean;
  root: Node;
  /** Rescan blocks even if already scanned (re-inserted content: its old ranges collapsed). */
  force: boolean;
}

export interface WalkHooks {
  /** An element left alone with everything in it (a form field, code, a hidden element). */
  rejected(el: Element): void;
  /** An open shadow root met on the way: a tree of its own, walked apart. */
  shadow(root: ShadowRoot): void;
}

export function startWalk(root: Node, force = false): Walk {
  return { at: root, down: true, root, force };
}

/**
 * The next block of a walk: skipped elements are not entered, inline ones are entered but not
 * returned. Null at the end.
 */
export function nextBlock(w: Walk, hooks: WalkHooks): Element | null {
  let n: Node = w.at;
  let down = w.down;
  for (;;) {
    let next: Element | null = down ? (n as ParentNode).firstElementChild : null;
    if (!next) {
      for (let c: Node | null = n; c && c !== w.root; c = c.parentNode) {
        next = (c as Element).nextElementSibling;
        if (next) break;
      }
      if (!next) return null;
    }
    n = next;
    const name = next.localName;
    if (isSkipped(next, name)) {
      hooks.rejected(next);
      down = false;
      continue;
    }
    down = true;
    if (mayHostShadow(name) && next.shadowRoot) hooks.shadow(next.shadowRoot);
    if (INLINE_TAGS.has(name)) continue;
    w.at = next;
    w.down = true;
    return next;
  }
}
