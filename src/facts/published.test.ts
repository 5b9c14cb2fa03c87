import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedDate } from './published';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

describe('publishedDate', () => {
  it('reads the dates the corpus documents state', () => {
    expect(publishedDate(corpus('001_858c023db142d53b.txt'), 'fa')).toBe('2017-09-12');
    expect(publishedDate(corpus('002_bfcd83a5795febfb.txt'), 'en')).toBe('2025-02-08');
  });

  it('is null where a document states none, whatever dates its body mentions', () => {
    expect(publishedDate(corpus('000_67bd3e80e051a725.txt'), 'de')).toBeNull();
    expect(publishedDate(corpus('003_42549e470e46f6e9.txt'), 'de')).toBeNull();
    expect(publishedDate(corpus('004_37e20e75fb50bf7a.txt'), 'en')).toBeNull();
    expect(publishedDate('Intro.\nIn October 2023, an earthquake struck on 7 October 2023 in Herat.\nMore text.\nAnd more.\nEnd.\nFin.\nLast.', 'en')).toBeNull();
  });

  it('accepts labelled lines and datelines, day precision only', () => {
    expect(publishedDate('Title\nVeröffentlicht am 16. April 2024\nText.', 'de')).toBe('2024-04-16');
    expect(publishedDate('Title\nPublished: October 2023\nText.', 'en')).toBeNull();
    expect(publishedDate('Body text here.\n\n08.02.2025, 13:06 Astana', 'de')).toBe('2025-02-08');
  });
});
