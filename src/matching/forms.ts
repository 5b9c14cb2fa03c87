/**
 * Gazetteer entries → the flat list of name forms the matcher indexes. One place decides what a
 * "form" is, so the matcher, the loader's collision check and the pack's search keys agree.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Lang } from '../shared/pack-types';
import { LANGS } from '../shared/pack-types';
import { foldText } from './normalize';
import type { NameForm } from './types';

/** Every form of every entry (names first, then aliases; languages in LANGS order), deduplicated per entity+language+text. */
export function gazetteerForms(entries: readonly GazetteerEntry[]): NameForm[] {
  const out: NameForm[] = [];
  for (const e of entries) {
    const ambiguous = new Set(e.ambiguous ?? []);
    const cs = new Set(e.caseSensitive ?? []);
    const seen = new Set<string>();
    const add = (lang: Lang, text: string | undefined) => {
      if (typeof text !== 'string' || !text.trim()) return;
      const k = lang + '\u0000' + text;
      if (seen.has(k)) return;
      seen.add(k);
      out.push({ entity: e.id, text, lang, caseSensitive: cs.has(text), ambiguous: ambiguous.has(text) });
    };
    for (const lang of LANGS) add(lang, e.names[lang]);
    for (const lang of LANGS) for (const a of e.aliases?.[lang] ?? []) add(lang, a);
  }
  return out;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const JOINERS = /[\u00ad\u200c\u200d\u2060\ufeff\u200e\u200f]/g;

export interface FormWords {
  /** Folded words. */
  words: string[];
  /** Folded separators between consecutive words (gaps[i] lies between words[i] and words[i+1]). */
  gaps: string[];
  /** Unfolded words (joiners removed), for case-sensitive forms. */
  raw: string[];
  /** Punctuation written after the last word ("U.S." → "."), included in a mention where the text has it too. */
  tail: string;
}

/** Splits a form into words the way the scanner splits text. */
export function formWords(text: string): FormWords {
  const folded = foldText(text).text;
  const words: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const m of folded.matchAll(WORD_RUN)) {
    if (last >= 0) gaps.push(folded.slice(last, m.index));
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  const raw = [...text.replace(JOINERS, '').matchAll(WORD_RUN)].map((m) => m[0]);
  const tail = /[\p{L}\p{M}\p{N}]([.'’]+)\s*$/u.exec(text)?.[1] ?? '';
  return { words, gaps, raw, tail };
}

/** The key a form is indexed under: its folded words joined by one space. */
export function formKey(text: string): string {
  return formWords(text).words.join(' ');
}
