import { describe, expect, it } from 'vitest';
import { extractDates, jalaliToIso } from './dates';

const d = (sentence: string, lang: string) =>
  extractDates(sentence, lang).map((x) => {
    expect(sentence.slice(x.start, x.end)).toBe(x.text);
    return x.iso;
  });

describe('extractDates: English', () => {
  it('is as precise as the text', () => {
    expect(d('In October 2023, after an earthquake struck Herat Province', 'en')).toEqual(['2023-10']);
    expect(d('In April 2024, 25 wagons carrying aid', 'en')).toEqual(['2024-04']);
    expect(d('In December 2024, a Kazakh delegation visited Kabul', 'en')).toEqual(['2024-12']);
    expect(d('Since August 2021, trade and economic relations have expanded', 'en')).toEqual(['2021-08']);
    expect(d('30 Afghan students are scheduled to receive these scholarships in 2025.', 'en')).toEqual(['2025']);
    expect(d('Publish dateSaturday 8 February 2025 - 13:06', 'en')).toEqual(['2025-02-08']);
    expect(d('On March 5, 2024 the talks began', 'en')).toEqual(['2024-03-05']);
    expect(d('since 2019 there has been a program', 'en')).toEqual(['2019']);
  });

  it('keeps both years of a range and of a list, the first first', () => {
    expect(d('a rotating seat in 2017-2018 on the Council', 'en')).toEqual(['2017', '2018']);
    expect(d('during 2017–18', 'en')).toEqual(['2017', '2018']);
    expect(d('Based on the agreements of 2009 and 2018, Afghan students study', 'en')).toEqual(['2009', '2018']);
  });

  it('reads no year out of amounts, ranks, titles or times', () => {
    expect(d('Kazakhstan is in 24th place.', 'en')).toEqual([]);
    expect(d('over 40 years of war', 'en')).toEqual([]);
    expect(d('more than 1,600 tons, in 2000 tons', 'en')).toEqual([]);
    expect(d('the report “E-Government Review: e-Government for People 2024”', 'en')).toEqual([]);
    expect(d('Saturday 8 February 2025 - 20:15', 'en')).toEqual(['2025-02-08']);
    expect(d('In May they met', 'en')).toEqual([]);
  });
});

describe('extractDates: German', () => {
  it('never guesses a missing year', () => {
    expect(d('nahm am 16. April in Kuwait an der dritten Ministerentnahme teil', 'de')).toEqual([]);
    expect(d('"Im Juli versucht die Atameken eine Veranstaltung zu organisieren"', 'de')).toEqual([]);
    expect(d('Bürger im Mai beim Astana International Forum', 'de')).toEqual([]);
  });

  it('reads full dates, months, years in context and ranges', () => {
    expect(d('am 16. April 2024 in Kuwait', 'de')).toEqual(['2024-04-16']);
    expect(d('im Juli 2023', 'de')).toEqual(['2023-07']);
    expect(d('seit 2019 und im Jahr 2017', 'de')).toEqual(['2019', '2017']);
    expect(d('während es in 2017-2018 einen rotierenden Sitz innehatte', 'de')).toEqual(['2017', '2018']);
    expect(d('Stand: 08.02.2025', 'de')).toEqual(['2025-02-08']);
    expect(d('Anfang März 2022', 'de')).toEqual(['2022-03']);
  });

  it('reads no year out of "5.000" or "46 Billionen"', () => {
    expect(d('mehr als 5.000 Mineraleinlagen mit einem Wert von 46 Billionen US-Dollar', 'de')).toEqual([]);
  });
});

describe('extractDates: Persian', () => {
  it('converts Solar Hijri days with Afghan and Iranian month names', () => {
    expect(d('21 سنبله 1396, 12:28 کابل', 'fa')).toEqual(['2017-09-12']);
    expect(d('۲۱ سنبله ۱۳۹۶', 'fa')).toEqual(['2017-09-12']);
    expect(d('۲۱ شهریور ۱۳۹۶', 'fa')).toEqual(['2017-09-12']);
    expect(d('۱ فروردین ۱۴۰۳', 'fa')).toEqual(['2024-03-20']);
    expect(d('۱۳۹۶/۶/۲۱', 'fa')).toEqual(['2017-09-12']);
    expect(jalaliToIso(1396, 6, 21)).toBe('2017-09-12');
    expect(jalaliToIso(1394, 12, 30)).toBeUndefined();
  });

  it('does not turn a Solar Hijri month or year alone into a Gregorian date', () => {
    expect(d('در سنبله ۱۳۹۶', 'fa')).toEqual([]);
    expect(d('در سال ۱۳۹۶', 'fa')).toEqual([]);
  });

  it('reads Gregorian dates written in Persian', () => {
    expect(d('۸ فبروری ۲۰۲۵', 'fa')).toEqual(['2025-02-08']);
    expect(d('در سال ۲۰۲۴ میلادی', 'fa')).toEqual(['2024']);
    expect(d('اکتوبر ۲۰۲۳', 'fa')).toEqual(['2023-10']);
  });
});

describe('extractDates: Russian', () => {
  it('reads case forms of months and year markers', () => {
    expect(d('16 апреля 2024 года', 'ru')).toEqual(['2024-04-16']);
    expect(d('в апреле 2024 года', 'ru')).toEqual(['2024-04']);
    expect(d('в 2024 году', 'ru')).toEqual(['2024']);
    expect(d('2017-2018 гг.', 'ru')).toEqual(['2017', '2018']);
    expect(d('08.02.2025', 'ru')).toEqual(['2025-02-08']);
  });
});
