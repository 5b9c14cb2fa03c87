/**
 * The parts of a page the reader sees, for the gate to read first (decision 0282): on a topic page
 * its first hit, and so the detector's import, then comes from the text in view instead of from
 * wherever document order reaches a name first (yahoo-2: a headline in view, 54 ms of walking in
 * Chromium and 130 in Firefox before it). Only the order changes: the gate reads the whole frame
 * afterwards wherever the text in view did not pass, so nothing is missed.
 */
import { INLINE_TAGS } from '../detect/dom-rules';

/** Elements whose text the detector never reads: a subset of dom-rules' SKIP (the unit test checks). */
export const LOADER_SKIP: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head', 'textarea', 'code', 'pre', 'svg', 'math', 'select']);

/** Pages with fewer elements are read whole at once: ordering them would cost more than it saves. */
export const IN_VIEW_MIN_ELEMENTS = 300;

/** The closest element around `n` that starts a block (its text is assembled as one). */
export function blockOf(n: Node): Node {
  let c: Node | null = n.nodeType === 1 ? n : n.parentNode;
  while (c && c.nodeType === 1 && INLINE_TAGS.has((c as Element).localName)) c = c.parentNode;
  return c ?? n;
}

/**
 * Elements in view, found by descending only into boxes that meet the viewport: an element whose
 * first child element is inline (or that has none: a paragraph, a headline) is read whole, any
 * other is looked into — a container wholly in view may still hold most of the page (yahoo-2: 158 KB
 * of its 202 KB under a box that fits the screen; read this way, 10 KB, the name among them). One out
 * of view or without a box is left to the full reading, as are elements whose text no one reads. An inline
 * element read apart from its block may join fewer words than the detector does: that can only
 * make the gate pass where the full reading would not (a detector loaded for nothing), never the
 * other way, and the full reading follows wherever the text in view did not pass.
 */
export function inViewTrees(doc: Document): Element[] {
  const h = innerHeight;
  const out: Element[] = [];
  // Depth first: the first children first. Taken elements are never nested: no duplicates.
  const stack: Element[] = doc.body ? [doc.body] : [];
  let boxes = 0;
  while (stack.length) {
    const deeper: Element[] = [];
    for (const k of stack.pop()!.children) {
      if (LOADER_SKIP.has(k.localName)) continue;
      // At most 400 boxes read (one `getBoundingClientRect` each, after the layout the page had anyway).
      if (++boxes > 400) return out;
      const r = k.getBoundingClientRect();
      // No box (display: none) is at 0, 0, so above the viewport's top.
      // Only the vertical extent: a box beside the viewport (a carousel's next slide) is merely read early.
      if (r.bottom <= 0 || r.top >= h) continue;
      const f = k.firstElementChild;
      if (!f || INLINE_TAGS.has(f.localName)) out.push(k);
      else deeper.push(k);
    }
    for (let i = deeper.length - 1; i >= 0; i--) stack.push(deeper[i]!);
  }
  return out;
}
