import { describe, expect, it } from 'vitest';
import type { Fact } from '../shared/pack-types';
import { allowedNumbers, numbersInText, summaryProblems } from './summary-check';

const fact = (over: Partial<Fact>): Fact => ({
  id: 'x#1', source: 'x', lang: 'en', quote: 'In October 2023, more than 1,600 tons were sent.', start: 0, end: 10,
  entities: ['kazakhstan'], topics: [], dates: ['2023-10'], quantities: [{ text: '1,600 tons', value: 1600, unit: 't' }],
  summary: { en: '' }, ...over,
});

describe('numbersInText', () => {
  it('reads digits with separators, scale words, ordinals and ranges', () => {
    expect(numbersInText('more than 1,600 tonnes')).toEqual([1600]);
    expect(numbersInText('a roadmap to $3 billion and 3 billion and 1.5 million')).toEqual([3e9, 3e9, 1.5e6]);
    expect(numbersInText('in 2017–2018, in 24th place, 50-million programme')).toEqual([2017, 2018, 24, 5e7]);
    expect(numbersInText('8 February 2025, 15%')).toEqual([8, 2025, 15]);
    expect(numbersInText('half a billion dollars, forty years, G20')).toEqual([]);
  });
});

describe('summaryProblems', () => {
  const lines = { 'x#1': 2, 'y#4': 3 };

  it('accepts numbers that are quantity values or years and days of dates', () => {
    expect(allowedNumbers(fact({ dates: ['2025-02-08'] }))).toEqual([1600, 2025, 8]);
    const entries = { 'x#1': { quoteStart: 'In October 2023', en: 'In October 2023 Kazakhstan sent more than 1,600 tonnes.' } };
    expect(summaryProblems([fact({})], { entries, lines })).toEqual([]);
  });

  it('flags invented numbers, missing and orphaned summaries, and re-keyed quotes', () => {
    const entries = {
      'x#1': { quoteStart: 'In November', en: 'In 2023 Kazakhstan sent 1,700 tonnes.' },
      'y#4': { quoteStart: 'Gone', en: 'Nothing.' },
    };
    const problems = summaryProblems([fact({}), fact({ id: 'z#2' })], { entries, lines });
    expect(problems.map((p) => p.line)).toEqual([1, 2, 2, 3]);
    expect(problems[0]!.message).toContain('no summary for fact "z#2"');
    expect(problems[1]!.message).toContain('was written for a quote starting "In November"');
    expect(problems[2]!.message).toContain('writes 1700');
    expect(problems[3]!.message).toContain('summary "y#4" belongs to no fact');
  });
});
