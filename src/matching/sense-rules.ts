/**
 * data/sense-rules.json, checked once and turned into sets: the word lists of the post-match sense
 * rules (headless demonyms, names that are part of another name, quoted states, clubs). Bundled
 * with the matcher's code (a JSON import), not with the compiled index, which these rules never
 * touch. Pure: no DOM, no file system.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';

type ByLang = Readonly<Record<string, readonly string[]>>;

export interface SenseRules {
  /** Conjunctions that join adjectives sharing one noun (folded). */
  and: ReadonlySet<string>;
  /** Words that, right after a demonym adjective, show it has no noun (en, ru, ps; folded). */
  headlessNext: ReadonlySet<string>;
  /** Words that, right before it, show the same where the adjective follows its noun (fa; folded). */
  headlessPrevious: ReadonlySet<string>;
}

/** Every word of every language of `list`, folded; a clear error for anything but strings. */
export function foldedWords(list: unknown, where: string): Set<string> {
  const out = new Set<string>();
  if (typeof list !== 'object' || list === null || Array.isArray(list)) throw new Error(`data/sense-rules.json: ${where} must be an object of language → string[]`);
  for (const [lang, words] of Object.entries(list as ByLang)) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || !w.trim())) {
      throw new Error(`data/sense-rules.json: ${where}.${lang} must be an array of non-empty strings`);
    }
    for (const w of words as string[]) out.add(foldString(w));
  }
  return out;
}

/** Checks the parsed file and builds the sets. */
export function senseRulesOf(data: unknown): SenseRules {
  const d = data as { headless?: { and?: unknown; next?: unknown; previous?: unknown } };
  const h = d?.headless;
  if (!h) throw new Error('data/sense-rules.json: missing "headless"');
  return {
    and: foldedWords(h.and, 'headless.and'),
    headlessNext: foldedWords(h.next, 'headless.next'),
    headlessPrevious: foldedWords(h.previous, 'headless.previous'),
  };
}

let rules: SenseRules | null = null;
/** The shipped rules, built on first use (most pages never meet a demonym). */
export function senseRules(): SenseRules {
  return (rules ??= senseRulesOf(raw));
}
