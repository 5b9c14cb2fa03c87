/**
 * What the detector does next, and when it lets the page render: the scheduling decisions alone,
 * pure (no DOM), so they are unit-tested (decision 0291).
 */

/** The kinds of work, in the order they are taken. */
export type Work = 'sample' | 'job' | 'viewport' | 'mutations' | 'dirty' | 'walk';

export interface Pending {
  /** The viewport is still to be sampled (the first step of a start). */
  sample: boolean;
  /** A block is part-way through (matching or mapping): it is finished before anything else. */
  job: boolean;
  /** Blocks found in the viewport, not read yet. */
  viewport: number;
  /** Mutation records not turned into blocks yet. */
  mutations: boolean;
  /** Blocks to read again (changed, or handed back by one sense per document). */
  dirty: number;
  /** Walks over the rest of the frame still under way. */
  walks: number;
  /** The matcher is on its way: nothing is read until it is there (blocks read now would be read again). */
  awaitingMatcher: boolean;
}

/**
 * The next work, or null for none now. The viewport comes first: sampled, then its blocks read,
 * matched and marked, before mutations, rechecks and the walk over the rest of the frame. A job
 * under way is finished first so a block's mentions are stored in one piece.
 */
export function nextWork(p: Pending): Work | null {
  if (p.awaitingMatcher) return null;
  if (p.sample) return 'sample';
  if (p.job) return 'job';
  if (p.viewport > 0) return 'viewport';
  if (p.mutations) return 'mutations';
  if (p.dirty > 0) return 'dirty';
  if (p.walks > 0) return 'walk';
  return null;
}

/** Whether any work remains, the kind that waits for the matcher too. */
export function hasWork(p: Pending): boolean {
  return p.sample || p.job || p.viewport > 0 || p.mutations || p.dirty > 0 || p.walks > 0;
}

/** A rendering update at least this often while the detector works (decision 0291). */
export const FRAME_EVERY_MS = 50;

/**
 * Whether the slicer's next wait is for a rendering update rather than a plain yield. Yields
 * alone (scheduler.yield, a message) let input run but, in both engines, starve rendering for the
 * whole pass: the page does not paint, and the IntersectionObserver that tells which marks are in
 * view only reports at the end. So: after a slice that made the first mark (its styles are to be
 * computed in the engine's own rendering step), or once FRAME_EVERY_MS passed since the last
 * update; never in a hidden document, which gets no frames (the wait would be a 100 ms timeout).
 */
export function wantsFrame(o: { now: number; lastFrame: number; styled: boolean; hidden: boolean; everyMs?: number }): boolean {
  if (o.styled) return true;
  if (o.hidden) return false;
  return o.now - o.lastFrame >= (o.everyMs ?? FRAME_EVERY_MS);
}
