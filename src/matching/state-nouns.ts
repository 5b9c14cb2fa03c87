/**
 * An ambiguous demonym ("Tajik", "Turkmen": a people, a language, or the state) before a noun
 * that only a state has — its border, government, side, embassy — is the state: "the Tajik
 * border", "die tadschikische Grenze", "таджикской границы". Such a noun makes the demonym
 * firm, as a title does a surname (compile.ts), so it needs no other name of the state nearby.
 * The nouns are data/sense-rules.json `stateNouns`, matched folded and as written (no endings:
 * Russian lists its case forms). Pure.
 */
import raw from '../../data/sense-rules.json';
import { foldString } from './normalize';
import { foldedWords } from './sense-rules';
import { softGap, type Tokens } from './tokenize';

let nouns: ReadonlySet<string> | null = null;
const stateNouns = (): ReadonlySet<string> => {
  if (nouns) return nouns;
  const { about: _about, ...byLang } = ((raw as Record<string, unknown>).stateNouns ?? {}) as Record<string, unknown>;
  return (nouns = foldedWords(byLang, 'stateNouns'));
};

/** Whether the word after token `t1` is a noun of the state, separated by a soft gap. */
export function stateNounAfter(s: string, tk: Tokens, t1: number): boolean {
  const n = t1 + 1;
  if (n >= tk.count || !softGap(s, tk.end[t1]!, tk.start[n]!)) return false;
  return stateNouns().has(foldString(s.slice(tk.start[n]!, tk.end[n]!)));
}
