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

export interface Matcher {
  /** Every mention in `text`, in order, non-overlapping, longest match wins. Deterministic. */
  match(text: string): Match[];
  /** Number of indexed forms (for diagnostics and the growth benchmark). */
  readonly size: number;
}
