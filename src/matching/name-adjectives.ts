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
/** Whether `m` is a capitalised German adjective inside a sentence (a word of another name). */
export function nameAdjective(s: string, m: Match): boolean {
  if (!CAPITALISED_ADJECTIVE.test(m.text)) return false;
  // The character before the word, across spaces: a letter, a digit or a comma means the sentence
  // runs on; punctuation, a quote, a bracket, a line break or the block's start mean it starts here.
  let i = m.start - 1;
  while (i >= 0 && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && INSIDE.test(s.charAt(i));
}

/** A character after which the next word is inside a sentence. */
const INSIDE = /^[\p{L}\p{N},]$/u;

/** The block's mentions less capitalised German adjectives inside a sentence. */
export function dropNameAdjectives(s: string, matches: Match[]): Match[] {
  return matches.some((m) => CAPITALISED_ADJECTIVE.test(m.text)) ? matches.filter((m) => !nameAdjective(s, m)) : matches;
}
