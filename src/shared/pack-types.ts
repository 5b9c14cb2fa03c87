/**
 * The fact pack: what the build derives from corpus/ and the background seeds into IndexedDB.
 * Shared by the build (Node), the store, the background and the UIs, so it has no runtime code.
 */

/** Languages Caravan matches in. `kk` only where a Kazakh form helps. */
export type Lang = 'en' | 'de' | 'ru' | 'fa' | 'ps' | 'kk';
export const LANGS: readonly Lang[] = ['en', 'de', 'ru', 'fa', 'ps', 'kk'];

export type EntityType =
  | 'country'
  | 'region'
  | 'city'
  | 'person'
  | 'organization'
  | 'program'
  | 'agreement'
  | 'event'
  | 'other';

export type Topic =
  | 'trade'
  | 'security'
  | 'education'
  | 'humanitarian'
  | 'diplomacy'
  | 'digital'
  | 'transport'
  | 'resources'
  | 'military'
  | 'energy'
  | 'investment'
  | 'human-rights';

export interface Source {
  id: string;
  title: string;
  /** BCP 47 */
  lang: string;
  /** ISO YYYY-MM-DD, derived from the text; null where the document states none. */
  published: string | null;
  url?: string;
  outlet?: string;
  /** Text direction of the document, for the source view. */
  dir: 'ltr' | 'rtl';
  /** Length of the document in UTF-16 code units. */
  length: number;
  /** The whole document, for the source view (facts' offsets point into it). */
  text?: string;
  /** English title, where `title` is in another language. */
  titleEn?: string;
  /**
   * Present on a source the reader added (src/reader/**): its facts carry their quote and no
   * checked English summary, and the UIs badge them as the reader's.
   */
  reader?: { addedAt: number; author?: string };
}

export interface Entity {
  id: string;
  type: EntityType;
  /** 'core' entities of the relation, or 'context' (other states, world bodies, regions). */
  scope: 'core' | 'context';
  /** Wikidata id, where one exists. */
  qid?: string;
  /** Display name per language. `en` is always present. */
  names: Partial<Record<Lang, string>>;
  /** Every other form the matcher knows, flattened across languages. */
  aliases: string[];
  description?: string;
  /** Matcher-normalized forms of names and aliases, for search in every script. */
  keys: string[];
}

export interface Quantity {
  /** Substring of the fact's quote. */
  text: string;
  value: number;
  /** ISO 4217 for money, "t" for tonnes, "%" for percent, else a plain English noun ("people", "wagons"). */
  unit: string;
  /** True where the text gives an order of magnitude ("tens of thousands"). */
  approx?: boolean;
}

export interface Fact {
  /** `<source>#<sentence index>`, stable while segmentation is. */
  id: string;
  source: string;
  lang: string;
  /** quote === text of corpus/<source>.txt .slice(start, end) (UTF-16 offsets) */
  quote: string;
  start: number;
  end: number;
  entities: string[];
  topics: Topic[];
  /** ISO 8601, as precise as the text: YYYY, YYYY-MM or YYYY-MM-DD. The first date the sentence states. */
  date?: string;
  /** Every date the sentence states, in order. */
  dates: string[];
  quantities: Quantity[];
  summary: { en: string };
}

export interface FactPack {
  /** Content hash of everything below. */
  version: string;
  sources: Source[];
  entities: Entity[];
  facts: Fact[];
}
