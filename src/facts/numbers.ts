/**
 * Numbers as each corpus language writes them: digits in three scripts, thousands and decimal
 * separators that swap meaning between English and German/Russian, and number words (including
 * German compounds such as "dreihundertfünfzig" and Persian "دو صد و پنجاه").
 * Pure; shared by quantities.ts and dates.ts.
 */
import { foldKey } from '../matching/normalize';

/** Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

export function baseLang(lang: string): string {
  return (lang.toLowerCase().split(/[-_]/)[0] ?? lang) || 'en';
}

/**
 * Parses a run of digits with separators. English and Persian (Latin/Persian digits) group
 * thousands with "," ; German and Russian with "." (Russian mostly with spaces, which the caller
 * has already removed). "٬" is always a thousands mark, "٫" always a decimal mark.
 * Returns NaN where the separators do not form a number.
 */
export function parseDigits(raw: string, lang: string): number {
  let s = asciiDigits(raw).replace(/[\u00a0\u202f\u2009' ’٬]/g, '').replace(/٫/g, '.');
  const base = baseLang(lang);
  const thousands = base === 'de' || base === 'ru' || base === 'kk' ? '.' : ',';
  const decimal = thousands === '.' ? ',' : '.';
  const hasT = s.includes(thousands);
  const hasD = s.includes(decimal);
  if (hasT && hasD) {
    // Both present: the last one is the decimal mark, whichever the language prefers.
    const lastT = s.lastIndexOf(thousands);
    const lastD = s.lastIndexOf(decimal);
    const [t, d] = lastD > lastT ? [thousands, decimal] : [decimal, thousands];
    s = s.split(t).join('').replace(d, '.');
  } else if (hasT) {
    const groups = s.split(thousands);
    // "5.000" in German, "1,600" in English: every group after the first has three digits.
    if (groups.slice(1).every((g) => g.length === 3)) s = groups.join('');
    else if (groups.length === 2) s = groups.join('.');
    else return NaN;
  } else if (hasD) {
    const groups = s.split(decimal);
    if (groups.length !== 2) return NaN;
    s = groups.join('.');
  }
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** Role of a number word in a spelled-out number. */
export type WordKind = 'digit' | 'hundred' | 'scale' | 'half' | 'and' | 'article';

export interface NumberWord {
  kind: WordKind;
  value: number;
}

function table(entries: Record<string, number>, kind: WordKind): Map<string, NumberWord> {
  const m = new Map<string, NumberWord>();
  for (const [w, v] of Object.entries(entries)) m.set(foldKey(w), { kind, value: v });
  return m;
}

const EN_DIGITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const DE_DIGITS: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, einen: 1, einer: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13,
  vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80,
  neunzig: 90,
};
const RU_DIGITS: Record<string, number> = {
  один: 1, одна: 1, одно: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7,
  восемь: 8, девять: 9, десять: 10, одиннадцать: 11, двенадцать: 12, пятнадцать: 15,
  двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70,
  восемьдесят: 80, девяносто: 90, сто: 100, двести: 200, триста: 300, четыреста: 400,
  пятьсот: 500, шестьсот: 600, семьсот: 700, восемьсот: 800, девятьсот: 900,
};
// Dari and Iranian Persian spellings; Dari writes hundreds both joined ("پنجصد") and apart ("پنج صد").
const FA_DIGITS: Record<string, number> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, شیش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, شانزده: 16, هفده: 17,
  هجده: 18, هژده: 18, نوزده: 19, بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70,
  هشتاد: 80, نود: 90, یکصد: 100, دویست: 200, دوصد: 200, سیصد: 300, سه‌صد: 300, چهارصد: 400,
  پانصد: 500, پنجصد: 500, ششصد: 600, هفتصد: 700, هشتصد: 800, نهصد: 900,
};

/** Scale words. German "Billion" is 10^12 (long scale); English "billion" is 10^9. */
const SCALES: Record<string, Record<string, number>> = {
  en: { hundred: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mln: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12 },
  de: {
    hundert: 100, tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6,
    milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
  },
  ru: {
    тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тысячу: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
    млн: 1e6, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, млрд: 1e9, триллион: 1e12, триллиона: 1e12,
    триллионов: 1e12, трлн: 1e12,
  },
  // Afghan media write "بیلیون" for the English billion (10^9); Persian "میلیارد" is also 10^9.
  fa: { صد: 100, هزار: 1e3, میلیون: 1e6, ملیون: 1e6, میلیارد: 1e9, ملیارد: 1e9, بیلیون: 1e9, تریلیون: 1e12, ترلیون: 1e12 },
};

const HALF: Record<string, string[]> = { en: ['half'], de: ['halbe', 'halben', 'halb'], fa: ['نیم'], ru: [] };
const AND: Record<string, string[]> = { en: ['and'], de: ['und'], fa: ['و'], ru: [] };
/** Words that stand for 1 only in front of a scale ("a billion", "eine Milliarde"). */
const ARTICLE: Record<string, string[]> = { en: ['a', 'an', 'one'], de: [], fa: [], ru: [] };

const LEXICON = new Map<string, Map<string, NumberWord>>();
for (const lang of ['en', 'de', 'ru', 'fa']) {
  const digits = { en: EN_DIGITS, de: DE_DIGITS, ru: RU_DIGITS, fa: FA_DIGITS }[lang]!;
  const m = table(digits, 'digit');
  for (const [w, v] of table(SCALES[lang]!, 'scale')) m.set(w, v.value === 100 ? { kind: 'hundred', value: 100 } : v);
  for (const w of HALF[lang]!) m.set(foldKey(w), { kind: 'half', value: 0.5 });
  for (const w of AND[lang]!) m.set(foldKey(w), { kind: 'and', value: 0 });
  for (const w of ARTICLE[lang]!) if (!m.has(foldKey(w))) m.set(foldKey(w), { kind: 'article', value: 1 });
  LEXICON.set(lang, m);
}
// Pashto pages are read with the Persian tables: digits and scale words are shared.
LEXICON.set('ps', LEXICON.get('fa')!);
LEXICON.set('kk', LEXICON.get('ru')!);

/** The number word `word` in `lang`, or undefined. German compounds are decomposed. */
export function numberWord(word: string, lang: string): NumberWord | undefined {
  const base = baseLang(lang);
  const key = foldKey(word);
  const hit = (LEXICON.get(base) ?? LEXICON.get('en')!).get(key);
  if (hit) return hit;
  if (base === 'de') {
    const v = germanCompound(key);
    if (v !== undefined) return { kind: v >= 1000 && v % 1000 === 0 ? 'scale' : 'digit', value: v };
  }
  return undefined;
}

/** Scale value of `word` in `lang` ("Milliarden" → 1e9, "Billionen" → 1e12), or undefined. */
export function scaleWord(word: string, lang: string): number | undefined {
  const w = numberWord(word, lang);
  return w && (w.kind === 'scale' || w.kind === 'hundred') ? w.value : undefined;
}

const DE_PARTS = Object.entries(DE_DIGITS)
  .map(([w, v]) => [foldKey(w), v] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** "dreihundertfünfzig" → 350, "zweitausend" → 2000, "fünfundzwanzig" → 25; undefined if not a number. */
function germanCompound(word: string): number | undefined {
  const thousand = word.indexOf('tausend');
  if (thousand >= 0) {
    const head = word.slice(0, thousand);
    const tail = word.slice(thousand + 'tausend'.length);
    const h = head === '' ? 1 : belowThousand(head);
    const t = tail === '' ? 0 : belowThousand(tail);
    return h === undefined || t === undefined ? undefined : h * 1000 + t;
  }
  return belowThousand(word);
}

function belowThousand(word: string): number | undefined {
  const hundred = word.indexOf('hundert');
  if (hundred >= 0) {
    const head = word.slice(0, hundred);
    const tail = word.slice(hundred + 'hundert'.length);
    const h = head === '' ? 1 : belowHundred(head);
    const t = tail === '' ? 0 : belowHundred(tail);
    return h === undefined || t === undefined || h > 9 ? undefined : h * 100 + t;
  }
  return belowHundred(word);
}

function belowHundred(word: string): number | undefined {
  for (const [w, v] of DE_PARTS) if (w === word) return v;
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = belowHundred(word.slice(0, und));
    const tens = belowHundred(word.slice(und + 3));
    if (unit !== undefined && tens !== undefined && unit < 10 && tens >= 20 && tens % 10 === 0) return tens + unit;
  }
  return undefined;
}

/**
 * Combines a run of number words into a value: "two hundred and fifty thousand" → 250000,
 * "half a billion" → 5e8, "دو صد و پنجاه" → 250. Returns undefined for a run that is not one number
 * (a lone article, a trailing "and").
 */
export function combineWords(words: NumberWord[]): number | undefined {
  let total = 0;
  let current = 0;
  let half = false;
  let seen = false;
  for (const w of words) {
    switch (w.kind) {
      case 'digit':
        current += w.value;
        seen = true;
        break;
      case 'article':
        current += 1;
        break;
      case 'half':
        half = true;
        break;
      case 'and':
        break;
      case 'hundred':
        current = (current || 1) * 100;
        seen = true;
        break;
      case 'scale':
        total += (current || 1) * w.value;
        current = 0;
        seen = true;
        break;
    }
  }
  const last = words[words.length - 1];
  if (!seen || !last || last.kind === 'and' || last.kind === 'article' || last.kind === 'half') return undefined;
  const value = total + current;
  return half ? value / 2 : value;
}
