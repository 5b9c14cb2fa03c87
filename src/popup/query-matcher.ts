/**
 * The panel's own matcher, compiled once per popup open from the gazetteer, split forms and
 * look-alikes exactly as the content script compiles them (decision 0200: in the page, not the
 * background — no message round trip per keystroke, no service worker to wake, ~1–3 ms to
 * compile). Its compile time (work, without the yields) is left on <html data-caravan-matcher-ms>,
 * and the wall time on data-caravan-matcher-wall-ms, for the end-to-end test. The typo index
 * (folded names for "did you mean") is built on the first query that names nothing.
 */
import gazetteerJson from 'virtual:gazetteer';
import lookalikesJson from 'virtual:lookalikes';
import splitJson from 'virtual:split-forms';
// Straight from the modules (not an index), which every layout of src/matching keeps.
import { compileMatcherSliced } from '../matching/compile';
import type { SplitForms } from '../matching/split-forms';
import type { Lookalikes, Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
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
    const t0 = performance.now();
    // Time spent yielding to the popup's own rendering is not compile work: counted apart.
    let waited = 0;
    const yieldFn = async (): Promise<void> => {
      const y = performance.now();
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      waited += performance.now() - y;
    };
    // Each text parsed in its own task, then the compile sliced as in a page: the popup's first
    // paint and typing never wait on one long task (the 361-entity gazetteer's texts, parsed in
    // one go with the first slice, made a 51 ms task on a cold popup in Chromium).
    await yieldFn();
    const entries = JSON.parse(gazetteerJson) as GazetteerEntry[];
    await yieldFn();
    const split = JSON.parse(splitJson) as SplitForms;
    await yieldFn();
    const lookalikes = JSON.parse(lookalikesJson) as Lookalikes;
    const matcher = await compileMatcherSliced(entries, { split, lookalikes, yieldFn });
    let index: SuggestIndex | null = null;
    const suggestions = (): SuggestIndex => (index ??= suggestIndex(entries));
    const wallMs = performance.now() - t0;
    const compileMs = wallMs - waited;
    // User timing, read by the e2e suite (and any profiler): the wall time, and the work within it.
    performance.measure('caravan-matcher-compile', { start: t0, duration: wallMs });
    performance.measure('caravan-matcher-compile-work', { start: t0, duration: compileMs });
    return { matcher, suggestions, compileMs };
  })());
}
