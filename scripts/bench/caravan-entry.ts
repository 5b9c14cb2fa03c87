/**
 * The Caravan page script of the benchmark: the content script's own detector (createDetector from
 * src/content/detect/annotate.ts) and matcher (compileMatcher), over the gazetteer, bundled by
 * esbuild as an IIFE (bundle.mjs) and injected into the page as a plain script.
 */
import type { Detector } from '../../src/content/detect/annotate';
import { compileMatcherSliced, type Lookalikes, type Matcher, type SplitForms } from '../../src/matching/runtime';
import { syntheticEntries } from '../../src/matching/synthetic';
import { pickYield } from '../../src/content/detect/slicer';
import { annotatePage } from './annotate-page';
import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
import gazetteerJson from 'virtual:gazetteer';
import lookalikesJson from 'virtual:lookalikes';
import splitJson from 'virtual:split-forms';

let matcher: Matcher | null = null;
let detector: Detector | null = null;

const bench: NonNullable<Window['caravanBench']> = {
  variant: 'detector',
  /** The content script's compile: sliced. Returns its main-thread time (the sum of its slices). */
  async compile(factor = 1) {
    // Growing the gazetteer is the benchmark's own doing: not timed.
    const grown = factor > 1 ? syntheticEntries(JSON.parse(gazetteerJson) as GazetteerEntry[], factor) : null;
    const yieldNow = pickYield();
    let busy = 0;
    let longest = 0;
    let t0 = performance.now();
    // The content script parses the gazetteer's JSON text in its compile's first slice.
    const list = grown ?? (JSON.parse(gazetteerJson) as GazetteerEntry[]);
    // The content script's compile: with the forms split by the build (they do not fit a grown list).
    matcher = await compileMatcherSliced(list, {
      split: grown ? undefined : (JSON.parse(splitJson) as SplitForms),
      lookalikes: JSON.parse(lookalikesJson) as Lookalikes,
      yieldFn: async () => {
        const slice = performance.now() - t0;
        busy += slice;
        longest = Math.max(longest, slice);
        await yieldNow();
        t0 = performance.now();
      },
    });
    const last = performance.now() - t0;
    bench.compileLongestMs = Math.max(longest, last);
    return busy + last;
  },
  compileLongestMs: 0,
  size: () => matcher?.size ?? 0,
  async annotate() {
    if (!matcher) throw new Error('compile() first');
    detector?.stop();
    detector = await annotatePage(matcher);
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

window.caravanBench = bench;
