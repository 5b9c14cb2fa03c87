/**
 * data/sense-rules.json, checked once and turned into sets: the word lists of the post-match sense
 * rules (headless demonyms, names that are part of another name, clubs). Bundled with the
 * matcher's code (a JSON import), not with the compiled index, which these rules never touch.
 * Pure: no DOM, no file system.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';

type ByLang = Readonly<Record<string, readonly string[]>>;

export interface Club {
  entity: string;
  /** Names of the club as written ("FC Astana", "ФК «Астана»"), matched case-insensitively. */
  cues: string[];
}

export interface SenseRules {
  /** Conjunctions that join adjectives sharing one noun (folded). */
  and: ReadonlySet<string>;
  /** Words that, right after a demonym adjective, show it has no noun (en, ru, ps; folded). */
  headlessNext: ReadonlySet<string>;
  /** Words that, right before it, show the same where the adjective follows its noun (fa; folded). */
  headlessPrevious: ReadonlySet<string>;
  /** Words (as written) after a place name that make it part of another name: "Kabul Express". */
  headsAfter: readonly string[];
  /** Words (as written) before it that do the same: "Radio Kabul", "Tour of Almaty". */
  headsBefore: readonly string[];
  /** Function words of English and of German (folded), to tell the two apart. */
  englishWords: ReadonlySet<string>;
  germanWords: ReadonlySet<string>;
  /** Capitalised words that never continue a name ("And", "Monday"). */
  notHeads: ReadonlySet<string>;
  /**
   * Capitalised words (as written) after a demonym adjective that keep it the state's ("Afghan
   * Taliban", "Kazakh Foreign Ministry"); any other makes it part of a title ("Afghan Girl").
   */
  stateHeads: ReadonlySet<string>;
  /**
   * Common words spelled like a place (Persian کابل, "cable"), with the words that show that
   * sense right after or right before it (کابل برق, کشیدن کابل). Keyed by the word as written.
   */
  homographs: ReadonlyMap<string, { after: ReadonlySet<string>; before: ReadonlySet<string>; with: ReadonlySet<string> }>;
  /** Forms (as written) of a state's name that are also its currency (افغانی, afghani), by entity. */
  currencies: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Adjectives that may stand between a demonym and its class noun (folded stems: "national",
   * "национальн", "traditionell", "محلی"): the noun after them decides.
   */
  modifiers: ReadonlySet<string>;
  /** Number words (folded) that, like digits, make such a form the currency ("ده افغانی"). */
  numberWords: ReadonlySet<string>;
  /**
   * States whose name may be part of another name (cities always may), with the names (not the
   * adjectives: "Afghan Red Crescent") that a capitalised word after them makes part of one.
   */
  namedLikeStates: ReadonlyMap<string, ReadonlySet<string>>;
  clubs: readonly Club[];
  /** Folded stems of sports words. */
  sports: readonly string[];
}

const fail = (what: string): never => {
  throw new Error(`data/sense-rules.json: ${what}`);
};

function wordsOf(list: unknown, where: string): string[] {
  if (typeof list !== 'object' || list === null || Array.isArray(list)) fail(`${where} must be an object of language → string[]`);
  const out: string[] = [];
  for (const [lang, words] of Object.entries(list as ByLang)) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || !w.trim())) fail(`${where}.${lang} must be an array of non-empty strings`);
    out.push(...(words as string[]));
  }
  return out;
}

/** Every word of every language of `list`, folded; a clear error for anything but strings. */
export function foldedWords(list: unknown, where: string): Set<string> {
  return new Set(wordsOf(list, where).map(foldString));
}

/** Checks the parsed file and builds the sets. */
export function senseRulesOf(data: unknown): SenseRules {
  const d = (data ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const h = d.headless ?? fail('missing "headless"');
  const partOf = d.partOf ?? fail('missing "partOf"');
  const english = d.english ?? fail('missing "english"');
  const clubs = (d.clubs as unknown) ?? [];
  if (!Array.isArray(clubs)) fail('"clubs" must be an array');
  return {
    and: foldedWords(h.and, 'headless.and'),
    headlessNext: foldedWords(h.next, 'headless.next'),
    headlessPrevious: foldedWords(h.previous, 'headless.previous'),
    headsAfter: wordsOf(partOf.after, 'partOf.after'),
    headsBefore: wordsOf(partOf.before, 'partOf.before'),
    englishWords: foldedWords({ en: english.en }, 'english'),
    germanWords: foldedWords({ de: english.de }, 'english'),
    notHeads: new Set(wordsOf(d.notHeads ?? {}, 'notHeads')),
    stateHeads: new Set(wordsOf(d.stateHeads ?? {}, 'stateHeads')),
    currencies: new Map(Object.entries(d.currencies ?? {}).map(([id, forms]) => [id, new Set(wordsOf(forms, `currencies.${id}`))])),
    numberWords: foldedWords(d.numberWords ?? {}, 'numberWords'),
    modifiers: foldedWords(d.modifiers ?? {}, 'modifiers'),
    homographs: new Map(
      Object.entries(d.homographs ?? {}).map(([word, sides]) => {
        const o = (sides ?? {}) as Record<string, unknown>;
        return [word, { after: new Set(wordsOf({ after: o.after ?? [] }, `homographs.${word}`)), before: new Set(wordsOf({ before: o.before ?? [] }, `homographs.${word}`)), with: new Set(wordsOf({ with: o.with ?? [] }, `homographs.${word}`)) }];
      }),
    ),
    namedLikeStates: new Map(Object.entries(d.namedLikeStates ?? {}).map(([id, names]) => [id, new Set(wordsOf({ [id]: names }, 'namedLikeStates'))])),
    clubs: (clubs as { entity?: unknown; cues?: unknown }[]).map((c, i) => {
      if (typeof c?.entity !== 'string' || !c.entity) fail(`clubs[${i}]: missing entity id`);
      return { entity: c.entity as string, cues: wordsOf(c.cues, `clubs[${i}].cues`) };
    }),
    sports: [...foldedWords(d.sports ?? {}, 'sports')],
  };
}

let rules: SenseRules | null = null;
/** The shipped rules, built on first use (most pages never meet a demonym or a club). */
export function senseRules(): SenseRules {
  return (rules ??= senseRulesOf(raw));
}
