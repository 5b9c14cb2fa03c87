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
import { insideIdentifier } from './identifiers';
import { notTheState, otherClass, quotedName } from './senses';
import { resolve } from './resolve';
import { anotherGivenName } from './given-names';
import { stateNounAfter } from './state-nouns';
import { Scanner, type Candidate } from './scan';
import { tokenize, type Tokens } from './tokenize';
import { readSplit, splitReader, type SplitForms } from './split-forms';
import { IndexBuilder, type Index } from './trie';
import type { Blocker, DocumentScan, Lookalikes, Match, Matcher, NameForm } from './types';

export { gazetteerForms };

/** Languages written in Arabic script, whose ambiguous forms never name their entity for the document. */
const ARABIC_SCRIPT_LANGS: ReadonlySet<Lang> = new Set<Lang>(['fa', 'ps']);

export interface MatcherOptions {
  /** Ambiguity window in UTF-16 units either side of an ambiguous mention (ambiguity.ts). Default 400. */
  window?: number;
  /** German closed compounds with the name first ("Afghanistanhilfe"). Default true. */
  compounds?: boolean;
  /** Index only the forms of these languages. Default: all. */
  langs?: readonly Lang[];
  /** The forms already split by the build (split-forms.ts); ignored when made for other forms. */
  split?: SplitForms;
  /** Look-alikes, demonym senses and titles (data/lookalikes.json, parsed by lookalikes.ts). */
  lookalikes?: Lookalikes;
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

/** The look-alikes to index, with their words: split by the build where it did (Lookalikes.split). */
function selectBlockers(options: MatcherOptions): { blocker: Blocker; words: () => FormWords }[] {
  const langs = options.langs ? new Set(options.langs) : null;
  const l = options.lookalikes;
  const split = l?.split?.length === l?.blockers.length ? l?.split : undefined;
  return (l?.blockers ?? [])
    .map((blocker, i) => ({ blocker, words: () => (split ? readSplit(split[i]!) : formWords(blocker.text)) }))
    .filter((x) => !langs || langs.has(x.blocker.lang));
}

/** The words of forms[i]: from the build's table where it fits these forms, else split now. */
function wordsOf(forms: readonly NameForm[], options: MatcherOptions): (i: number) => FormWords {
  return splitReader(options.split, forms) ?? ((i) => formWords(forms[i]!.text));
}

/** The index compileMatcher matches over; the build packs it (packed-build.ts). */
export function compileIndex(entries: readonly GazetteerEntry[], options: MatcherOptions = {}): Index {
  const forms = selectForms(entries, options);
  const words = wordsOf(forms, options);
  const b = new IndexBuilder(entries, options.lookalikes);
  for (let i = 0; i < forms.length; i++) b.add(forms[i]!, words(i));
  for (const x of selectBlockers(options)) b.addBlocker(x.blocker, x.words());
  return b.finish();
}

export function compileMatcher(entries: readonly GazetteerEntry[], options: MatcherOptions = {}): Matcher {
  return matcherOver(compileIndex(entries, options), options);
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
  const b = new IndexBuilder(entries, options.lookalikes);
  const blockers = selectBlockers(options);
  for (let i = 0; i < forms.length + blockers.length; i++) {
    // Checked every other form: cold, one form takes tens of µs, the clock well under one.
    if ((i & 1) === 0 && performance.now() - t0 >= sliceMs) {
      await yieldFn();
      t0 = performance.now();
    }
    if (i < forms.length) b.add(forms[i]!, words(i));
    else {
      const x = blockers[i - forms.length]!;
      b.addBlocker(x.blocker, x.words());
    }
  }
  const matcher = matcherOver(b.finish(), options);
  // The engine compiles a function's code at its first call: done here, within start-up, rather
  // than in the page's first slice of matching (the floor of the benchmark does the same for its
  // RegExp). One short text per script reaches the scanner's paths for each.
  for (const text of WARM_UP) matcher.match(text);
  return matcher;
}

/** Texts that reach the scanner's paths for each script: matched once to have the engine compile them. */
export const WARM_UP = [
  "Kazakhstan's Tokayev and the U.S. in Kasachstans Hauptstadt",
  'Казахстан и Афганистан, Токаевым',
  'قزاقستان و افغانستان، به کابل',
];

/** One match() or scan(): the mentions (look-alikes dropped), the turned-down ambiguous candidates, the titled ones. */
interface Run {
  chosen: Candidate[];
  rejected: Candidate[];
  titled: Set<Candidate> | null;
}

/** The Matcher over an index: compiled here, or packed at build time and read in place (packed.ts). */
export function matcherOver(ix: Index, options: Pick<MatcherOptions, 'window' | 'compounds'> = {}): Matcher {
  const window = options.window ?? DEFAULT_WINDOW;
  const compounds = options.compounds ?? true;
  const hasTitles = ix.titles.size > 0;

  /** Candidates of `text`, less those inside identifiers and demonyms that mean a language, cuisine or people. */
  function candidatesOf(text: string, tk: Tokens, out: Run): Candidate[] {
    const scanner = new Scanner(ix, text, tk, compounds);
    const all: Candidate[] = [];
    for (let i = 0; i < tk.count; i++) if (scanner.passes(i)) scanner.collect(i, all);
    if (!all.length) return all;
    // A demonym that means a language, a cuisine or a people (senses.ts) is a look-alike; so is
    // every other candidate of its entity on the same span ("казахская" is also "казах" + "-ская").
    let senses: Set<string> | null = null;
    if (ix.demonyms) {
      for (const c of all) {
        if (c.form.demonym ? notTheState(ix, text, tk, c) : otherClass(ix, text, tk, c)) (senses ??= new Set()).add(`${c.start}:${c.end}:${c.form.form.entity}`);
      }
    }
    const kept: Candidate[] = [];
    for (const c of all) {
      if (!c.form.blocker) {
        if (insideIdentifier(text, c.start, c.end, tk.start[c.t0]!, tk.end[c.t1]!)) continue;
        if (senses?.has(`${c.start}:${c.end}:${c.form.form.entity}`)) continue;
        if (ix.cities.has(c.form.form.entity) && quotedName(text, c.start, c.end)) continue;
        if (hasTitles && c.form.form.ambiguous && ix.persons.has(c.form.form.entity) && ix.titles.touches(text, tk, c.t0)) {
          (out.titled ??= new Set()).add(c);
        } else if (c.form.demonym && c.form.form.ambiguous && stateNounAfter(text, tk, c.t1)) {
          (out.titled ??= new Set()).add(c);
        } else if (c.form.form.ambiguous && ix.persons.has(c.form.form.entity) && anotherGivenName(text, tk, c.t0)) {
          continue;
        }
      }
      kept.push(c);
    }
    return kept;
  }

  const toMatch = (text: string) => (c: Candidate): Match => ({
    entity: c.form.form.entity,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    form: c.form.form.text,
    lang: c.form.form.lang,
  });

  function run(text: string, named: ReadonlySet<string> | null): Run {
    const tk = tokenize(text, true);
    const out: Run = { chosen: [], rejected: [], titled: null };
    const candidates = candidatesOf(text, tk, out);
    if (!candidates.length) return out;
    const { chosen, rejected } = resolve(candidates, tk.count, ix.support, window, { titled: out.titled, named, cities: ix.cities });
    out.chosen = chosen.filter((c) => !c.form.blocker);
    out.rejected = rejected;
    return out;
  }

  return {
    size: ix.size,
    persons: ix.persons,
    match(text: string): Match[] {
      if (!text) return [];
      return run(text, null).chosen.map(toMatch(text));
    },
    scan(text: string, named?: ReadonlySet<string>): DocumentScan {
      if (!text) return { matches: [], named: [], waiting: [] };
      const { chosen, rejected, titled } = run(text, named ?? null);
      if (!chosen.length && !rejected.length) return { matches: [], named: [], waiting: [] };
      const firm = new Set<string>();
      // An ambiguous form that kept its support here names its entity for the whole document
      // (one sense per document: Бадахшане next to Афганистан vouches for the headline's
      // Бадахшан), except in Arabic script, where such forms are mostly common words (آستانه
      // "threshold", دوشنبه "Monday", ترمز "brake") and each use must earn its own support.
      for (const c of chosen) if (!c.form.form.ambiguous || titled?.has(c) || !ARABIC_SCRIPT_LANGS.has(c.form.form.lang)) firm.add(c.form.form.entity);
      const waiting = new Set<string>();
      for (const c of rejected) waiting.add(c.form.form.entity);
      return { matches: chosen.map(toMatch(text)), named: [...firm], waiting: [...waiting] };
    },
  };
}
