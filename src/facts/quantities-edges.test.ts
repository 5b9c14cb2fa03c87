import { describe, expect, it } from 'vitest';
import { extractQuantities } from './quantities';

/** [text, value, unit, approx?] of every quantity in `sentence`. */
const q = (sentence: string, lang: string) =>
  extractQuantities(sentence, lang).map((x) => (x.approx ? [x.text, x.value, x.unit, true] : [x.text, x.value, x.unit]));

describe('extractQuantities: glued tokens', () => {
  it('skips a number glued to letters or to a code before it', () => {
    expect(q('ab12 tons', 'en')).toEqual([]);
    expect(q('a/5 tons', 'en')).toEqual([]);
    expect(q('v2.5 tons', 'en')).toEqual([]);
    expect(q('(5 tons)', 'en')).toEqual([['5 tons', 5, 't']]);
    expect(q('5 tons', 'en')).toEqual([['5 tons', 5, 't']]);
  });
  it('skips a phrase glued to letters or digits after it, except after a symbol', () => {
    expect(q('45 people2 came', 'en')).toEqual([]);
    expect(q('rose 15%x', 'en')).toEqual([['15%', 15, '%']]);
    expect(q('45 people, 3 tons.', 'en')).toEqual([['45 people', 45, 'people'], ['3 tons', 3, 't']]);
  });
});

describe('extractQuantities: ranks', () => {
  it('reads an English ordinal as a rank after a ranking verb or before a rank noun only', () => {
    expect(q('Kazakhstan ranked 24th in Asia', 'en')).toEqual([['24th', 24, 'rank']]);
    expect(q('Kazakhstan placed 3rd', 'en')).toEqual([['3rd', 3, 'rank']]);
    expect(q('Kazakhstan was 24th in Asia', 'en')).toEqual([]);
    expect(q('Kazakhstan ranked 24 th', 'en')).toEqual([]);
    expect(q('Kazakhstan ranked 24', 'en')).toEqual([]);
    expect(q('the 2nd position', 'en')).toEqual([['2nd position', 2, 'rank']]);
    expect(q('the 2nd, position', 'en')).toEqual([]);
  });
  it('reads a rank noun before a whole number from 1 to 999', () => {
    expect(q('auf Platz 24 gelandet', 'de')).toEqual([['Platz 24', 24, 'rank']]);
    expect(q('auf Platz 999', 'de')).toEqual([['Platz 999', 999, 'rank']]);
    expect(q('auf Platz 1', 'de')).toEqual([['Platz 1', 1, 'rank']]);
    expect(q('auf Platz 0', 'de')).toEqual([]);
    expect(q('auf Platz 1000', 'de')).toEqual([]);
    expect(q('auf Platz 2,5', 'de')).toEqual([]);
    expect(q('auf Platz, 24', 'de')).toEqual([]);
  });
  it('reads a Russian ordinal ending only after a hyphen', () => {
    expect(q('на 5-м месте', 'ru')).toEqual([['5-м месте', 5, 'rank']]);
    expect(q('на 24-ом месте', 'ru')).toEqual([['24-ом месте', 24, 'rank']]);
    expect(q('на 5 м месте', 'ru')).toEqual([]);
  });
});

describe('extractQuantities: currencies before and after', () => {
  it('reads a symbol or an upper-case ISO code before the amount', () => {
    expect(q('costs €5 million', 'en')).toEqual([['€5 million', 5e6, 'EUR']]);
    expect(q('costs EUR 5 million', 'en')).toEqual([['EUR 5 million', 5e6, 'EUR']]);
    expect(q('costs eur 5 million', 'en')).toEqual([['5 million', 5e6, 'unspecified']]);
    expect(q('$ 5 million dollars', 'en')).toEqual([['$ 5 million', 5e6, 'USD']]);
    expect(q('$ and 5 tons', 'en')).toEqual([['5 tons', 5, 't']]);
    expect(q('$, 5 tons', 'en')).toEqual([['5 tons', 5, 't']]);
  });
  it('joins "of" to a unit in English only after a scale or an order of magnitude', () => {
    expect(q('5 million of dollars', 'en')).toEqual([['5 million of dollars', 5e6, 'USD']]);
    expect(q('hundreds of people', 'en')).toEqual([['hundreds of people', 100, 'people', true]]);
    expect(q('5 of the students', 'en')).toEqual([]);
    expect(q('5 of students', 'en')).toEqual([]);
    expect(q('5 Millionen of Dollar', 'de')).toEqual([['5 Millionen', 5e6, 'unspecified']]);
  });
});

describe('extractQuantities: years, articles and scales without a unit', () => {
  it('refuses a year-like number as a count but not as a mass', () => {
    expect(q('1500 people', 'en')).toEqual([]);
    expect(q('2024 years', 'en')).toEqual([]);
    expect(q('3000 people', 'en')).toEqual([['3000 people', 3000, 'people']]);
    expect(q('999 people', 'en')).toEqual([['999 people', 999, 'people']]);
    expect(q('2024 tons', 'en')).toEqual([['2024 tons', 2024, 't']]);
    expect(q('۲۰۲۴ نفر', 'fa')).toEqual([]);
    expect(q('۳۰۰۰ نفر', 'fa')).toEqual([['۳۰۰۰ نفر', 3000, 'people']]);
    expect(q('2 thousand people', 'en')).toEqual([['2 thousand people', 2000, 'people']]);
  });
  it('refuses the German article "ein" as a count but reads "zwei"', () => {
    expect(q('ein Stipendium', 'de')).toEqual([]);
    expect(q('zwei Stipendien', 'de')).toEqual([['zwei Stipendien', 2, 'scholarships']]);
    expect(q('two scholarships', 'en')).toEqual([['two scholarships', 2, 'scholarships']]);
  });
  it('reports a scale without a unit from one million up', () => {
    expect(q('about 1 million', 'en')).toEqual([['1 million', 1e6, 'unspecified']]);
    expect(q('about 999 thousand', 'en')).toEqual([]);
    expect(q('about 3 bn. Dollars came', 'en')).toEqual([['3 bn. Dollars', 3e9, 'USD']]);
    expect(q('about 3 bn. Then more', 'en')).toEqual([['3 bn.', 3e9, 'unspecified']]);
    expect(q('about 3 bn. dollars', 'en')).toEqual([['3 bn. dollars', 3e9, 'USD']]);
    expect(q('about 3 billion. dollars', 'en')).toEqual([['3 billion', 3e9, 'unspecified']]);
  });
  it('removes float noise from a decimal times a scale', () => {
    expect(q('0.1 million tons', 'en')).toEqual([['0.1 million tons', 1e5, 't']]);
    expect(q('4.6 billion dollars', 'en')).toEqual([['4.6 billion dollars', 4.6e9, 'USD']]);
  });
});

describe('extractQuantities: counts after adjectives', () => {
  it('skips one or two adjectives before a count noun, in English and German only', () => {
    expect(q('30 young Afghan students', 'en')).toEqual([['30 young Afghan students', 30, 'students']]);
    expect(q('30 very young Afghan students', 'en')).toEqual([]);
    expect(q('30 Afghan, students', 'en')).toEqual([]);
    expect(q('30 Afghan tons', 'en')).toEqual([]);
    expect(q('30 the students', 'en')).toEqual([]);
    expect(q('30 Afghan', 'en')).toEqual([]);
    expect(q('30 junge afghanische Studenten', 'de')).toEqual([['30 junge afghanische Studenten', 30, 'students']]);
    expect(q('30 молодых студентов', 'ru')).toEqual([]);
    expect(q('2024 Afghan students', 'en')).toEqual([]);
  });
});

describe('extractQuantities: number words and Russian groups', () => {
  it('does not start a number at a conjunction', () => {
    expect(q('and three thousand people', 'en')).toEqual([['three thousand people', 3000, 'people']]);
  });
  it('groups Russian thousands after one space only, three digits each', () => {
    expect(q('1 500 000 тонн', 'ru')).toEqual([['1 500 000 тонн', 1.5e6, 't']]);
    expect(q('1  500 тонн', 'ru')).toEqual([['500 тонн', 500, 't']]);
    expect(q('1 50 тонн', 'ru')).toEqual([['50 тонн', 50, 't']]);
    expect(q('1 500 тонн', 'kk')).toEqual([['1 500 тонн', 1500, 't']]);
    expect(q('1 500 tons', 'en')).toEqual([['500 tons', 500, 't']]);
  });
  it('reads tens of thousands with its "of", and a magnitude alone', () => {
    expect(q('tens of thousands of people', 'en')).toEqual([['tens of thousands of people', 1e4, 'people', true]]);
    expect(q('tens of people', 'en')).toEqual([['tens of people', 10, 'people', true]]);
    expect(q('thousands of people', 'en')).toEqual([['thousands of people', 1000, 'people', true]]);
    expect(q('tens of, thousands', 'en')).toEqual([]);
  });
});

describe('extractQuantities: boundaries found by mutation testing', () => {
  it('checks glue before numbers only, with a letter or digit before the mark', () => {
    expect(q('v.tens of people', 'en')).toEqual([['tens of people', 10, 'people', true]]);
    expect(q('1/5 tons', 'en')).toEqual([]);
    expect(q('x ./5 tons', 'en')).toEqual([['5 tons', 5, 't']]);
  });
  it('takes only an ordinal mark or a period glued to the digits as a rank suffix', () => {
    expect(q('24x place', 'en')).toEqual([]);
    expect(q('die 24 Platz', 'de')).toEqual([]);
    expect(q('on the 24th of May', 'en')).toEqual([]);
    expect(q('на 5-x место', 'ru')).toEqual([]);
    expect(q('на 5-том месте', 'ru')).toEqual([]);
    expect(q('на 5-ех месте', 'ru')).toEqual([]);
  });
  it('takes a currency before the amount only as a symbol or a whole upper-case code of money', () => {
    expect(q('DOLLARS 5 million', 'en')).toEqual([['5 million', 5e6, 'unspecified']]);
    expect(q('% 5 million', 'en')).toEqual([['5 million', 5e6, 'unspecified']]);
    expect(q('costs $ 5', 'en')).toEqual([['$ 5', 5, 'USD']]);
  });
  it('reads Persian "تن" as people only for tonnes', () => {
    expect(q('۵۰ دلار از', 'fa')).toEqual([['۵۰ دلار', 50, 'USD']]);
    expect(q('50 т از', 'fa')).toEqual([['50 т', 50, 't']]);
  });
  it('joins a magnitude to a scale through "of" only, and stops the adjectives at another unit', () => {
    expect(q('tens to thousand people', 'en')).toEqual([['thousand people', 1000, 'people']]);
    expect(q('tens of Afghan students', 'en')).toEqual([]);
    expect(q('30 Afghan tons students', 'en')).toEqual([]);
  });
  it('makes a magnitude from a thousand up a scale (no adjectives), and one of a million up a size', () => {
    expect(q('thousands Afghan students', 'en')).toEqual([]);
    expect(q('hundreds Afghan students', 'en')).toEqual([['hundreds Afghan students', 100, 'students', true]]);
    expect(q('millions', 'en')).toEqual([['millions', 1e6, 'unspecified', true]]);
  });
  it('groups Russian digits only in threes, and a group is no year', () => {
    expect(q('всего 500', 'ru')).toEqual([]);
    expect(q('1 5000 тонн', 'ru')).toEqual([['5000 тонн', 5000, 't']]);
    expect(q('1500 000 человек', 'ru')).toEqual([['1500 000 человек', 1.5e6, 'people']]);
  });
  it('refuses unreadable digits, and reads only four-digit numbers from 1000 to 2999 as years', () => {
    expect(q('1.2.3 tons', 'en')).toEqual([]);
    expect(q('15000 people', 'en')).toEqual([['15000 people', 15000, 'people']]);
    expect(q('31500 people', 'en')).toEqual([['31500 people', 31500, 'people']]);
  });
  it('values number words by the run that combines, and counts its scale words', () => {
    expect(q('five million and more', 'en')).toEqual([['five million', 5e6, 'unspecified']]);
    expect(q('about five million and more', 'en')).toEqual([['five million', 5e6, 'unspecified']]);
    expect(q('five million', 'en')).toEqual([['five million', 5e6, 'unspecified']]);
    expect(q('one student', 'en')).toEqual([['one student', 1, 'students']]);
  });
  it('does not multiply digits by a following "hundred": the word is read on its own (a quirk, pinned)', () => {
    expect(q('5 hundred tons', 'en')).toEqual([['hundred tons', 100, 't']]);
  });
  it('keeps the period of an abbreviated scale only when glued to it', () => {
    expect(q('3 bn$', 'en')).toEqual([['3 bn$', 3e9, 'USD']]);
    expect(q('about 3 bn', 'en')).toEqual([['3 bn', 3e9, 'unspecified']]);
    expect(q('3 bn . dollars', 'en')).toEqual([['3 bn', 3e9, 'unspecified']]);
  });
});
