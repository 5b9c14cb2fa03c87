// dates.ts at its bounds: which years, months and days are real, which year ranges are ranges,
// where a match ends, and which table a language reads (beside dates.test.ts's corpus sentences).
import { describe, expect, it } from 'vitest';
import { extractDates, isoDate, jalaliToIso } from './dates';

const d = (sentence: string, lang: string) => extractDates(sentence, lang).map((x) => x.iso);

describe('isoDate', () => {
  it('years 1000 to 2999 only', () => {
    expect(isoDate(999)).toBeUndefined();
    expect(isoDate(1000)).toBe('1000');
    expect(isoDate(2999)).toBe('2999');
    expect(isoDate(3000)).toBeUndefined();
  });
  it('months 1 to 12, zero-padded', () => {
    expect(isoDate(2024, 0)).toBeUndefined();
    expect(isoDate(2024, 1)).toBe('2024-01');
    expect(isoDate(2024, 12)).toBe('2024-12');
    expect(isoDate(2024, 13)).toBeUndefined();
  });
  it('days 1 to the month’s last, leap years included', () => {
    expect(isoDate(2024, 2, 0)).toBeUndefined();
    expect(isoDate(2024, 2, 1)).toBe('2024-02-01');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(2023, 4, 30)).toBe('2023-04-30');
    expect(isoDate(2023, 4, 31)).toBeUndefined();
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
  });
});

describe('jalaliToIso', () => {
  it('Solar Hijri years 1200 to 1500 only, real days only', () => {
    expect(jalaliToIso(1199, 1, 1)).toBeUndefined();
    expect(jalaliToIso(1200, 1, 1)).toBe('1821-03-21');
    expect(jalaliToIso(1403, 1, 1)).toBe('2024-03-20');
    expect(jalaliToIso(1500, 1, 1)).toBe('2121-03-21');
    expect(jalaliToIso(1501, 1, 1)).toBeUndefined();
    expect(jalaliToIso(1403, 13, 1)).toBeUndefined();
    expect(jalaliToIso(1403, 7, 31)).toBeUndefined();
  });
});

describe('extractDates: numeric dates', () => {
  it('ISO, and a slashed date read as Solar Hijri below year 1500', () => {
    expect(d('on 2024-02-29 and 2023-02-29', 'en')).toEqual(['2024-02-29']);
    expect(d('on 1403/1/1', 'fa')).toEqual(['2024-03-20']);
    expect(d('on 2024/3/5', 'en')).toEqual(['2024-03-05']);
    expect(d('on 1499/1/1', 'fa')).toEqual(['2120-03-21']);
  });
  it('a German dotted date; an impossible one is none', () => {
    expect(d('am 29.02.2024', 'de')).toEqual(['2024-02-29']);
    expect(d('am 30.02.2024', 'de')).toEqual([]);
  });
  it('the match ends where the date ends, and its text is the sentence’s', () => {
    const [m] = extractDates('Signed on 5 March 2024.', 'en');
    expect(m).toEqual({ iso: '2024-03-05', start: 10, end: 22, text: '5 March 2024' });
    const [e] = extractDates('Signed in 2024', 'en');
    expect(e).toEqual({ iso: '2024', start: 7, end: 14, text: 'in 2024' });
  });
});

describe('extractDates: months with a year', () => {
  it('a plausible year (1900–2100) after a month name', () => {
    expect(d('in March 1900', 'en')).toEqual(['1900-03']);
    expect(d('in March 2100', 'en')).toEqual(['2100-03']);
    expect(d('the March 1899 edition', 'en')).toEqual([]);
    expect(d('the March 2101 edition', 'en')).toEqual([]);
    expect(d('Sept. 2020', 'en')).toEqual(['2020-09']);
    expect(d('December of 2020', 'en')).toEqual(['2020-12']);
  });
  it('day first with an ordinal or "of", month first with a comma', () => {
    expect(d('the 3rd of May 2021', 'en')).toEqual(['2021-05-03']);
    expect(d('May 3rd, 2021', 'en')).toEqual(['2021-05-03']);
    expect(d('3-го мая 2021 года', 'ru')).toEqual(['2021-05-03']);
  });
  it('German month names in German, English ones elsewhere; Russian and Persian everywhere', () => {
    expect(d('im Oktober 2020', 'de')).toEqual(['2020-10']);
    expect(d('in Oktober 2020', 'en')).toEqual([]);
    expect(d('в октябре 2020', 'kk')).toEqual(['2020-10']);
    expect(d('اکتوبر ۲۰۲۰', 'ps')).toEqual(['2020-10']);
  });
});

describe('extractDates: year ranges', () => {
  it('the second year after the first and less than 50 years on', () => {
    expect(d('from 2010-2059', 'en')).toEqual(['2010', '2059']);
    expect(d('the 2010-2060 plan', 'en')).toEqual([]);
    expect(d('the 2010-2010 plan', 'en')).toEqual([]);
    expect(d('the 2018-2017 plan', 'en')).toEqual([]);
    expect(d('the 2017/18 season', 'en')).toEqual(['2017', '2018']);
    expect(d('the 1899-1901 plan', 'en')).toEqual([]);
  });
  it('in a context list, a range that runs backwards keeps only its first year', () => {
    expect(d('in 2018-17', 'en')).toEqual(['2018']);
    expect(d('in 2018-20', 'en')).toEqual(['2018', '2020']);
  });
  it('a clock time after a year is no range', () => {
    expect(d('report 2024-13:06', 'en')).toEqual([]);
  });
});

describe('extractDates: years by context words', () => {
  it('before the year (per language) or after it (Russian, Persian)', () => {
    expect(d('seit 2019', 'de')).toEqual(['2019']);
    expect(d('до 2030', 'ru')).toEqual(['2030']);
    expect(d('2024 года', 'kk')).toEqual(['2024']);
    expect(d('۲۰۲۴ میلادی', 'fa')).toEqual(['2024']);
    expect(d('1899 года', 'ru')).toEqual([]);
    expect(d('2024 tons', 'en')).toEqual([]);
    expect(d('seit 2019', 'xx')).toEqual([]);
    expect(d('since 2019', 'xx')).toEqual(['2019']);
  });
  it('a year followed by a unit or a percent sign is an amount', () => {
    expect(d('in 2000 tonnes', 'en')).toEqual([]);
    expect(d('in 2000 %', 'en')).toEqual([]);
    expect(d('in 2019, 2020 and 2021', 'en')).toEqual(['2019', '2020', '2021']);
    expect(d('in 2019 and 2020 tonnes', 'en')).toEqual(['2019']);
  });
  it('a year is listed once however often it is stated', () => {
    expect(d('in 2019 and again since 2019', 'en')).toEqual(['2019']);
  });
});
