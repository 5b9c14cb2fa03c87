import { describe, expect, it } from 'vitest';
import { parseDigits } from './numbers';
import { extractQuantities } from './quantities';

/** [text, value, unit, approx?] of every quantity in `sentence`. */
const q = (sentence: string, lang: string) =>
  extractQuantities(sentence, lang).map((x) => {
    expect(sentence).toContain(x.text);
    return x.approx ? [x.text, x.value, x.unit, true] : [x.text, x.value, x.unit];
  });

describe('parseDigits', () => {
  it('reads thousands and decimal marks as each language writes them', () => {
    expect(parseDigits('1,600', 'en')).toBe(1600);
    expect(parseDigits('1.5', 'en')).toBe(1.5);
    expect(parseDigits('5.000', 'de')).toBe(5000);
    expect(parseDigits('2,5', 'de')).toBe(2.5);
    expect(parseDigits('1.234.567,89', 'de')).toBe(1234567.89);
    expect(parseDigits('1,234,567.89', 'en')).toBe(1234567.89);
    expect(parseDigits('۱٬۶۰۰', 'fa')).toBe(1600);
    expect(parseDigits('۲٫۵', 'fa')).toBe(2.5);
    expect(parseDigits('١٢٣', 'fa')).toBe(123);
    expect(parseDigits('1,5', 'ru')).toBe(1.5);
    expect(parseDigits('1.2.3', 'en')).toBeNaN();
  });
});

describe('extractQuantities: English', () => {
  it('reads money with scale words and symbols', () => {
    expect(q('the trade volume reached about half a billion dollars.', 'en')).toEqual([['half a billion dollars', 5e8, 'USD']]);
    expect(q('to increase trade turnover to $ 3 billion.', 'en')).toEqual([['$ 3 billion', 3e9, 'USD']]);
    expect(q('allocates tens of millions of dollars to train', 'en')).toEqual([['tens of millions of dollars', 1e7, 'USD', true]]);
    expect(q('US$ 5 bn and USD 200 million and 1.5 million euros', 'en')).toEqual([
      ['US$ 5 bn', 5e9, 'USD'],
      ['USD 200 million', 2e8, 'USD'],
      ['1.5 million euros', 1.5e6, 'EUR'],
    ]);
    expect(q('a grant of 300 million tenge', 'en')).toEqual([['300 million tenge', 3e8, 'KZT']]);
  });

  it('reads tonnes, counts, ranks and percentages', () => {
    expect(q('more than 1,600 tons of humanitarian aid', 'en')).toEqual([['1,600 tons', 1600, 't']]);
    expect(q('Tens of thousands of tons of food are sent', 'en')).toEqual([['Tens of thousands of tons', 1e4, 't', true]]);
    expect(q('a rescue team of 45 people', 'en')).toEqual([['45 people', 45, 'people']]);
    expect(q('In April 2024, 25 wagons carrying aid', 'en')).toEqual([['25 wagons', 25, 'wagons']]);
    expect(q('30 Afghan students are scheduled to receive these scholarships in 2025.', 'en')).toEqual([['30 Afghan students', 30, 'students']]);
    expect(q('the suffering of the Afghan people over 40 years of war', 'en')).toEqual([['40 years', 40, 'years']]);
    expect(q('Kazakhstan is in 24th place.', 'en')).toEqual([['24th place', 24, 'rank']]);
    expect(q('exports rose 15% and 3.5 percent', 'en')).toEqual([['15%', 15, '%'], ['3.5 percent', 3.5, '%']]);
    expect(q('two hundred and fifty thousand people', 'en')).toEqual([['two hundred and fifty thousand people', 250000, 'people']]);
  });

  it('leaves bare numbers, years, times and identifiers alone', () => {
    expect(q('Based on the agreements of 2009 and 2018, Afghan students study', 'en')).toEqual([]);
    expect(q('Publish dateSaturday 8 February 2025 - 13:06', 'en')).toEqual([]);
    expect(q('Story Code : 307035', 'en')).toEqual([]);
    expect(q('https://avapress.com/vdchxqnxm23nvvd.01t2.html', 'en')).toEqual([]);
    expect(q("Kazakhstan is one of Afghanistan's key trading partners.", 'en')).toEqual([]);
    expect(q('e-Government for People 2024', 'en')).toEqual([]);
  });
});

describe('extractQuantities: German', () => {
  it('reads Milliarde and the long-scale Billion', () => {
    expect(q('auf bis zu 1 Milliarden US-Dollar', 'de')).toEqual([['1 Milliarden US-Dollar', 1e9, 'USD']]);
    expect(q('den Geschäftsumsatz auf eine Milliarde Dollar zu steigern', 'de')).toEqual([['eine Milliarde Dollar', 1e9, 'USD']]);
    expect(q('mit einem geschätzten Wert von mehr als 46 Billionen US-Dollar', 'de')).toEqual([['46 Billionen US-Dollar', 4.6e13, 'USD']]);
    expect(q('eine halbe Milliarde Euro und 1,5 Mio. Euro', 'de')).toEqual([
      ['eine halbe Milliarde Euro', 5e8, 'EUR'],
      ['1,5 Mio. Euro', 1.5e6, 'EUR'],
    ]);
  });

  it('reads thousands dots, number words and hyphenated compounds', () => {
    expect(q('Kasachstan besitzt mehr als 5.000 Mineraleinlagen', 'de')).toEqual([['5.000 Mineraleinlagen', 5000, 'mineral deposits']]);
    expect(q('gewährte tausend Stipendien für afghanische Studenten', 'de')).toEqual([['tausend Stipendien', 1000, 'scholarships']]);
    expect(q('bietet jährlich 30-Stipendien an', 'de')).toEqual([['30-Stipendien', 30, 'scholarships']]);
    expect(q('dreihundertfünfzig Menschen und Zehntausende Tonnen Weizen', 'de')).toEqual([
      ['dreihundertfünfzig Menschen', 350, 'people'],
      ['Zehntausende Tonnen', 1e4, 't', true],
    ]);
    expect(q('2,5 Prozent, 24. Platz, zwei afghanische Studenten', 'de')).toEqual([
      ['2,5 Prozent', 2.5, '%'],
      ['24. Platz', 24, 'rank'],
      ['zwei afghanische Studenten', 2, 'students'],
    ]);
  });

  it('reads a plural scale without a number as an order of magnitude', () => {
    expect(q('Mehrere Millionen Euro flossen, 3 Mrd. Euro und 20 Tsd. Tonnen', 'de')).toEqual([
      ['Millionen Euro', 1e6, 'EUR', true],
      ['3 Mrd. Euro', 3e9, 'EUR'],
      ['20 Tsd. Tonnen', 2e4, 't'],
    ]);
  });

  it('states no currency the text does not state', () => {
    // "50-Millionen-Programm": fifty million of something; the sentence never says which currency.
    expect(q('Während das 50-Millionen-Programm per se nicht erweitert wurde', 'de')).toEqual([['50-Millionen', 5e7, 'unspecified']]);
  });

  it('does not read the article "ein" as a count, nor dates as quantities', () => {
    expect(q('ein paar Jahre später', 'de')).toEqual([]);
    expect(q('nahm am 16. April in Kuwait teil', 'de')).toEqual([]);
    expect(q('während es in 2017-2018 einen rotierenden Sitz innehatte', 'de')).toEqual([]);
  });
});

describe('extractQuantities: Persian', () => {
  it('reads Persian and Arabic-Indic digits, number words and scale words', () => {
    expect(q('۱٬۶۰۰ تن آرد به افغانستان ارسال شد', 'fa')).toEqual([['۱٬۶۰۰ تن', 1600, 't']]);
    expect(q('یک میلیارد دالر و ۵۰۰ میلیون افغانی', 'fa')).toEqual([
      ['یک میلیارد دالر', 1e9, 'USD'],
      ['۵۰۰ میلیون افغانی', 5e8, 'AFN'],
    ]);
    expect(q('نیم میلیارد دلار', 'fa')).toEqual([['نیم میلیارد دلار', 5e8, 'USD']]);
    expect(q('ده‌ها میلیون دلار', 'fa')).toEqual([['ده‌ها میلیون دلار', 1e7, 'USD', true]]);
    expect(q('دو صد و پنجاه نفر و ٣٠٠ واگن', 'fa')).toEqual([
      ['دو صد و پنجاه نفر', 250, 'people'],
      ['٣٠٠ واگن', 300, 'wagons'],
    ]);
    expect(q('۲۰ درصد و رتبه ۲۴', 'fa')).toEqual([['۲۰ درصد', 20, '%'], ['رتبه ۲۴', 24, 'rank']]);
  });

  it('reads bare scale words and does not start a number at a conjunction', () => {
    expect(q('هزار بورسیه و سه هزار تن گندم', 'fa')).toEqual([
      ['هزار بورسیه', 1000, 'scholarships'],
      ['سه هزار تن', 3000, 't'],
    ]);
  });

  it('reads "تن" as people where a partitive or a word for people follows', () => {
    expect(q('۴۵ تن از سربازان', 'fa')).toEqual([['۴۵ تن', 45, 'people']]);
  });

  it('finds nothing in a dateline or in plain counting words', () => {
    expect(q('21 سنبله 1396, 12:28 کابل', 'fa')).toEqual([]);
    expect(q('همکاری بین دانشگاههای دو کشور', 'fa')).toEqual([]);
  });
});

describe('extractQuantities: Russian', () => {
  it('reads abbreviated scales, case forms and space-grouped thousands', () => {
    expect(q('1,5 млрд долларов, 500 тыс. тонн, 1 500 тонн', 'ru')).toEqual([
      ['1,5 млрд долларов', 1.5e9, 'USD'],
      ['500 тыс. тонн', 5e5, 't'],
      ['1 500 тонн', 1500, 't'],
    ]);
    expect(q('20 процентов, 24-е место, 100 млн тенге, десятки тысяч тонн', 'ru')).toEqual([
      ['20 процентов', 20, '%'],
      ['24-е место', 24, 'rank'],
      ['100 млн тенге', 1e8, 'KZT'],
      ['десятки тысяч тонн', 1e4, 't', true],
    ]);
    expect(q('около 3 миллиардов долларов США', 'ru')).toEqual([['3 миллиардов долларов США', 3e9, 'USD']]);
  });
});
