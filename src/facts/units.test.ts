// units.ts's lookup logic (the tables are reviewed data): keys from written forms, the table a
// language reads (Pashto the Persian one, Kazakh the Russian one, unknown languages English).
import { describe, expect, it } from 'vitest';
import { lookupApprox, lookupUnit, unitKey } from './units';

describe('unitKey', () => {
  it('hyphens and runs of spaces separate words; words are folded, symbols kept', () => {
    expect(unitKey('US-Dollar')).toBe('us dollar');
    expect(unitKey('  US   Dollar ')).toBe('us dollar');
    expect(unitKey('US\u2010Dollar')).toBe('us dollar');
    expect(unitKey('US\u2011Dollar')).toBe('us dollar');
    expect(unitKey('US $')).toBe('us $');
    expect(unitKey('€')).toBe('€');
    expect(unitKey('Flüchtlinge')).toBe('fluchtlinge');
    expect(unitKey('')).toBe('');
  });
});

describe('lookupUnit', () => {
  it('the language table and the script-wide one', () => {
    expect(lookupUnit(unitKey('US-Dollar'), 'de')).toEqual({ unit: 'USD', kind: 'money' });
    expect(lookupUnit('$', 'de')).toEqual({ unit: 'USD', kind: 'money' });
    expect(lookupUnit(unitKey('metric tonnes'), 'en')).toEqual({ unit: 't', kind: 'mass' });
    expect(lookupUnit(unitKey('per cent'), 'en')).toEqual({ unit: '%', kind: 'percent' });
    expect(lookupUnit(unitKey('Flüchtlinge'), 'de')).toEqual({ unit: 'refugees', kind: 'count' });
    expect(lookupUnit(unitKey('тенге'), 'ru')).toEqual({ unit: 'KZT', kind: 'money' });
  });
  it('a Latin form of one language is not another language’s', () => {
    expect(lookupUnit('percent', 'de')).toBeUndefined();
    expect(lookupUnit('prozent', 'en')).toBeUndefined();
    expect(lookupUnit('rubel', 'en')).toBeUndefined();
  });
  it('Pashto reads the Persian table, Kazakh the Russian one, any other language the English one', () => {
    expect(lookupUnit(unitKey('افغانی'), 'ps')).toEqual({ unit: 'AFN', kind: 'money' });
    expect(lookupUnit(unitKey('тонн'), 'kk')).toEqual({ unit: 't', kind: 'mass' });
    expect(lookupUnit('percent', 'xx')).toEqual({ unit: '%', kind: 'percent' });
    expect(lookupUnit('prozent', 'xx')).toBeUndefined();
    expect(lookupUnit('people', 'ru')).toBeUndefined();
  });
});

describe('lookupApprox', () => {
  it('the value an order-of-magnitude word stands for, per language', () => {
    expect(lookupApprox('tens', 'en')).toBe(10);
    expect(lookupApprox('dozens', 'en')).toBe(12);
    expect(lookupApprox(unitKey('Zehntausende'), 'de')).toBe(1e4);
    expect(lookupApprox(unitKey('Millionen'), 'de')).toBe(1e6);
    expect(lookupApprox(unitKey('сотни'), 'kk')).toBe(100);
    expect(lookupApprox(unitKey('هزاران'), 'ps')).toBe(1000);
    expect(lookupApprox('millionen', 'en')).toBeUndefined();
    expect(lookupApprox('thousands', 'xx')).toBe(1000);
  });
});
