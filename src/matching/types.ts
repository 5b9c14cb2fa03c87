import type { Lang } from '../shared/pack-types';
import type { FormWords } from './forms';

/** One form of one entity, as the matcher indexes it. */
export interface NameForm {
  entity: string;
  text: string;
  lang: Lang;
  caseSensitive: boolean;
  ambiguous: boolean;
}

export interface Match {
  entity: string;
  /** UTF-16 offsets into the original string passed to match(). */
  start: number;
  end: number;
  /** original.slice(start, end) */
  text: string;
  /** The gazetteer form that matched. */
  form: string;
  lang: Lang;
}

/** One block of a document, matched with what the rest of the document named (document.ts). */
export interface DocumentScan {
  matches: Match[];
  /** Entities named firmly here: by an unambiguous form, or an ambiguous one after a title. */
  named: string[];
  /** Entities of ambiguous forms turned down here for lack of support (would count if named elsewhere). */
  waiting: string[];
}

export interface Matcher {
  /** Every mention in `text`, in order, non-overlapping, longest match wins. Deterministic. */
  match(text: string): Match[];
  /**
   * match() for one block of a document: ambiguous forms of the entities in `named` (named
   * firmly elsewhere in the document) count without support nearby; says what it named firmly
   * and which entities' ambiguous forms it turned down.
   */
  scan(text: string, named?: ReadonlySet<string>): DocumentScan;
  /** Number of indexed forms (for diagnostics and the growth benchmark). */
  readonly size: number;
  /** Entities that are people (document.ts gives a bare surname to the person the document named in full). */
  readonly persons?: { has(id: string): boolean };
}

/** One look-alike form of data/lookalikes.json, as the matcher indexes it (lookalikes.ts parses the file). */
export interface Blocker {
  /** The topic entity whose name it contains (for diagnostics and the evaluation). */
  looksLike: string;
  /** What it is ("river", "football club", "people"). */
  is: string;
  lang: Lang;
  text: string;
  /** Matched without inflection endings. */
  literal: boolean;
  /** Matched only as written: case, and marks such as the Persian ezafe hamza ("در آستانهٔ"). */
  exact: boolean;
}

/** What data/lookalikes.json gives the matcher (parsed and checked by lookalikes.ts, at build time). */
export interface Lookalikes {
  blockers: Blocker[];
  /** Demonym adjective forms: entity id + "\u0000" + the form's key (forms.ts formKey). */
  demonyms: string[];
  /** Words that, after a demonym adjective, make it a language, a cuisine or an ethnic group ("language", "кухня"). */
  after: string[];
  /** Words that, before a demonym adjective, do the same ("ethnic", "زبان"). */
  before: string[];
  /** Titles that make an ambiguous person form firm. */
  titles: string[];
  /**
   * The blockers' forms split into folded words by the build (split-forms.ts splitLookalikes),
   * one per blocker, so a frame's compile does not split them; absent: split at compile.
   */
  split?: (string | FormWords)[];
}
