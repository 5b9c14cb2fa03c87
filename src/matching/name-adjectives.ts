/**
 * German writes an adjective with a capital letter only at the start of a sentence or as a word
 * of a proper name: "das Gastspiel des Kasachischen Staatlichen Sinfonieorchesters", "mit dem
 * Afghanischen Nationalen Musikinstitut". A capitalised adjective of a state (…isch, …ische,
 * …ischen …) inside a sentence is therefore a word of another name, not the state — unless that
 * longer name is the gazetteer's own (die Kasachische Eisenbahn), which the matcher has already
 * matched whole, longest first. Sentence starts, headline starts and quoted starts keep the
 * adjective. Latin script only. Only removes marks. Pure.
 */
import type { Match } from './types';

/** A German adjective of a state or region as written: capital, then …isch with an ending. */
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+isch(?:e|en|er|es|em)?$/u;
/** What may stand before a word that starts a sentence, a headline, a quote or a list item. */
const STARTS = /[.!?:;…„“"«»‚‘'([–—•\n]$/u;

/** Whether `m` is a capitalised German adjective inside a sentence (a word of another name). */
export function nameAdjective(s: string, m: Match): boolean {
  if (!CAPITALISED_ADJECTIVE.test(m.text)) return false;
  const before = s.slice(Math.max(0, m.start - 8), m.start).trimEnd();
  if (before === '') return false; // the block's first word: a sentence or a headline starts here
  if (STARTS.test(before)) return false;
  // A hyphenated pair of adjectives ("die Kasachisch-Afghanische Handelskammer") or a number
  // before the sentence's first word ("2. Kasachische …") is left to the other rules.
  return /[\p{L}\p{N},]$/u.test(before) && !/\d\.?$/u.test(before);
}

/** The block's mentions less capitalised German adjectives inside a sentence. */
export function dropNameAdjectives(s: string, matches: Match[]): Match[] {
  return matches.some((m) => CAPITALISED_ADJECTIVE.test(m.text)) ? matches.filter((m) => !nameAdjective(s, m)) : matches;
}
