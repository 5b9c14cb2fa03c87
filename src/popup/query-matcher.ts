/**
 * The panel's own matcher, compiled once per popup open from the gazetteer, split forms and
 * look-alikes exactly as the content script compiles them (decision 0200: in the page, not the
 * background — no message round trip per keystroke, no service worker to wake, ~1–3 ms to
 * compile). Its compile time is left on <html data-caravan-matcher-ms> for the end-to-end test.
 */
import gazetteerJson from 'virtual:gazetteer';
import lookalikesJson from 'virtual:lookalikes';
import splitJson from 'virtual:split-forms';
import { compileMatcherSliced, type SplitForms } from '../matching';
import type { Lookalikes, Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { suggestIndex, type SuggestIndex } from '../search/query-names';

export interface QueryTools {
  matcher: Matcher;
  suggestions: SuggestIndex;
  compileMs: number;
}

let tools: Promise<QueryTools> | null = null;

export function queryTools(): Promise<QueryTools> {
  return (tools ??= (async () => {
    const t0 = performance.now();
    const entries = JSON.parse(gazetteerJson) as GazetteerEntry[];
    // Sliced as in a page: the popup's first paint and typing must not wait on one long task.
    const matcher = await compileMatcherSliced(entries, {
      split: JSON.parse(splitJson) as SplitForms,
      lookalikes: JSON.parse(lookalikesJson) as Lookalikes,
    });
    const suggestions = suggestIndex(entries);
    const compileMs = performance.now() - t0;
    document.documentElement.dataset.caravanMatcherMs = compileMs.toFixed(2);
    return { matcher, suggestions, compileMs };
  })());
}
