/**
 * A name followed by " & " and a word of a firm is part of the firm's name: "Balkh & Co.",
 * "Kabul & Sons", "Herat & Partner" (decision 0274; `sense-rules.json` `firms.after`). Only such
 * words: two names joined by "&" are as often two places ("US & Canada", a section of a news
 * site) as a brand ("Steppe & Kabul"), and the matcher cannot tell the second from an unknown
 * place. Latin script, where "&" is written. Only removes marks. Pure.
 */
import raw from '../../data/sense-rules.json';
import type { Match } from './types';

const AMP = ' & ';
/** The words of data/sense-rules.json `firms.after`, checked: a clear error for anything but non-empty strings. */
export function firmWordsOf(rules: unknown): ReadonlySet<string> {
  const list = ((rules as Record<string, unknown> | null)?.firms as { after?: unknown } | undefined)?.after ?? [];
  if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !w)) throw new Error('data/sense-rules.json: firms.after must be an array of non-empty strings');
  return new Set(list as string[]);
}

let words: ReadonlySet<string> | null = null;
const firmWords = (): ReadonlySet<string> => (words ??= firmWordsOf(raw));

/** Whether `m` is followed by " & " and a word of a firm ("Co.", "Sons"). */
export function firmName(s: string, m: Match): boolean {
  if (!s.startsWith(AMP, m.end)) return false;
  const next = /^[\p{L}\p{M}]+/u.exec(s.slice(m.end + AMP.length, m.end + AMP.length + 20))?.[0];
  return !!next && firmWords().has(next);
}

/** The block's mentions less names inside firm names joined by "&". */
export function dropFirmNames(s: string, matches: Match[]): Match[] {
  // Cheap first: almost no block has " & " at all.
  if (!s.includes(AMP)) return matches;
  return matches.filter((m) => !firmName(s, m));
}
