/**
 * The Caravan page script of the benchmark: the content script's own detector (createDetector from
 * src/content/detect/annotate.ts) and matcher (compileMatcher), over the gazetteer, bundled by
 * esbuild as an IIFE (bundle.mjs) and injected into the page as a plain script.
 */
import { createDetector, type Detector } from '../../src/content/detect/annotate';
import { compileMatcher, syntheticEntries, type Matcher } from '../../src/matching';
import entries from 'virtual:bench-gazetteer';

let matcher: Matcher | null = null;
let detector: Detector | null = null;

window.caravanBench = {
  variant: 'detector',
  compile(factor = 1) {
    // Growing the gazetteer is the benchmark's own doing: not timed.
    const list = factor > 1 ? syntheticEntries(entries, factor) : entries;
    const t0 = performance.now();
    matcher = compileMatcher(list);
    return performance.now() - t0;
  },
  size: () => matcher?.size ?? 0,
  async annotate() {
    if (!matcher) throw new Error('compile() first');
    detector?.stop();
    // The content script's defaults (budget, chunk size, viewport first, watching the page).
    detector = createDetector(matcher);
    await detector.start(document);
    const s = detector.stats();
    return {
      slices: s.slices,
      longestSliceMs: s.longestSliceMs,
      totalMs: s.totalMs,
      firstViewportMarkMs: s.firstViewportMarkMs,
      mentions: s.mentions,
      firstPassMs: s.firstPassMs,
    };
  },
};
