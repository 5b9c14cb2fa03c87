/**
 * Gazetteer entries → the flat list of name forms the matcher indexes. One place decides what a
 * "form" is, so the matcher, the loader's collision check and the pack's search keys agree.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Lang } from '../shared/pack-types';
import { LANGS } from '../shared/pack-types';
import { foldString } from './normalize';
import { tokenize } from './tokenize';
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

const JOINERS = /\u00ad|\u200c|\u200d|\u2060|\ufeff|\u200e|\u200f/g;
const TAIL = /[\p{L}\p{M}\p{N}]([.'’]+)\s*$/u;

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

/**
 * Splits a form into words the way the scanner splits text: runs of letters, marks and digits
 * (the tokenizer's table, no regular expression per form: compile runs this for every form, in
 * every frame, before the engine has warmed up).
 */
export function formWords(text: string): FormWords {
  const folded = foldString(text);
  const tk = tokenize(folded);
  const words: string[] = [];
  const gaps: string[] = [];
  for (let i = 0; i < tk.count; i++) {
    if (i > 0) gaps.push(folded.slice(tk.end[i - 1]!, tk.start[i]!));
    words.push(folded.slice(tk.start[i]!, tk.end[i]!));
  }
  const plain = text.replace(JOINERS, '');
  const rt = tokenize(plain);
  const raw: string[] = [];
  for (let i = 0; i < rt.count; i++) raw.push(plain.slice(rt.start[i]!, rt.end[i]!));
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const tail = last === 0x2e || last === 0x27 || last === 0x2019 ? (TAIL.exec(text)?.[1] ?? '') : '';
  return { words, gaps, raw, tail };
}

/** The key a form is indexed under: its folded words joined by one space. */
export function formKey(text: string): string {
  return formWords(text).words.join(' ');
}
