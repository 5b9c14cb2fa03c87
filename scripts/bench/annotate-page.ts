/**
 * One annotation of the page as the benchmark times it, shared by caravan-entry.ts and
 * replay-entry.ts so that what decompose.mjs compares is measured the same way.
 */
import { createDetector, type Detector } from '../../src/content/detect/annotate';
import { afterNextFrame } from '../../src/content/detect/slicer';
import type { Matcher } from '../../src/matching/runtime';

/** Annotates the document with the content script's defaults (budget, chunk size, viewport first, watching the page). */
export async function annotatePage(matcher: Matcher): Promise<Detector> {
  const detector = createDetector(matcher);
  await detector.start(document);
  // The visibility gate's observer reports at the next rendering updates, and what it does then
  // (highlighting the mentions near the viewport) is Caravan's work too: counted in the stats.
  await afterNextFrame();
  await afterNextFrame();
  return detector;
}
