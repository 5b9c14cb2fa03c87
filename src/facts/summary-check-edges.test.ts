import { describe, expect, it } from 'vitest';
import type { Fact } from '../shared/pack-types';
import { allowedNumbers, checkSummaries, numbersInText, summaryProblems } from './summary-check';

const fact = (over: Partial<Fact>): Fact => ({
  id: 'x#1', source: 'x', lang: 'en', quote: 'Kazakhstan sent 45 people.', start: 0, end: 26,
  entities: ['kazakhstan'], topics: [], dates: [], quantities: [{ text: '45 people', value: 45, unit: 'people' }],
  summary: { en: '' }, ...over,
});

describe('numbersInText: edges', () => {
  it('reads decimals, plural and capitalised scales, ordinals and Persian digits', () => {
    expect(numbersInText('2.5 tons, 3 Billion, 4 millions, 7 thousand, 2 trillion')).toEqual([2.5, 3e9, 4e6, 7000, 2e12]);
    expect(numbersInText('1st, 2nd, 3rd and 4th')).toEqual([1, 2, 3, 4]);
    expect(numbersInText('3  billion and 50 - million')).toEqual([3e9, 5e7]);
    expect(numbersInText('۴۵ people and ١٢ more')).toEqual([45, 12]);
    expect(numbersInText('12,345,678 and 1,5')).toEqual([12345678, 1]);
    expect(numbersInText('1.5.3')).toEqual([1.5]);
  });
  it('skips numbers glued to letters or other numbers', () => {
    expect(numbersInText('G20 and COVID19 and 5km and 3x')).toEqual([]);
    expect(numbersInText('(45) and "12"')).toEqual([45, 12]);
    expect(numbersInText('')).toEqual([]);
  });
});

describe('allowedNumbers: edges', () => {
  it('adds the year of every date and the day where there is one, not the month', () => {
    expect(allowedNumbers(fact({ dates: ['2023', '2024-05', '2025-02-08'], quantities: [] }))).toEqual([2023, 2024, 2025, 8]);
    expect(allowedNumbers(fact({ dates: [], quantities: [] }))).toEqual([]);
  });
});

describe('summaryProblems: edges', () => {
  it('accepts a number within a billionth of an allowed one, not beyond', () => {
    const entries = (en: string) => ({ entries: { 'x#1': { quoteStart: 'Kazakhstan', en } }, lines: { 'x#1': 4 } });
    expect(summaryProblems([fact({ quantities: [{ text: '4.6 billion', value: 4.6e9, unit: 'USD' }] })], entries('4.6 billion dollars'))).toEqual([]);
    expect(summaryProblems([fact({})], entries('45.00000000001 people'))).toEqual([]);
    expect(summaryProblems([fact({})], entries('45.0001 people'))).toEqual([
      { line: 4, message: 'summary "x#1" writes 45.0001, which is none of the fact\'s quantities or dates (45)' },
    ]);
    expect(summaryProblems([fact({ quantities: [] })], entries('0.0000000001 people'))).toEqual([
      { line: 4, message: 'summary "x#1" writes 1e-10, which is none of the fact\'s quantities or dates (none)' },
    ]);
  });
  it('scales the tolerance with the allowed value, and lists every allowed number', () => {
    const entries = (en: string) => ({ entries: { 'x#1': { quoteStart: 'Kazakhstan', en } }, lines: { 'x#1': 4 } });
    expect(summaryProblems([fact({ quantities: [{ text: 'x', value: 4600000001, unit: 'USD' }] })], entries('4.6 billion'))).toEqual([]);
    expect(summaryProblems([fact({ quantities: [{ text: 'x', value: 0, unit: 't' }] })], entries('0.000000001 t'))).toEqual([]);
    expect(summaryProblems([fact({ dates: ['2023-05-08'] })], entries('9 people'))).toEqual([
      { line: 4, message: 'summary "x#1" writes 9, which is none of the fact\'s quantities or dates (45, 2023, 8)' },
    ]);
  });
  it('gives the exact messages, line 1 where a line is unknown, sorted by line', () => {
    const summaries = {
      entries: {
        'x#1': { quoteStart: 'Kazakhstan went', en: 'Kazakhstan sent 46 people in 2020.' },
        'y#2': { quoteStart: 'Gone', en: 'Nothing.' },
      },
      lines: { 'x#1': 7 },
    };
    expect(summaryProblems([fact({}), fact({ id: 'z#3', quote: 'A quote that is longer than thirty characters.' })], summaries)).toEqual([
      { line: 1, message: 'no summary for fact "z#3" (quote starts "A quote that is longer than th")' },
      { line: 1, message: 'summary "y#2" belongs to no fact (segmentation or linking changed?)' },
      { line: 7, message: 'summary "x#1" was written for a quote starting "Kazakhstan went", but the fact\'s quote starts "Kazakhstan sent"' },
      { line: 7, message: 'summary "x#1" writes 46, which is none of the fact\'s quantities or dates (45)' },
      { line: 7, message: 'summary "x#1" writes 2020, which is none of the fact\'s quantities or dates (45)' },
    ]);
  });
});

describe('checkSummaries', () => {
  it('throws every problem as file:line: message, one per line', () => {
    const summaries = { entries: { 'y#2': { quoteStart: 'Gone', en: 'Nothing.' } }, lines: { 'y#2': 3 } };
    expect(() => checkSummaries([fact({})], summaries, 's.json')).toThrow(
      new Error('s.json:1: no summary for fact "x#1" (quote starts "Kazakhstan sent 45 people.")\ns.json:3: summary "y#2" belongs to no fact (segmentation or linking changed?)'),
    );
  });
  it('is silent when facts and summaries agree', () => {
    const summaries = { entries: { 'x#1': { quoteStart: 'Kazakhstan sent', en: 'Kazakhstan sent 45 people.' } }, lines: { 'x#1': 2 } };
    expect(checkSummaries([fact({})], summaries, 's.json')).toBeUndefined();
  });
});
