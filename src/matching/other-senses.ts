/**
 * Post-match sense rules over one block of a document, for what the compiled matcher cannot see
 * from one candidate: a state's name that is a word of another name ("India Mahdavi",
 * «Казахстан» the hotel), and a club named after its city — once a document names the club
 * ("FC Astana", «Астана»), the bare name next to a sports word is the club ("Astana's
 * supporters", "Trainer und Spieler von Astana"). Pure; document.ts keeps the per-document state.
 */
import { partOfAnotherName } from './name-parts';
import { foldString } from './normalize';
import { senseRules } from './sense-rules';
import type { Match } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let cueRes: { entity: string; re: RegExp }[] | null = null;
/** One case-insensitive RegExp per club, its cues as whole words: one test per block, no copy of it. */
const clubCues = () =>
  (cueRes ??= senseRules().clubs.map((c) => ({
    entity: c.entity,
    re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${c.cues.map(escape).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'iu'),
  })));

/** Entities whose club `text` names by one of its cues (case-insensitive, whole words). */
export function clubsNamedIn(text: string): string[] {
  const out: string[] = [];
  for (const c of clubCues()) if (c.re.test(text)) out.push(c.entity);
  return out;
}

/** Is `entity` a club's city (data/sense-rules.json clubs)? */
export const hasClub = (entity: string): boolean => senseRules().clubs.some((c) => c.entity === entity);

/** Stems this long match any word they start ("болельщик" → "болельщики"); shorter ones only the word. */
const MIN_PREFIX = 5;
/** The sentence around a mention, at most this far either side. */
const SENTENCE = 160;

/** Does the sentence around [start, end) hold a sports word? */
export function nearSports(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SENTENCE);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = text.slice(end, end + SENTENCE);
  const m = /[.!?](\s|$)/.exec(after);
  const sentence = (stop >= 0 ? before.slice(stop + 2) : before) + ' ' + (m ? after.slice(0, m.index) : after);
  const stems = senseRules().sports;
  for (const w of sentence.match(/[\p{L}\p{M}\u200c]+/gu) ?? []) {
    const f = foldString(w);
    if (stems.some((st) => f === st || (st.length >= MIN_PREFIX && f.startsWith(st)))) return true;
  }
  return false;
}

/** A number right before `at`: digits of any script (۵۰۰، 500, 1,000) or a number word ("ده", "لس"). */
export function afterNumber(text: string, at: number): boolean {
  const before = /([\p{L}\p{M}\p{N}.,٫٬]+)[\s\u00a0\u200c]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!before) return false;
  return /\p{N}$/u.test(before) || senseRules().numberWords.has(foldString(before));
}

/**
 * The block's mentions less a currency named like its state after a number ("۵۰۰ افغانی",
 * "لس افغانۍ": afghanis, not Afghanistan), less a state's name inside another name, and less a
 * club city's bare name by a sports word where the document names the club (`clubs`). `pending` gets the club
 * cities whose bare name stands by a sports word in a document that has not named the club (yet).
 */
export function dropOtherSenses(text: string, matches: Match[], clubs: ReadonlySet<string>, pending?: Set<string>): Match[] {
  const r = senseRules();
  return matches.filter((m) => {
    if (r.currencies.get(m.entity)?.has(m.text) && afterNumber(text, m.start)) return false;
    const names = r.namedLikeStates.get(m.entity);
    if (names && partOfAnotherName(text, m.start, m.end, names.has(m.text))) return false;
    if (!hasClub(m.entity) || !nearSports(text, m.start, m.end)) return true;
    if (clubs.has(m.entity)) return false;
    pending?.add(m.entity);
    return true;
  });
}
