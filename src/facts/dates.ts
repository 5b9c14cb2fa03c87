/**
 * Dates a sentence states, as ISO 8601 exactly as precise as the text: "8 February 2025" →
 * 2025-02-08, "In October 2023" → 2023-10, "since 2019" → 2019. A day and month without a year
 * ("am 16. April", "im Juli") is no date: the year is never guessed. A lone number is a year only
 * in a clear date context ("in 2025", "seit 2019", "2024 года", "سال ۲۰۲۴"), so "24th place", "5.000"
 * and "40 years" stay numbers. Solar Hijri dates (Afghan and Iranian month names) are converted
 * with jalaali-js; a Solar Hijri month or year alone spans two Gregorian months or years, so it
 * yields no date. Pure.
 */
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { foldText } from '../matching/normalize';
import { asciiDigits, baseLang } from './numbers';
import { lookupUnit, unitKey } from './units';

export interface DateMention {
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  /** Offsets into the sentence, and the text they cover. */
  start: number;
  end: number;
  text: string;
}

type MonthTable = Record<string, number>;

function months(names: string[][]): MonthTable {
  const out: MonthTable = {};
  names.forEach((forms, i) => forms.forEach((f) => (out[foldText(f).text] = i + 1)));
  return out;
}

const GREGORIAN: Record<string, MonthTable> = {
  en: months([
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ]),
  de: months([
    ['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz'], ['april', 'apr'], ['mai'], ['juni'], ['juli'],
    ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ]),
  ru: months([
    ['января', 'январь', 'январе'], ['февраля', 'февраль', 'феврале'], ['марта', 'март', 'марте'], ['апреля', 'апрель', 'апреле'],
    ['мая', 'май', 'мае'], ['июня', 'июнь', 'июне'], ['июля', 'июль', 'июле'], ['августа', 'август', 'августе'],
    ['сентября', 'сентябрь', 'сентябре'], ['октября', 'октябрь', 'октябре'], ['ноября', 'ноябрь', 'ноябре'], ['декабря', 'декабрь', 'декабре'],
  ]),
  // Iranian and Afghan (Dari) names of the Gregorian months.
  fa: months([
    ['ژانویه', 'جنوری'], ['فوریه', 'فبروری'], ['مارس', 'مارچ'], ['آوریل', 'اپریل'], ['مه', 'می'], ['ژوئن', 'جون'],
    ['ژوئیه', 'جولای'], ['اوت', 'آگوست', 'اگست'], ['سپتامبر', 'سپتمبر'], ['اکتبر', 'اکتوبر'], ['نوامبر', 'نومبر'], ['دسامبر', 'دسمبر'],
  ]),
};

/** Solar Hijri months: Afghan (zodiac) names and Iranian names, both month 1 … 12. */
const JALALI = months([
  ['حمل', 'فروردین'], ['ثور', 'اردیبهشت'], ['جوزا', 'خرداد'], ['سرطان', 'تیر'], ['اسد', 'مرداد'], ['سنبله', 'شهریور'],
  ['میزان', 'مهر'], ['عقرب', 'آبان'], ['قوس', 'آذر'], ['جدی', 'دی'], ['دلو', 'بهمن'], ['حوت', 'اسفند'],
]);

/** Words before a bare year that make it a date ("in 2025", "seit 2019", "в 2024", "سال ۲۰۲۴"). */
const YEAR_BEFORE: Record<string, string[]> = {
  en: ['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'around', 'early', 'late', 'mid', 'through', 'between', 'to', 'year', 'in the year'],
  de: ['in', 'im jahr', 'im jahre', 'jahr', 'seit', 'bis', 'von', 'ab', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'zwischen', 'fruhjahr', 'sommer', 'herbst', 'winter'],
  ru: ['в', 'во', 'с', 'со', 'до', 'к', 'по', 'от', 'на'],
  fa: ['سال', 'در', 'از', 'تا', 'در سال', 'از سال', 'تا سال'],
};
/** Words after a bare year that make it a date ("2024 года", "۲۰۲۴ میلادی"). */
const YEAR_AFTER: Record<string, string[]> = {
  en: [],
  de: [],
  ru: ['год', 'года', 'году', 'годом', 'г', 'гг'],
  fa: ['میلادی', 'م'],
};
/** Words that continue a list of years: "of 2009 and 2018", "2017, 2018". */
const LIST_JOINERS = ['and', 'und', 'и', 'و', ','];

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const alt = (words: string[]) =>
  words
    .map((w) => foldText(w).text)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

function tablesFor(lang: string): { greg: MonthTable; ctxBefore: string[]; ctxAfter: string[] } {
  const base = lang === 'ps' ? 'fa' : lang === 'kk' ? 'ru' : lang;
  // Cyrillic and Arabic-script names cannot be confused with Latin words, so they always apply.
  const latin = GREGORIAN[base === 'de' ? 'de' : 'en']!;
  const greg = { ...GREGORIAN.ru, ...GREGORIAN.fa, ...latin };
  return { greg, ctxBefore: YEAR_BEFORE[base] ?? YEAR_BEFORE.en!, ctxAfter: YEAR_AFTER[base] ?? [] };
}

export function isoDate(y: number, m?: number, d?: number): string | undefined {
  if (y < 1000 || y > 2999) return undefined;
  const yy = String(y);
  if (m === undefined) return yy;
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${yy}-${mm}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return undefined;
  return `${yy}-${mm}-${String(d).padStart(2, '0')}`;
}

/** A Solar Hijri day to ISO Gregorian, or undefined if it is no real date. */
export function jalaliToIso(jy: number, jm: number, jd: number): string | undefined {
  if (jy < 1200 || jy > 1500 || !isValidJalaaliDate(jy, jm, jd)) return undefined;
  const g = toGregorian(jy, jm, jd);
  return isoDate(g.gy, g.gm, g.gd);
}

const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

interface Hit {
  start: number;
  end: number;
  isos: string[];
}

/** Every date `sentence` states, in order of appearance. A year range yields both years. */
export function extractDates(sentence: string, lang: string): DateMention[] {
  const folded = foldText(sentence);
  // Folding keeps UTF-16 length per digit, so digit conversion keeps the offset map valid.
  const f = asciiDigits(folded.text);
  const { greg, ctxBefore, ctxAfter } = tablesFor(baseLang(lang));
  const G = alt(Object.keys(greg));
  const J = alt(Object.keys(JALALI));
  const D = '(\\d{1,2})';
  const Y = '(\\d{4})';
  const ORD = '(?:st|nd|rd|th|\\.|-?(?:е|го|ого))?';
  const hits: Hit[] = [];
  const add = (re: string, fn: (m: RegExpExecArray) => (string | undefined)[] | undefined) => {
    for (const m of f.matchAll(new RegExp(re, 'gu'))) {
      const isos = fn(m as RegExpExecArray)?.filter((x): x is string => !!x);
      if (isos?.length) hits.push({ start: m.index!, end: m.index! + m[0].length, isos });
    }
  };
  const n = (s: string | undefined) => Number(s);

  add(`${L}${Y}-(\\d{2})-(\\d{2})${R}`, (m) => [isoDate(n(m[1]), n(m[2]), n(m[3]))]);
  add(`${L}${Y}/(\\d{1,2})/(\\d{1,2})${R}`, (m) =>
    n(m[1]) < 1500 ? [jalaliToIso(n(m[1]), n(m[2]), n(m[3]))] : [isoDate(n(m[1]), n(m[2]), n(m[3]))],
  );
  add(`${L}${D}\\.(\\d{1,2})\\.${Y}${R}`, (m) => [isoDate(n(m[3]), n(m[2]), n(m[1]))]);
  add(`${L}${D}${ORD}\\s+(?:of\\s+)?(${G})\\.?,?\\s+${Y}${R}`, (m) => [isoDate(n(m[3]), greg[m[2]!], n(m[1]))]);
  add(`${L}(${G})\\.?\\s+${D}(?:st|nd|rd|th)?,?\\s+${Y}${R}`, (m) => [isoDate(n(m[3]), greg[m[1]!], n(m[2]))]);
  add(`${L}${D}\\s+(${J})\\s+(?:سال\\s+)?${Y}${R}`, (m) => [jalaliToIso(n(m[3]), JALALI[m[2]!]!, n(m[1]))]);
  add(`${L}(${G})\\.?,?\\s+(?:of\\s+)?${Y}${R}`, (m) => (plausibleYear(n(m[2])) ? [isoDate(n(m[2]), greg[m[1]!])] : undefined));
  // A range of years: "2017-2018", "2017–18". The first year is the date; both are kept.
  add(`${L}${Y}\\s*[-–—/]\\s*(\\d{4}|\\d{2})(?![\\p{L}\\p{N}:])`, (m) => {
    const a = n(m[1]);
    const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + n(m[2]) : n(m[2]);
    return plausibleYear(a) && b > a && b - a < 50 ? [isoDate(a), isoDate(b)] : undefined;
  });
  // A year in date context, possibly a list or a range: "of 2009 and 2018", "in 2017-2018", "в 2024 году".
  const J2 = alt(LIST_JOINERS.filter((j) => j !== ','));
  const item = `(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:\\d{4}|\\d{2})(?![\\p{L}\\p{N}:]))?`;
  const list = `${item}(?:\\s*(?:,|${J2})\\s+${item}${R})*`;
  if (ctxBefore.length) add(`${L}(?:${alt(ctxBefore)})\\s+${list}${R}`, (m) => yearsIn(m[0], sentence, m.index!, folded.map, lang));
  if (ctxAfter.length) add(`${L}${Y}\\s*(?:${alt(ctxAfter)})(?![\\p{L}])`, (m) => (plausibleYear(n(m[1])) ? [isoDate(n(m[1]))] : undefined));

  // Leftmost wins; at the same start the longest (the most precise reading).
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let until = -1;
  for (const h of hits) {
    if (h.start < until) continue;
    until = h.end;
    const start = folded.map[h.start]!;
    const end = h.end >= f.length ? sentence.length : folded.map[h.end]!;
    const text = sentence.slice(start, end).replace(/\s+$/u, '');
    for (const iso of h.isos) {
      if (!out.some((d) => d.iso === iso)) out.push({ iso, start, end: start + text.length, text });
    }
  }
  return out;
}

/** The years of a context match ("in 2025", "of 2009 and 2018"), skipping amounts ("in 2000 tons"). */
function yearsIn(match: string, sentence: string, at: number, map: Uint32Array, lang: string): string[] | undefined {
  const years: string[] = [];
  for (const y of match.matchAll(/(\d{4})(?:\s*[-–—]\s*(\d{4}|\d{2}))?/g)) {
    const a = Number(y[1]);
    const endAt = map[at + y.index! + y[0].length] ?? sentence.length;
    const after = /^\s*([\p{L}%٪]+)/u.exec(sentence.slice(endAt))?.[1];
    if (after && (lookupUnit(unitKey(after), baseLang(lang)) || /^[%٪]/.test(after))) break;
    years.push(String(a));
    if (y[2]) {
      const b = y[2].length === 2 ? Math.floor(a / 100) * 100 + Number(y[2]) : Number(y[2]);
      if (b > a && b - a < 50) years.push(String(b));
    }
  }
  return years.length ? years : undefined;
}
