/**
 * Persian کابل "cable" coordinated with a noun of its own kind (data/sense-rules.json
 * homographs.*.with) is the cable; coordinated with a place it stays the city.
 */
import { describe, expect, it } from 'vitest';
import { homographSense } from './senses';

const at = (s: string, word: string) => {
  const i = s.indexOf(word);
  return homographSense(s, i, i + word.length);
};

describe('a homograph coordinated with a noun of its own kind', () => {
  it.each([
    'کمبود کابل و ترانسفورماتور پروژه را کند کرده است',
    'اگر کابل و تجهیزات به‌موقع برسد، برق می‌آید',
    'کابل و سیم‌ها از پاولودار می‌آید',
  ])('fa: %s', (s) => {
    expect(at(s, 'کابل')).toBe(true);
  });

  it('coordinated with a place, or with nothing, it stays the city', () => {
    expect(at('میان کابل و هرات پرواز برقرار شد', 'کابل')).toBe(false);
    expect(at('هیئت قزاقستانی به کابل و مزار شریف سفر کرد', 'کابل')).toBe(false);
    expect(at('هیئت به کابل رسید', 'کابل')).toBe(false);
  });
});
