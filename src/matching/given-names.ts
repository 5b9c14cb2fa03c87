/**
 * A surname alone is a gazetteer person's only without another given name before it: "Daulet
 * Kabulov" the footballer is not Zamir Kabulov, "Динмухамед Кунаев" not Konaev. The person's own
 * full name is a longer form and wins anyway; a title before the surname ("President Ghani",
 * "посол Кабулов") is no given name. Latin and Cyrillic script, where names are capitalised and
 * words inside a sentence are not: the word before must be capitalised, not at a sentence start,
 * and not a word that never begins a name (data/sense-rules.json notHeads, stateHeads). Pure.
 */
import { senseRules } from './sense-rules';
import { softGap, type Tokens } from './tokenize';

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const SENTENCE_END = /[.!?:;…"“”«»„()[\]–—\n]/u;

/** Whether token t0 (a surname) follows a capitalised word inside a sentence that could be another given name. */
export function anotherGivenName(s: string, tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  if (p < 0 || !softGap(s, tk.end[p]!, tk.start[t0]!)) return false;
  const word = s.slice(tk.start[p]!, tk.end[p]!);
  const c = word.charCodeAt(0);
  if (c >= 0x0500 || !NAME_WORD.test(word)) return false; // Latin and Cyrillic only
  const r = senseRules();
  if (r.notHeads.has(word) || r.stateHeads.has(word)) return false;
  // The word before it must itself be inside the sentence: "… said. Daulet" has no name before.
  const q = p - 1;
  if (q < 0) return false;
  return !SENTENCE_END.test(s.slice(tk.end[q]!, tk.start[p]!));
}
