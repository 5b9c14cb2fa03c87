/**
 * Persian attaches its possessive pronouns to the noun: برادرش "his brother", کتابم "my book",
 * خانه‌شان "their house". A name takes none (no one writes "his Baradar" or "my Kabul"), so a
 * match that is a gazetteer form plus such a clitic is the common word the form also spells —
 * برادر "brother" + ش — not the name. Only removes marks. Pure.
 */
import type { Match } from './types';

/** The clitic pronouns, after the form directly or after a zero-width non-joiner. */
const CLITIC = /^\u200c?(?:ش|شان|م|مان|ت|تان)$/u;

/** Whether `m` is a Persian form with a possessive clitic after it. */
export function withClitic(m: Match): boolean {
  return m.lang === 'fa' && m.text.startsWith(m.form) && CLITIC.test(m.text.slice(m.form.length));
}

/** The block's mentions less Persian forms with a possessive clitic. */
export function dropClitics(matches: Match[]): Match[] {
  return matches.some(withClitic) ? matches.filter((m) => !withClitic(m)) : matches;
}
