import { describe, expect, it } from 'vitest';
import { dirOf, entityName, formatDate, formatQuantity, languageName } from './format';

describe('format', () => {
  it('dates as precise as given', () => {
    expect(formatDate('2023')).toBe('2023');
    expect(formatDate('2023-08')).toBe('Aug 2023');
    expect(formatDate('2023-08-15')).toBe('Aug 15, 2023');
    expect(formatDate(null)).toBe('');
  });
  it('dates keep only what is sure when a month or day is out of range, and follow the locale', () => {
    expect(formatDate('2023-13')).toBe('2023');
    expect(formatDate('2023-00-10')).toBe('2023');
    expect(formatDate('2023-02-30')).toBe('Feb 2023');
    expect(formatDate('2023-05-14', 'en-GB')).toBe('14 May 2023');
    expect(formatDate('2023-05-14', 'de')).toBe('14. Mai 2023');
    expect(formatDate('sometime')).toBe('sometime');
  });
  it('languages by name', () => {
    expect(languageName('fa')).toBe('Persian');
    expect(languageName('de')).toBe('German');
  });
  it('quantities normalized', () => {
    expect(formatQuantity({ text: '$1.5 billion', value: 1.5e9, unit: 'USD' })).toBe('$1.5B');
    expect(formatQuantity({ text: '500,000 tonnes', value: 500_000, unit: 't' })).toBe('500K t');
    // Orders of magnitude stay orders of magnitude, in words.
    expect(formatQuantity({ text: 'tens of thousands', value: 10_000, unit: 'people', approx: true })).toBe('tens of thousands of people');
    expect(formatQuantity({ text: 'Tens of thousands of tons', value: 10_000, unit: 't', approx: true })).toBe('tens of thousands of tonnes');
    expect(formatQuantity({ text: 'tens of millions of dollars', value: 1e7, unit: 'USD', approx: true })).toBe('tens of millions of US dollars');
    expect(formatQuantity({ text: 'hundreds', value: 100, unit: 'wagons', approx: true })).toBe('hundreds of wagons');
    // A number without its unit is shown alone, not as "50M unspecified".
    expect(formatQuantity({ text: '50-Millionen', value: 5e7, unit: 'unspecified' })).toBe('50 million');
    expect(formatQuantity({ text: '12%', value: 12, unit: '%' })).toBe('12%');
  });
  it('names and directions', () => {
    expect(entityName({ id: 'x', names: { en: 'Kabul', ru: 'Кабул' } }, 'ru-RU')).toBe('Кабул');
    expect(entityName({ id: 'x', names: { en: 'Kabul' } }, 'de')).toBe('Kabul');
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('ps-AF')).toBe('rtl');
    expect(dirOf('kk')).toBe('ltr');
  });
});
