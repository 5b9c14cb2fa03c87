/**
 * The panel's own matcher (decision 0200: in the page, not the background — no message round
 * trip per keystroke, no service worker to wake). It opens the same packed index the content
 * script opens (decision 0220), so a popup open no longer parses the gazetteer and compiles a
 * trie (54–129 ms of work, sliced). The time to open it is left as user timing
 * (caravan-matcher-compile, -work) for the end-to-end test. The typo index (folded names for
 * "did you mean") is read from the same index's forms on the first query that names nothing: the
 * panel ships no copy of the gazetteer for it (148 KB of popup.js and of sidepanel.js before).
 */
import matcherIndex from 'virtual:matcher-index';
import { openPacked, packedMatcher, packedNames } from '../matching/packed';
import type { Matcher } from '../matching/types';
import { suggestIndex, type SuggestIndex } from '../search/query-names';

export interface QueryTools {
  matcher: Matcher;
  /** Built on the first typo, not at open: most searches name something or match words. */
  suggestions(): SuggestIndex;
  compileMs: number;
}

let tools: Promise<QueryTools> | null = null;

export function queryTools(): Promise<QueryTools> {
  return (tools ??= (async () => {
    // After the first paint: the popup shows before anything is opened.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const t0 = performance.now();
    const matcher = packedMatcher(openPacked(matcherIndex));
    let index: SuggestIndex | null = null;
    const suggestions = (): SuggestIndex => (index ??= suggestIndex(packedNames(matcherIndex)));
    const compileMs = performance.now() - t0;
    // User timing, read by the e2e suite (and any profiler): no yields inside, so wall = work.
    performance.measure('caravan-matcher-compile', { start: t0, duration: compileMs });
    performance.measure('caravan-matcher-compile-work', { start: t0, duration: compileMs });
    return { matcher, suggestions, compileMs };
  })());
}
