import type { Lang } from '../shared/pack-types';

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
}
