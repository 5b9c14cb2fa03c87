/**
 * The blocks the reader sees when detection starts, found by hit tests: the detector reads,
 * matches and marks them before the rest of the frame (decision 0291).
 */
import { blockOf, insideSkipped, type Block } from './dom-rules';
import { nextBlock, startWalk, type WalkHooks } from './walk';

/** Most blocks read in document order by the sample (a page whose top is one huge list stops here). */
const ORDER_LIMIT = 400;
const NO_HOOKS: WalkHooks = { rejected: () => undefined, shadow: () => undefined };

/**
 * The blocks from the start of the document, in order, whose box meets the viewport, until the
 * first leaf block wholly below it: the text at the top of a page, cheaply (one box read a block,
 * after the layout the page had anyway). Measured against hit tests and an IntersectionObserver on
 * every block (scripts/bench/viewport-methods.mjs, decision 0291): it found 54–100 % of the blocks
 * with text in view for 0.1–3 ms; 12 hit tests found 0–44 %, the observer all of them but only
 * after a rendering update, and observing yahoo-2's 1,833 blocks cost 56 ms in Firefox.
 */
function topBlocks(doc: Document, h: number, w: number): Block[] {
  const out: Block[] = [];
  if (!doc.body || doc.defaultView?.scrollY) return out;
  const walk = startWalk(doc.body);
  for (let n = 0; n < ORDER_LIMIT; n++) {
    const el = nextBlock(walk, NO_HOOKS);
    if (!el) break;
    const r = el.getBoundingClientRect();
    if (r.top >= h && r.height > 0 && !el.firstElementChild) break;
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < h && r.right > 0 && r.left < w) out.push(el);
  }
  return out;
}

/**
 * The blocks in view: at a page's top, its first blocks in document order (topBlocks); and the
 * blocks under a grid of points over the viewport, top row first. 4 rows × 3 columns: each point
 * is a hit test, and on a busy page (many layers, fixed headers) one costs up to 0.3 ms in
 * Chromium. A block of text is rarely narrower than a third of the viewport or shorter than a
 * quarter of it; what the sample misses is marked as the frame's reading reaches it.
 */
export function sampleViewport(doc: Document): Block[] {
  const w = doc.documentElement.clientWidth || innerWidth;
  const h = doc.documentElement.clientHeight || innerHeight;
  // A page at its top: its first blocks in order; then what the hit tests find (fixed parts,
  // columns laid out apart from the order, a page scrolled down).
  const out = topBlocks(doc, h, w);
  const seen = new Set<Block>(out);
  const hit = new Set<Element>();
  for (let y = h / 8; y < h; y += h / 4) {
    for (let x = w / 6; x < w; x += w / 3) {
      const el = doc.elementFromPoint(x, y);
      if (!el || hit.has(el)) continue;
      hit.add(el);
      if (el.shadowRoot || insideSkipped(el)) continue;
      const block = blockOf(el);
      if (block && !seen.has(block)) {
        seen.add(block);
        out.push(block);
      }
    }
  }
  return out;
}

/**
 * Whether a block lies within the gate's reach of the viewport (a screen above and below, as
 * gate.ts's observer counts it), by its box now. A synchronous layout read: the detector asks it
 * only of a block with mentions, and only until its first mark in view (decision 0291).
 */
export function nearViewport(block: Block): boolean {
  const el = typeof ShadowRoot === 'function' && block instanceof ShadowRoot ? block.host : (block as Element);
  const r = el.getBoundingClientRect();
  // No box of its own (display: contents): the gate marks it as always near anyway.
  if (!r.width && !r.height) return false;
  const h = innerHeight;
  return r.bottom >= -h && r.top <= 2 * h && r.right >= 0 && r.left <= innerWidth;
}
