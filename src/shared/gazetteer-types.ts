import type { EntityType, Lang } from './pack-types';

/**
 * One entry of data/gazetteer.json: curated data, reviewed like code.
 *
 * `names` gives the display name per language; `aliases` every other form a reader meets, per
 * language, because the language decides which inflections the matcher allows (German -s/-en,
 * Russian case endings, Pashto/Persian suffixes). Forms are written as a reader meets them; the
 * matcher does the folding (case, diacritics, Arabic letter variants, ZWNJ).
 */
export type EntityScope = 'core' | 'context';

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /**
   * 'core': Kazakhstan, Afghanistan, their places, people, institutions, companies, bilateral
   * programs, projects and events, and the actors of the relation (the Taliban, the envoys).
   * 'context': other states, world organizations, regions and continents — marked only on a page
   * that is on topic (names core entities).
   */
  scope: EntityScope;
  /** Wikidata id ("Q232"), wherever one exists, so entities can be linked to other data. */
  qid?: string;
  /**
   * A state or territory: its CLDR territory code (ISO 3166-1 "KZ", or a UN M.49 region "143").
   * Its `names` are not written in the file: the loader fills them from CLDR's territory names
   * (cldr-localenames-full) for every language, and `namesFrom` says which CLDR version; the
   * file keeps only the other forms, as `aliases`.
   */
  region?: string;
  /** Where the names come from (e.g. "CLDR 48.2.0; aliases curated"). */
  namesFrom?: string;
  names: Partial<Record<Lang, string>> & { en: string };
  aliases?: Partial<Record<Lang, string[]>>;
  /**
   * Forms (exact strings from names/aliases) that only count where the context supports them:
   * a surname, an acronym that is also a word. See src/matching/ambiguity.ts for the rule.
   */
  ambiguous?: string[];
  /** Forms matched with their case as written (acronyms such as "US", "UN", "EU", "SCO"). */
  caseSensitive?: string[];
  /** Entities whose unambiguous mention nearby supports this entity's ambiguous forms. */
  context?: string[];
  /**
   * Fact linking without a name: a sentence is linked to this entity when every term of any one
   * group occurs in it as a word start (matcher-normalized), e.g. [["earthquake", "herat"]].
   */
  cues?: string[][];
  /** One line for a reader: what the entity is and what it has to do with the relation. */
  description: string;
}

/** CLDR's territory names per language (code → name) and the CLDR version they come from. */
export interface TerritoryNames {
  version: string;
  names: Partial<Record<Lang, Readonly<Record<string, string>>>>;
}

export interface Gazetteer {
  entities: GazetteerEntry[];
}
