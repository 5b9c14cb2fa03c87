/**
 * compileMatcher: gazetteer → Matcher. Compiled once (build, content script start), then
 * match(text) is linear in the text: words are found in one pass, most are rejected by a
 * two-letter table probe, and the rest cost a few hash lookups in a word trie, so the time is
 * nearly flat in the number of names (unlike one alternation RegExp of every name).
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Lang } from '../shared/pack-types';
import { DEFAULT_WINDOW } from './ambiguity';
import { formWords, gazetteerForms, type FormWords } from './forms';
import { resolve } from './resolve';
import { Scanner, type Candidate } from './scan';
import { tokenize } from './tokenize';
import { splitReader, type SplitForms } from './split-forms';
import { IndexBuilder, type Index } from './trie';
import type { Match, Matcher, NameForm } from './types';

export { gazetteerForms };

export interface MatcherOptions {
  /** Ambiguity window in UTF-16 units either side of an ambiguous mention (ambiguity.ts). Default 400. */
  window?: number;
  /** German closed compounds with the name first ("Afghanistanhilfe"). Default true. */
  compounds?: boolean;
  /** Index only the forms of these languages. Default: all. */
  langs?: readonly Lang[];
  /** The forms already split by the build (split-forms.ts); ignored when made for other forms. */
  split?: SplitForms;
}

export interface SlicedOptions extends MatcherOptions {
  /** Longest run of work between yields, ms. Default 5. */
  sliceMs?: number;
  /** Gives the thread back; default a zero timeout (the content script passes scheduler.yield). */
  yieldFn?: () => Promise<void>;
}

function selectForms(entries: readonly GazetteerEntry[], options: MatcherOptions) {
  const langs = options.langs ? new Set(options.langs) : null;
  return gazetteerForms(entries).filter((f) => !langs || langs.has(f.lang));
}

/** The words of forms[i]: from the build's table where it fits these forms, else split now. */
function wordsOf(forms: readonly NameForm[], options: MatcherOptions): (i: number) => FormWords {
  return splitReader(options.split, forms) ?? ((i) => formWords(forms[i]!.text));
}

export function compileMatcher(entries: readonly GazetteerEntry[], options: MatcherOptions = {}): Matcher {
  const forms = selectForms(entries, options);
  const words = wordsOf(forms, options);
  const b = new IndexBuilder(entries);
  for (let i = 0; i < forms.length; i++) b.add(forms[i]!, words(i));
  return matcherOver(b.finish(), options);
}

/**
 * compileMatcher spread over several tasks of at most ~sliceMs each, for the content script: a
 * frame's first compile runs before the engine has optimized anything, and as one task it can
 * take longer than a page may be blocked. Same result as compileMatcher.
 */
export async function compileMatcherSliced(entries: readonly GazetteerEntry[], options: SlicedOptions = {}): Promise<Matcher> {
  const sliceMs = options.sliceMs ?? 5;
  const yieldFn = options.yieldFn ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let t0 = performance.now();
  const forms = selectForms(entries, options);
  const words = wordsOf(forms, options);
  const b = new IndexBuilder(entries);
  for (let i = 0; i < forms.length; i++) {
    // Checked every other form: cold, one form takes tens of µs, the clock well under one.
    if ((i & 1) === 0 && performance.now() - t0 >= sliceMs) {
      await yieldFn();
      t0 = performance.now();
    }
    b.add(forms[i]!, words(i));
  }
  const matcher = matcherOver(b.finish(), options);
  // The engine compiles a function's code at its first call: done here, within start-up, rather
  // than in the page's first slice of matching (the floor of the benchmark does the same for its
  // RegExp). One short text per script reaches the scanner's paths for each.
  for (const text of WARM_UP) matcher.match(text);
  return matcher;
}

const WARM_UP = [
  "Kazakhstan's Tokayev and the U.S. in Kasachstans Hauptstadt",
  'Казахстан и Афганистан, Токаевым',
  'قزاقستان و افغانستان، به کابل',
];

function matcherOver(ix: Index, options: MatcherOptions): Matcher {
  const window = options.window ?? DEFAULT_WINDOW;
  const compounds = options.compounds ?? true;
  return {
    size: ix.size,
    match(text: string): Match[] {
      if (!text) return [];
      const tk = tokenize(text, true);
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
