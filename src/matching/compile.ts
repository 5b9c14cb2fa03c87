/**
 * compileMatcher: gazetteer → Matcher. Compiled once (build, content script start), then
 * match(text) is linear in the text: words are found in one pass, most are rejected by a
 * two-letter table probe, and the rest cost a few hash lookups in a word trie, so the time is
 * nearly flat in the number of names (unlike one alternation RegExp of every name).
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Lang } from '../shared/pack-types';
import { DEFAULT_WINDOW } from './ambiguity';
import { gazetteerForms } from './forms';
import { resolve } from './resolve';
import { Scanner, type Candidate } from './scan';
import { tokenize } from './tokenize';
import { buildIndex } from './trie';
import type { Match, Matcher } from './types';

export { gazetteerForms };

export interface MatcherOptions {
  /** Ambiguity window in UTF-16 units either side of an ambiguous mention (ambiguity.ts). Default 400. */
  window?: number;
  /** German closed compounds with the name first ("Afghanistanhilfe"). Default true. */
  compounds?: boolean;
  /** Index only the forms of these languages. Default: all. */
  langs?: readonly Lang[];
}

export function compileMatcher(entries: readonly GazetteerEntry[], options: MatcherOptions = {}): Matcher {
  const langs = options.langs ? new Set(options.langs) : null;
  const forms = gazetteerForms(entries).filter((f) => !langs || langs.has(f.lang));
  const ix = buildIndex(entries, forms);
  const window = options.window ?? DEFAULT_WINDOW;
  const compounds = options.compounds ?? true;
  return {
    size: ix.size,
    match(text: string): Match[] {
      if (!text) return [];
      const tk = tokenize(text);
      const scanner = new Scanner(ix, text, tk, compounds);
      const candidates: Candidate[] = [];
      for (let i = 0; i < tk.count; i++) if (scanner.passes(i)) scanner.collect(i, candidates);
      return resolve(candidates, tk.count, ix.support, window).map((c) => ({
        entity: c.form.form.entity,
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        form: c.form.form.text,
        lang: c.form.form.lang,
      }));
    },
  };
}
