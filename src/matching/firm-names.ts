/**
 * A name joined by an ampersand to a capitalised word that is no mention itself is part of a firm's
 * or a brand's name: "Balkh & Co.", "Steppe & Kabul", "Kabul & Sons" (decision 0274). Two
 * entities joined so ("Kazakhstan & Afghanistan", a headline's "and") both stay. Latin script,
 * where "&" is written. Only removes marks. Pure.
 */
import type { Match } from './types';

const AMP = ' & ';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** Whether `m` is joined by " & " to a capitalised word that no match of `all` starts or ends at. */
export function firmName(s: string, m: Match, all: readonly Match[]): boolean {
  if (s.startsWith(AMP, m.end)) {
    const at = m.end + AMP.length;
    if (isUpper(s.charAt(at)) && !all.some((x) => x.start === at)) return true;
  }
  if (m.start >= AMP.length && s.startsWith(AMP, m.start - AMP.length)) {
    const end = m.start - AMP.length;
    const word = /([\p{L}\p{M}.'’-]+)$/u.exec(s.slice(Math.max(0, end - 40), end))?.[1];
    if (word && isUpper(word.charAt(0)) && !all.some((x) => x.end === end)) return true;
  }
  return false;
}

/** The block's mentions less names inside firm names joined by "&". */
export function dropFirmNames(s: string, matches: Match[]): Match[] {
  // Cheap first: almost no block has " & " at all.
  if (!s.includes(AMP)) return matches;
  return matches.filter((m) => !firmName(s, m, matches));
}
