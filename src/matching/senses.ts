/**
 * When a topic name in the text means something other than the topic entity, by the words around
 * it (docs/decisions/0160-lookalikes-and-demonyms.md). Asked only for the few candidates concerned.
 */
import { foldString } from './normalize';
import type { Candidate } from './scan';
import { capitalisedNext, capitalisedWordAfter, foreignAround, partOfAnotherName } from './name-parts';
import { senseRules } from './sense-rules';
import { softGap, type Tokens } from './tokenize';
import type { Index } from './trie';

/**
 * A demonym adjective that names a language, a cuisine or a people rather than the state: next
 * to a sense word ("Kazakh cuisine", "زبان قزاقی"), also across adjectives joined to it ("Afghan
 * and Kazakh dishes", "غذاهای افغانی و قزاقی"); with no noun to describe ("in Kazakh.", "fell
 * for the Afghan when", "به قزاقی، روسی و دری"); or — in German — uninflected and not the first
 * part of a compound adjective: "Kasachisch" (the language), "kasachisch essen" (a manner),
 * where "kasachisch-afghanische Beziehungen" and every attributive use ("kasachische Regierung")
 * carry the state.
 */
export function notTheState(ix: Index, s: string, tk: Tokens, c: Candidate): boolean {
  // The text, not the form's language, tells the word order: "افغان" is a form of both Persian
  // (adjective after its noun) and Pashto (before it); Pashto's own letters tell them apart, and
  // only that side's sense words count: in Persian "فروشندگان قزاقستانی پنیر قزاقی" the cheese
  // after قزاقستانی is not its noun (the sellers are). arabicOrder also reads its last letter.
  const cc = s.charCodeAt(c.start);
  if (cc >= 0x0600 && cc <= 0x06ff) {
    const order = arabicOrder(s, c.start, c.end);
    if (order === 'ps') return senseBeside(ix, s, tk, c.t1, 1) || withoutNoun(ix, s, tk, c.t1, 1);
    if (order === 'fa') return senseBeside(ix, s, tk, c.t0, -1) || withoutNoun(ix, s, tk, c.t0, -1);
    // Undecided (ي with neither a Pashto letter nor ی near): a sense word on either side.
    return senseBeside(ix, s, tk, c.t1, 1) || senseBeside(ix, s, tk, c.t0, -1) || withoutNoun(ix, s, tk, c.t0, -1);
  }
  if (senseBeside(ix, s, tk, c.t1, 1) || senseBeside(ix, s, tk, c.t0, -1)) return true;
  const lang = c.form.form.lang;
  if (lang === 'de') {
    // "kasachische Pferdewurst", "afghanische Käsesorten": the compound's head is a class noun.
    if (ix.senseAfter.compoundTouches(s, tk, c.t1)) return true;
    // "afghanischer und kasachischer Popmusik": joined adjectives share the noun after the last.
    if (joinedToSense(ix, s, tk, c.t1)) return true;
    if (c.end - c.start !== c.form.form.text.length) return false;
    const next = s.charCodeAt(c.end);
    return next !== 0x2d && next !== 0x2010 && next !== 0x2011;
  }
  // "Afghan Girl", "Kazakh Eli": a title or a name, unless what follows is the state's own
  // ("Afghan Taliban", "Kazakh Foreign Ministry", "Afghan Red Crescent").
  if (lang === 'en' && !acronymNext(s, c.end)) {
    const r = senseRules();
    if (capitalisedNext(s, c.start, c.end, r.stateHeads)) return true;
    // An English demonym in German or Cyrillic/Arabic text is part of an English name.
    const next = capitalisedWordAfter(s, c.end);
    if (next && !r.stateHeads.has(next) && !r.notHeads.has(next) && foreignAround(s, c.start, c.end)) return true;
  }
  return (lang === 'en' || lang === 'ru') && withoutNoun(ix, s, tk, c.t1, 1);
}

/** German: "und"/"oder" and one more adjective, then a class noun (or a compound with one as head). */
function joinedToSense(ix: Index, s: string, tk: Tokens, at: number): boolean {
  const and = at + 1;
  const adj = at + 2;
  if (adj >= tk.count || !softGap(s, tk.end[at]!, tk.start[and]!) || !softGap(s, tk.end[and]!, tk.start[adj]!)) return false;
  if (!senseRules().and.has(foldString(s.slice(tk.start[and]!, tk.end[and]!)))) return false;
  if (!/^\p{Ll}/u.test(s.slice(tk.start[adj]!, tk.end[adj]!))) return false; // an adjective, not a noun ("Kasachstan und Afghanistan")
  return ix.senseAfter.touches(s, tk, adj) || ix.senseAfter.compoundTouches(s, tk, adj);
}

/** An acronym after the word: "Afghan NDS", "Kazakh KNB" are the state's bodies, not titles. */
const acronymNext = (s: string, end: number): boolean => /^[\s\u00a0]\p{Lu}{2,}(?![\p{Ll}])/u.test(s.slice(end, end + 12));

/**
 * A name that is not a demonym but still means something of another class by the word joined
 * to it: a German compound whose head is a class noun ("Afghanistan-Kochbuch",
 * "Kasachstan-Käsesorten"), or a city's adjective in Arabic script (the name and ی / ي:
 * "کابلي پلاو", "شیشه‌های هراتی") next to a class noun on its noun's side.
 */
export function otherClass(ix: Index, s: string, tk: Tokens, c: Candidate): boolean {
  const cc = s.charCodeAt(c.start);
  if (cc >= 0x0600 && cc <= 0x06ff) {
    if (!ix.cities.has(c.form.form.entity) || !CITY_ADJECTIVE.test(s.slice(c.start, c.end))) return false;
    if (c.end - c.start <= c.form.form.text.length) return false;
    const order = arabicOrder(s, c.start, c.end);
    return (order !== 'fa' && ix.senseAfter.touches(s, tk, c.t1)) || (order !== 'ps' && ix.senseBefore.touches(s, tk, c.t0));
  }
  if (cc >= 0x0400 || s.charCodeAt(c.end) !== 0x2d) return false;
  return ix.senseAfter.touches(s, tk, c.t1) || ix.senseAfter.compoundTouches(s, tk, c.t1);
}

/** ي, the final letter of Pashto adjectives (قزاقي، افغاني); Persian writes ی (U+06CC). */
const ARABIC_YEH = 0x064a;

/**
 * The word order of the Arabic-script text around an adjective: Pashto (noun after) when Pashto
 * letters are near, or when it ends in ي and the text also writes ی (Pashto has both); Persian
 * (noun before) when it ends in ی or anything but ي; undecided when it ends in ي in a text
 * with neither — short Pashto, or Persian typed on an Arabic keyboard (ي everywhere).
 */
export function arabicOrder(s: string, start: number, end: number): 'ps' | 'fa' | null {
  if (pashtoAround(s, start)) return 'ps';
  if (s.charCodeAt(end - 1) !== ARABIC_YEH) return 'fa';
  return s.slice(Math.max(0, start - PASHTO_WINDOW), end + PASHTO_WINDOW).includes('\u06cc') ? 'ps' : null;
}

/** A city's adjective in Persian and Pashto ends in ی or ي (کابلی، هراتی، کابلي). */
const CITY_ADJECTIVE = /[\u06cc\u064a]$/;

/**
 * A sense word right beside word `at` on side `dir` (+1 after, -1 before), or beyond one
 * modifier of data/sense-rules.json `modifiers` that stands between a demonym and its noun
 * ("Kazakh national costume", "казахская народная музыка", "لباس محلی افغانی").
 */
function senseBeside(ix: Index, s: string, tk: Tokens, at: number, dir: 1 | -1): boolean {
  const set = dir > 0 ? ix.senseAfter : ix.senseBefore;
  if (set.touches(s, tk, at)) return true;
  const n = at + dir;
  if (n < 0 || n >= tk.count || !softGap(s, dir > 0 ? tk.end[at]! : tk.end[n]!, dir > 0 ? tk.start[n]! : tk.start[at]!)) return false;
  return isModifier(foldString(s.slice(tk.start[n]!, tk.end[n]!))) && set.touches(s, tk, n);
}

/** Is the folded word a modifier, or one with an inflection ending ("национальная", "traditionelle")? */
function isModifier(f: string): boolean {
  const mods = senseRules().modifiers;
  if (mods.has(f)) return true;
  for (const m of mods) if (f.length > m.length && f.length - m.length <= 3 && f.startsWith(m)) return true;
  return false;
}

/** Letters Pashto writes and Persian does not (ټ ډ ړ ښ ږ ګ ڼ ې ۍ ځ څ). */
const PASHTO = /[\u067c\u0689\u0693\u069a\u0696\u06ab\u06bc\u06d0\u06cd\u0681\u0685]/;
/** How far either side of a word the text is read to tell Pashto from Persian. */
const PASHTO_WINDOW = 300;
export const pashtoAround = (s: string, at: number): boolean => PASHTO.test(s.slice(Math.max(0, at - PASHTO_WINDOW), at + PASHTO_WINDOW));

/** The gap between an adjective and a quoted name after it: a space and an opening quote. */
const QUOTED_NOUN = /^[\s\u00a0]+[«„“"]$/u;
/** How many adjectives joined by "and" or commas are followed to their noun. */
const MAX_JOINED = 3;
/** Separators that join two adjectives on one noun: commas, slashes, dashes without spaces. */
const JOINING = new Set([',', '\u060c', '/', '\u2013', '\u2014']);

/**
 * Is the adjective at word `at` without a noun on side `dir` (+1: after it, en/ru/ps; -1: before
 * it, fa), or is its noun a sense word? Follows adjectives joined to it ("Kazakh and Afghan
 * officials": the noun is "officials"). No noun: the text ends, punctuation, or a function word
 * of data/sense-rules.json ("when", "in", "به") comes where the noun would.
 */
export function withoutNoun(ix: Index, s: string, tk: Tokens, at: number, dir: 1 | -1): boolean {
  const r = senseRules();
  const stops = dir > 0 ? r.headlessNext : r.headlessPrevious;
  const sense = dir > 0 ? ix.senseAfter : ix.senseBefore;
  let t = at;
  for (let k = 0; k <= MAX_JOINED; k++) {
    const n = t + dir;
    if (n < 0 || n >= tk.count) return true;
    const a = dir > 0 ? tk.end[t]! : tk.end[n]!;
    const b = dir > 0 ? tk.start[n]! : tk.start[t]!;
    if (!softGap(s, a, b)) {
      // An opening quote after the adjective: a quoted name is its noun (иранский «Кандагар», the Afghan "Kabul Express").
      if (dir > 0 && QUOTED_NOUN.test(s.slice(a, b))) return false;
      if (!JOINING.has(s.slice(a, b).trim())) return true;
      t = n; // ", Russian": the joined adjective; its noun comes after it
      continue;
    }
    if (k > 0 && sense.touches(s, tk, t)) return true;
    const w = foldString(s.slice(tk.start[n]!, tk.end[n]!));
    if (r.and.has(w)) {
      const m = n + dir;
      if (m < 0 || m >= tk.count) return false;
      // "in Kazakh and in Dari": what follows the conjunction is no adjective either.
      if (stops.has(foldString(s.slice(tk.start[m]!, tk.end[m]!)))) return true;
      t = m;
      continue;
    }
    return stops.has(w);
  }
  return false;
}

/**
 * A city candidate that is a word of another name (name-parts.ts): quoted in Russian («Астана»
 * обыграла «Тобол»), next to a head word ("Kabul Express", "Radio Kabul"), or followed by a
 * capitalised word in English text ("Kabul Dreams"). The name is the one compile.ts asks by.
 */
export function quotedName(s: string, start: number, end: number): boolean {
  return partOfAnotherName(s, start, end) || pluralSense(s, start, end) || homographSense(s, start, end) || articleBefore(s, start, end) || quotedClubBefore(s, start);
}

/** German articles of a masculine or feminine noun; a city is neuter and takes none ("in Kandahar", "das alte Kabul"). */
const GERMAN_ARTICLES = new Set(['der', 'die', 'den', 'dem', 'Der', 'Die', 'Den', 'Dem']);

/**
 * German: a city's bare name right after der, die, den or dem is the name of something else — a
 * piste, a race, a ship ("die Kandahar in Garmisch", "auf der Kandahar"): German cities are
 * neuter and take no article without an adjective. Not a compound ("die Kabul-Reise") nor an
 * inflected form ("der Kabuler Regierung").
 */
export function articleBefore(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(start);
  if (c >= 0x0400 || /^[\p{L}\p{N}-]/u.test(s.charAt(end))) return false;
  const before = /([\p{L}]+)[\s\u00a0]$/u.exec(s.slice(Math.max(0, start - 6), start))?.[1];
  return !!before && GERMAN_ARTICLES.has(before);
}

/** Russian: a club's name in guillemets right before its city («Торпедо» Усть-Каменогорск, «Кайрат» Алматы) is the club's. */
export const quotedClubBefore = (s: string, start: number): boolean => {
  const c = s.charCodeAt(start);
  return c >= 0x0400 && c <= 0x04ff && /[»"][\s\u00a0]$/.test(s.slice(Math.max(0, start - 2), start));
};

/**
 * A common word spelled like a city, told by the word next to it (data/sense-rules.json
 * `homographs`): Persian کابل is also "cable" — "کابل برق" (power cable), "کابل آلومینیومی",
 * "کشیدن کابل" (laying cable), "کیلومتر کابل". The word must be the name exactly as written.
 */
export function homographSense(s: string, start: number, end: number): boolean {
  const h = senseRules().homographs.get(s.slice(start, end));
  if (!h) return false;
  const next = /^[\s\u00a0]+([\p{L}\p{M}\u200c]+)/u.exec(s.slice(end, end + 40))?.[1];
  if (next && h.after.has(next.replace(/\u200c.*$/, ''))) return true;
  // Coordinated with a noun of its own kind ("کابل و ترانسفورماتور", "کابل و تجهیزات"): a city is listed with places.
  const partner = /^[\s\u00a0]+(?:و|او)[\s\u00a0]+([\p{L}\p{M}\u200c]+)/u.exec(s.slice(end, end + 50))?.[1];
  if (partner && h.with.has(partner.replace(/\u200c.*$/, ''))) return true;
  // … or after it ("شنبه و دوشنبه", Saturday and Monday).
  const partnerBefore = /([\p{L}\p{M}\u200c]+)[\s\u00a0]+(?:و|او)[\s\u00a0]+$/u.exec(s.slice(Math.max(0, start - 50), start))?.[1];
  if (partnerBefore && h.with.has(partnerBefore.replace(/\u200c.*$/, ''))) return true;
  const before = /([\p{L}\p{M}\u200c]+)[\s\u00a0]+$/u.exec(s.slice(Math.max(0, start - 40), start))?.[1];
  return !!before && h.before.has(before);
}

/** The Persian and Pashto plural endings (ها، های، هایی), after a zero-width non-joiner or not. */
const PLURAL = /\u200c?ه[اآ](?:ی|یی)?$/;
/** A city's Arabic-script name, alone, after which the block's plural shows its other sense. */
const LOCATIVE = new Set(['در', 'به', 'از', 'تا', 'شهر', 'د', 'په', 'له', 'ولایت']);

/**
 * A city has no plural: "کابل‌های برق" are cables (Persian کابل), not Kabuls. In a block that
 * uses the name in the plural, the bare name too is the common word, unless a preposition or
 * "city" before it makes it the place ("در کابل", "شهر کابل"). Arabic script only.
 */
export function pluralSense(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(start);
  if (c < 0x0600 || c > 0x06ff) return false;
  const word = s.slice(start, end);
  const plural = PLURAL.exec(word);
  if (plural) return plural.index >= 3;
  const stem = word.replace(/[\u064b-\u065f]/g, '');
  if (stem.length < 3 || !(s.includes(`${stem}\u200cه`) || s.includes(`${stem}ها`))) return false;
  const before = /([\p{L}\p{M}\u200c]+)\s+$/u.exec(s.slice(Math.max(0, start - 20), start))?.[1];
  return !before || !LOCATIVE.has(before);
}
