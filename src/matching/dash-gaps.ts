/**
 * Dashes between the words of a name. Route and line names are written with a hyphen, an en
 * dash or an em dash, spaced or not, for the same thing: "Turgundi-Herat", "Turgundi–Herat",
 * «Хайратон — Мазари-Шариф», "سرخان–پل‌خمری". A hyphen is a soft gap (tokenize.ts) and matches
 * any soft gap, but a dash is not soft (it ends a clause in running text), so a form matched
 * only the dash it was written with, and every route needed each spelling as an alias.
 *
 * A form's joint decides which dashes the text may have there: after a hyphen, an unspaced en or
 * em dash (the typographer's spelling of the same joint); after a dash, any dash, spaced or
 * not. A spaced dash never stands for a hyphen: "Mazari — Sharif" is not «Мазари-Шариф».
 */
const HYPHEN = /^[-\u2010\u2011]$/;
const DASH = /^ ?[\u2013\u2014] ?$/;

const UNSPACED = ['\u2013', '\u2014'];
const ANY = ['\u2013', '\u2014', ' \u2013 ', ' \u2014 '];

/** Folded separators the text may have where a form has the folded separator `gap`. */
export function dashGaps(gap: string): readonly string[] {
  if (HYPHEN.test(gap)) return UNSPACED;
  if (DASH.test(gap)) return ANY;
  return [];
}
