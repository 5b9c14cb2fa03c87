// numbers.ts on its own (quantities.ts and dates.ts use it): digits in three scripts, the
// separators each language uses, number words with German compounds, and combining a run of words.
import { describe, expect, it } from 'vitest';
import { asciiDigits, baseLang, combineWords, numberWord, parseDigits, scaleWord, type NumberWord } from './numbers';

describe('asciiDigits and baseLang', () => {
  it('Persian and Arabic-Indic digits become ASCII; everything else stays', () => {
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('a۵b٥c5')).toBe('a5b5c5');
  });
  it('the primary subtag, lower-cased; empty is English', () => {
    expect(baseLang('de-AT')).toBe('de');
    expect(baseLang('RU_ru')).toBe('ru');
    expect(baseLang('fa')).toBe('fa');
    expect(baseLang('')).toBe('en');
    expect(baseLang('-x')).toBe('en');
  });
});

describe('parseDigits', () => {
  it('plain digits in any script', () => {
    expect(parseDigits('1600', 'en')).toBe(1600);
    expect(parseDigits('۱۶۰۰', 'fa')).toBe(1600);
  });
  it('English groups thousands with commas, German and Russian and Kazakh with periods', () => {
    expect(parseDigits('1,600', 'en')).toBe(1600);
    expect(parseDigits('1,600,000', 'en-GB')).toBe(1600000);
    expect(parseDigits('5.000', 'de')).toBe(5000);
    expect(parseDigits('5.000.000', 'ru')).toBe(5000000);
    expect(parseDigits('5.000', 'kk')).toBe(5000);
    expect(parseDigits('5.000', 'en')).toBe(5);
  });
  it('a single group of other than three digits after the thousands mark is a decimal', () => {
    expect(parseDigits('1,5', 'en')).toBe(1.5);
    expect(parseDigits('2.25', 'de')).toBe(2.25);
    expect(parseDigits('1,5,00', 'en')).toBeNaN();
    expect(parseDigits('1,600,00', 'en')).toBeNaN(); // every group after the first, not some
  });
  it('the decimal mark of the language; two of them are no number', () => {
    expect(parseDigits('2.5', 'en')).toBe(2.5);
    expect(parseDigits('2,5', 'de')).toBe(2.5);
    expect(parseDigits('1.2.3', 'en')).toBeNaN();
    expect(parseDigits('1,2,3', 'de')).toBeNaN();
  });
  it('both marks: the last one is the decimal mark, whatever the language', () => {
    expect(parseDigits('1,234.5', 'en')).toBe(1234.5);
    expect(parseDigits('1.234,5', 'de')).toBe(1234.5);
    expect(parseDigits('1.234,5', 'en')).toBe(1234.5);
    expect(parseDigits('1,234.5', 'de')).toBe(1234.5);
    expect(parseDigits('1,234,567.25', 'en')).toBe(1234567.25);
  });
  it('spaces, apostrophes and the Arabic thousands mark are dropped; the Arabic decimal mark is a decimal', () => {
    expect(parseDigits('1\u00a0600', 'ru')).toBe(1600);
    expect(parseDigits('1\u202f600', 'ru')).toBe(1600);
    expect(parseDigits('1\u2009600', 'ru')).toBe(1600);
    expect(parseDigits("1'600", 'de')).toBe(1600);
    expect(parseDigits('1’600', 'de')).toBe(1600);
    expect(parseDigits('1 600', 'ru')).toBe(1600);
    expect(parseDigits('۱٬۶۰۰', 'fa')).toBe(1600);
    expect(parseDigits('۲٫۵', 'fa')).toBe(2.5);
    expect(parseDigits('۲٫۵٫۱', 'fa')).toBeNaN();
  });
  it('anything but digits and marks is no number', () => {
    expect(parseDigits('12a', 'en')).toBeNaN();
    expect(parseDigits('', 'en')).toBeNaN();
    expect(parseDigits('.5', 'en')).toBeNaN();
    expect(parseDigits('5.', 'en')).toBeNaN();
  });
});

describe('numberWord and scaleWord', () => {
  it('digit words per language, folded', () => {
    expect(numberWord('Seventeen', 'en')).toEqual({ kind: 'digit', value: 17 });
    expect(numberWord('dozen', 'en')).toEqual({ kind: 'digit', value: 12 });
    expect(numberWord('zwölf', 'de')).toEqual({ kind: 'digit', value: 12 });
    expect(numberWord('двести', 'ru')).toEqual({ kind: 'digit', value: 200 });
    expect(numberWord('двести', 'kk')).toEqual({ kind: 'digit', value: 200 });
    expect(numberWord('پنجصد', 'fa')).toEqual({ kind: 'digit', value: 500 });
    expect(numberWord('پنجاه', 'ps')).toEqual({ kind: 'digit', value: 50 });
  });
  it('hundred, scales, half, and, articles', () => {
    expect(numberWord('hundred', 'en')).toEqual({ kind: 'hundred', value: 100 });
    expect(numberWord('صد', 'fa')).toEqual({ kind: 'hundred', value: 100 });
    expect(numberWord('billion', 'en')).toEqual({ kind: 'scale', value: 1e9 });
    expect(numberWord('Billion', 'de')).toEqual({ kind: 'scale', value: 1e12 });
    expect(numberWord('млрд', 'ru')).toEqual({ kind: 'scale', value: 1e9 });
    expect(numberWord('half', 'en')).toEqual({ kind: 'half', value: 0.5 });
    expect(numberWord('halbe', 'de')).toEqual({ kind: 'half', value: 0.5 });
    expect(numberWord('and', 'en')).toEqual({ kind: 'and', value: 0 });
    expect(numberWord('و', 'fa')).toEqual({ kind: 'and', value: 0 });
    expect(numberWord('a', 'en')).toEqual({ kind: 'article', value: 1 });
    expect(numberWord('an', 'en')).toEqual({ kind: 'article', value: 1 });
  });
  it('"one" stays a digit in English, not an article', () => {
    expect(numberWord('one', 'en')).toEqual({ kind: 'digit', value: 1 });
  });
  it('an unknown language reads English; a word of another language is none', () => {
    expect(numberWord('seven', 'xx')).toEqual({ kind: 'digit', value: 7 });
    expect(numberWord('sieben', 'en')).toBeUndefined();
    expect(numberWord('seven', 'de')).toBeUndefined();
    expect(numberWord('dreihundert', 'en')).toBeUndefined();
  });
  it('German compounds: hundreds, thousands, units before tens', () => {
    expect(numberWord('dreihundertfünfzig', 'de')).toEqual({ kind: 'digit', value: 350 });
    expect(numberWord('hundert', 'de')).toEqual({ kind: 'hundred', value: 100 });
    expect(numberWord('hundertzwei', 'de')).toEqual({ kind: 'digit', value: 102 });
    expect(numberWord('fünfundzwanzig', 'de')).toEqual({ kind: 'digit', value: 25 });
    expect(numberWord('neunundneunzig', 'de')).toEqual({ kind: 'digit', value: 99 });
    expect(numberWord('zweitausend', 'de')).toEqual({ kind: 'scale', value: 2000 });
    expect(numberWord('tausendeins', 'de')).toEqual({ kind: 'digit', value: 1001 });
    expect(numberWord('zweitausendfünfhundert', 'de')).toEqual({ kind: 'digit', value: 2500 });
    expect(numberWord('dreihunderttausend', 'de')).toEqual({ kind: 'scale', value: 300000 });
    expect(numberWord('einhundert', 'de')).toEqual({ kind: 'digit', value: 100 });
    expect(numberWord('neunhundert', 'de')).toEqual({ kind: 'digit', value: 900 });
    expect(numberWord('eintausend', 'de')).toEqual({ kind: 'scale', value: 1000 });
  });
  it('German compounds that are no number', () => {
    expect(numberWord('zwölfhundert', 'de')).toBeUndefined(); // more than nine hundreds
    expect(numberWord('zwanzigundfünf', 'de')).toBeUndefined(); // tens before units
    expect(numberWord('elfundzwanzig', 'de')).toBeUndefined(); // a unit above nine
    expect(numberWord('fünfundzwölf', 'de')).toBeUndefined(); // not a multiple of ten
    expect(numberWord('zehnundzwanzig', 'de')).toBeUndefined(); // the unit is below ten
    expect(numberWord('fünfundzehn', 'de')).toBeUndefined(); // the tens are twenty or more
    expect(numberWord('einundeinundzwanzig', 'de')).toBeUndefined(); // 21 is no tens word
    expect(numberWord('undzwanzig', 'de')).toBeUndefined();
    expect(numberWord('fünfundxyz', 'de')).toBeUndefined();
    expect(numberWord('xyzhundert', 'de')).toBeUndefined();
    expect(numberWord('hundertxyz', 'de')).toBeUndefined();
    expect(numberWord('xyztausend', 'de')).toBeUndefined();
    expect(numberWord('tausendxyz', 'de')).toBeUndefined();
    expect(numberWord('Haus', 'de')).toBeUndefined();
  });
  it('scaleWord: scales and hundred only', () => {
    expect(scaleWord('Milliarden', 'de')).toBe(1e9);
    expect(scaleWord('Billionen', 'de')).toBe(1e12);
    expect(scaleWord('hundred', 'en')).toBe(100);
    expect(scaleWord('zweitausend', 'de')).toBe(2000);
    expect(scaleWord('seven', 'en')).toBeUndefined();
    expect(scaleWord('half', 'en')).toBeUndefined();
    expect(scaleWord('nothing', 'en')).toBeUndefined();
  });
});

describe('combineWords', () => {
  const run = (text: string, lang = 'en') => combineWords(text.split(' ').map((w) => numberWord(w, lang)!) as NumberWord[]);
  it('hundreds, scales, and', () => {
    expect(run('two hundred and fifty thousand')).toBe(250000);
    expect(run('three million four hundred thousand')).toBe(3400000);
    expect(run('twenty five')).toBe(25);
    expect(run('hundred')).toBe(100);
    expect(run('thousand')).toBe(1000);
    expect(run('a billion')).toBe(1e9);
    expect(run('one hundred')).toBe(100);
    expect(run('دو صد و پنجاه', 'fa')).toBe(250);
  });
  it('half of what follows', () => {
    expect(run('half a billion')).toBe(5e8);
    expect(run('half a million')).toBe(500000);
  });
  it('no number: empty, only an article, a trailing and, article or half', () => {
    expect(combineWords([])).toBeUndefined();
    expect(run('a')).toBeUndefined();
    expect(run('two and')).toBeUndefined();
    expect(run('two a')).toBeUndefined();
    expect(run('two half')).toBeUndefined();
    expect(run('and')).toBeUndefined();
    expect(run('half')).toBeUndefined();
  });
});
