/**
 * When a topic name in the text means something other than the topic entity, by the words around
 * it (docs/decisions/0160-lookalikes-and-demonyms.md). Asked only for the few candidates concerned.
 */
import type { Candidate } from './scan';
import type { Tokens } from './tokenize';
import type { Index } from './trie';

/**
 * A demonym adjective that names a language, a cuisine or a people rather than the state: next
 * to a sense word ("Kazakh cuisine", "زبان قزاقی"), or — in German — uninflected and not the
 * first part of a compound adjective: "Kasachisch" (the language), "kasachisch essen" (a manner),
 * where "kasachisch-afghanische Beziehungen" and every attributive use ("kasachische Regierung")
 * carry the state.
 */
export function notTheState(ix: Index, s: string, tk: Tokens, c: Candidate): boolean {
  if (ix.senseAfter.touches(s, tk, c.t1) || ix.senseBefore.touches(s, tk, c.t0)) return true;
  if (c.form.form.lang !== 'de' || c.end - c.start !== c.form.form.text.length) return false;
  const next = s.charCodeAt(c.end);
  return next !== 0x2d && next !== 0x2010 && next !== 0x2011;
}

const OPEN = new Set([0xab, 0x201e, 0x22]); // « „ "
const CLOSE = new Set([0xbb, 0x201c, 0x22]); // » “ "

/**
 * A Cyrillic name standing alone in quotes: Russian quotes the names of clubs, companies and
 * venues («Астана» обыграла «Тобол», ТОО «Кабул»), never a city's.
 */
export function quotedName(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(start);
  return c >= 0x0400 && c <= 0x04ff && OPEN.has(s.charCodeAt(start - 1)) && CLOSE.has(s.charCodeAt(end));
}
