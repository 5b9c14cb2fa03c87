/**
 * What a number counts, per language, as reviewed data. Keys are word sequences as written
 * (folded with foldKey when indexed; hyphens and spaces both separate words, so "US-Dollar" and
 * "US Dollar" are one key). Values are ISO 4217 codes for money, "t" for tonnes, "%" for percent,
 * else a plain English noun. A word missing here yields no quantity: better none than a wrong one.
 *
 * Cyrillic and Arabic-script forms live under `any` because their script already tells the
 * language apart; Latin forms are per language because "Billion", "t" or "Wagen" differ.
 */
import { foldKey } from '../matching/normalize';

export type UnitKind = 'money' | 'mass' | 'percent' | 'count';

export interface UnitDef {
  unit: string;
  kind: UnitKind;
}

type Table = Record<string, string>;

const MONEY: Record<string, Table> = {
  any: {
    $: 'USD', 'us $': 'USD', '€': 'EUR', '₸': 'KZT', '₽': 'RUB', '£': 'GBP',
    usd: 'USD', eur: 'EUR', kzt: 'KZT', afn: 'AFN', rub: 'RUB', cny: 'CNY',
    доллар: 'USD', доллара: 'USD', долларов: 'USD', 'долларов сша': 'USD', долл: 'USD',
    евро: 'EUR', тенге: 'KZT', рубль: 'RUB', рубля: 'RUB', рублей: 'RUB', руб: 'RUB',
    афгани: 'AFN', юань: 'CNY', юаней: 'CNY',
    // "دالر" is the Afghan spelling, "دلار" the Iranian one; both mean the US dollar.
    دالر: 'USD', دلار: 'USD', افغانی: 'AFN', یورو: 'EUR', تنگه: 'KZT', روبل: 'RUB',
  },
  en: {
    dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR',
    tenge: 'KZT', afghani: 'AFN', afghanis: 'AFN', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
    roubles: 'RUB', yuan: 'CNY',
  },
  de: {
    dollar: 'USD', 'us dollar': 'USD', euro: 'EUR', tenge: 'KZT', afghani: 'AFN', afghanis: 'AFN',
    rubel: 'RUB', yuan: 'CNY',
  },
};

const MASS: Record<string, Table> = {
  any: { тонн: 't', тонны: 't', тонна: 't', тонну: 't', т: 't', تن: 't' },
  en: { ton: 't', tons: 't', tonne: 't', tonnes: 't', 'metric tons': 't', 'metric tonnes': 't', t: 't' },
  de: { tonne: 't', tonnen: 't', t: 't' },
};

const PERCENT: Record<string, Table> = {
  any: { '%': '%', '٪': '%', процент: '%', процента: '%', процентов: '%', درصد: '%' },
  en: { percent: '%', 'per cent': '%', pct: '%' },
  de: { prozent: '%' },
};

const COUNT: Record<string, Table> = {
  any: {
    человек: 'people', студентов: 'students', студента: 'students', стипендий: 'scholarships',
    вагонов: 'wagons', вагона: 'wagons', лет: 'years', грузовиков: 'trucks', семей: 'families',
    проектов: 'projects', месяцев: 'months', дней: 'days',
    نفر: 'people', دانشجو: 'students', دانشجوی: 'students', دانشجویان: 'students',
    بورسیه: 'scholarships', واگن: 'wagons', سال: 'years', ماه: 'months', روز: 'days',
    کامیون: 'trucks', لاری: 'trucks', خانواده: 'families', پروژه: 'projects',
  },
  en: {
    people: 'people', persons: 'people', person: 'people', wagons: 'wagons', wagon: 'wagons',
    railcars: 'wagons', students: 'students', student: 'students', scholarships: 'scholarships',
    grants: 'grants', years: 'years', year: 'years', months: 'months', days: 'days', trucks: 'trucks',
    families: 'families', projects: 'projects', km: 'km', kilometres: 'km', kilometers: 'km',
    hectares: 'hectares', women: 'women', specialists: 'specialists', teachers: 'teachers',
    doctors: 'doctors', refugees: 'refugees', children: 'children',
  },
  de: {
    menschen: 'people', personen: 'people', studenten: 'students', studierende: 'students',
    stipendien: 'scholarships', waggons: 'wagons', jahre: 'years', jahren: 'years', monate: 'months',
    monaten: 'months', tage: 'days', tagen: 'days', lkw: 'trucks', familien: 'families',
    projekte: 'projects', mineraleinlagen: 'mineral deposits', lagerstatten: 'deposits',
    frauen: 'women', fluchtlinge: 'refugees', kinder: 'children', kilometer: 'km',
  },
};

/**
 * Words that start an order of magnitude ("tens of thousands", "Zehntausende", "ده‌ها"): the value
 * they stand for. Only read where no number precedes them; after a number they are scales.
 */
export const APPROX: Record<string, Table> = {
  any: {
    десятки: '10', сотни: '100', тысячи: '1000', миллионы: '1e6', миллионов: '1e6', миллиарды: '1e9', миллиардов: '1e9',
    'ده‌ها': '10', 'صدها': '100', 'هزاران': '1000', 'میلیون‌ها': '1e6', 'میلیاردها': '1e9',
  },
  en: { tens: '10', hundreds: '100', dozens: '12', thousands: '1000', millions: '1e6', billions: '1e9' },
  de: {
    zehntausende: '1e4', hunderttausende: '1e5', tausende: '1000', hunderte: '100', dutzende: '12',
    // A plural scale with no number before it ("mehrere Millionen Euro") is an order of magnitude.
    millionen: '1e6', milliarden: '1e9', billionen: '1e12',
  },
};

/** Nouns that make an ordinal a rank: "24th place", "24. Platz", "24-е место", "رتبه ۲۴". */
export const RANK_NOUNS = new Set(
  ['place', 'position', 'rank', 'platz', 'rang', 'stelle', 'место', 'месте', 'رتبه', 'مقام', 'جایگاه'].map(foldKey),
);

/** Persian "تن" counts people when "از" (of) or a word for people follows: "۴۵ تن از سربازان". */
export const FA_PERSON_AFTER_TON = new Set(
  ['از', 'کشته', 'زخمی', 'سرباز', 'سربازان', 'دانشجو', 'دانشجوی', 'شهروند', 'غیرنظامی', 'تبعه', 'اتباع'].map(foldKey),
);

function index(tables: Record<string, Table>[], kinds: UnitKind[]): Map<string, Map<string, UnitDef>> {
  const out = new Map<string, Map<string, UnitDef>>();
  for (const lang of ['en', 'de', 'ru', 'fa']) {
    const m = new Map<string, UnitDef>();
    tables.forEach((t, k) => {
      for (const scope of ['any', lang]) {
        for (const [form, unit] of Object.entries(t[scope] ?? {})) m.set(unitKey(form), { unit, kind: kinds[k]! });
      }
    });
    out.set(lang, m);
  }
  return out;
}

/** Key of a word sequence: symbols stay as they are, words are folded, separators become one space. */
export function unitKey(form: string): string {
  return form
    .split(/[\s\-‐‑]+/u)
    .filter(Boolean)
    .map((w) => (/[\p{L}\p{N}]/u.test(w) ? foldKey(w).replace(/ /g, '') : w))
    .join(' ');
}

const UNITS = index([MONEY, MASS, PERCENT, COUNT], ['money', 'mass', 'percent', 'count']);
const APPROX_INDEX = new Map<string, Map<string, number>>();
for (const lang of ['en', 'de', 'ru', 'fa']) {
  const m = new Map<string, number>();
  for (const scope of ['any', lang]) for (const [w, v] of Object.entries(APPROX[scope] ?? {})) m.set(unitKey(w), Number(v));
  APPROX_INDEX.set(lang, m);
}

function tableLang(lang: string): string {
  if (lang === 'ps') return 'fa';
  if (lang === 'kk') return 'ru';
  return UNITS.has(lang) ? lang : 'en';
}

/** The unit a key sequence names in `lang` (longest match is the caller's job). */
export function lookupUnit(key: string, lang: string): UnitDef | undefined {
  return UNITS.get(tableLang(lang))!.get(key);
}

/** Longest key length (in words) any unit has: bounds the caller's look-ahead. */
export const MAX_UNIT_WORDS = 3;

export function lookupApprox(key: string, lang: string): number | undefined {
  return APPROX_INDEX.get(tableLang(lang))!.get(key);
}
