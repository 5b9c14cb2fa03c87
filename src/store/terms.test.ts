import { describe, expect, it } from 'vitest';
import type { Fact } from '../shared/pack-types';
import { factTerms, keyTails, words } from './terms';

const fact = (summary: string, quote: string): Fact => ({
  id: 's#0',
  source: 's',
  lang: 'en',
  quote,
  start: 0,
  end: quote.length,
  entities: [],
  topics: [],
  dates: [],
  quantities: [],
  summary: { en: summary },
});

describe('words', () => {
  it('gives no word for text that folds to nothing', () => {
    expect(words('')).toEqual([]);
    expect(words('   ')).toEqual([]);
  });

  it('folds and splits in order, repeats kept', () => {
    expect(words('Wheat, wheat FLOUR')).toEqual(['wheat', 'wheat', 'flour']);
  });
});

describe('factTerms', () => {
  it('takes each folded word of summary and quote once', () => {
    expect(factTerms(fact('Wheat flour', 'flour to Kabul'))).toEqual(['wheat', 'flour', 'to', 'kabul']);
  });

  it('cuts a word to its first 40 letters', () => {
    const long = 'a'.repeat(45);
    expect(factTerms(fact(long, ''))).toEqual(['a'.repeat(40)]);
  });
});

describe('keyTails', () => {
  it('gives every word-boundary tail, joined by spaces, without the empty tail', () => {
    expect(keyTails(['islamic emirate of afghanistan'])).toEqual(['emirate of afghanistan', 'of afghanistan', 'afghanistan']);
  });

  it('leaves out a tail that is already a key of its own', () => {
    expect(keyTails(['ashraf ghani', 'ghani'])).toEqual([]);
    expect(keyTails(['kazakhstan'])).toEqual([]);
  });
});
