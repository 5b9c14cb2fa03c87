/**
 * The blocks the reader sees when detection starts, found by hit tests: the detector reads,
 * matches and marks them before the rest of the frame (decision 0291).
 */
import { blockOf, insideSkipped, type Block } from './dom-rules';

/**
 * Blocks under a grid of points over the viewport, top row first. 4 rows × 3 columns: each point
 * is a hit test, and on a busy page (many layers, fixed headers) one costs up to 0.3 ms in
 * Chromium. A block of text is rarely narrower than a third of the viewport or shorter than a
 * quarter of it; what the sample misses is marked as the frame's reading reaches it.
 */
export function sampleViewport(doc: Document): Block[] {
  const w = doc.documentElement.clientWidth || innerWidth;
  const h = doc.documentElement.clientHeight || innerHeight;
  const out: Block[] = [];
  const seen = new Set<Block>();
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
