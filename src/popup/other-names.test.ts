import { describe, expect, it } from 'vitest';
import { otherNames } from './other-names';

describe('otherNames', () => {
  it('lists each spelling once, in a fixed order of languages, without the name shown', () => {
    const names = { ps: 'قزاقستان', fa: 'قزاقستان', ru: 'Казахстан', en: 'Kazakhstan', kk: 'Қазақстан', de: 'Kasachstan' };
    expect(otherNames(names, 'Kazakhstan')).toEqual([
      { name: 'Kasachstan', langs: ['de'] },
      { name: 'Казахстан', langs: ['ru'] },
      { name: 'Қазақстан', langs: ['kk'] },
      { name: 'قزاقستان', langs: ['fa', 'ps'] },
    ]);
  });
  it('is empty where every language writes the shown name', () => {
    expect(otherNames({ en: 'Afghanistan', de: 'Afghanistan' }, 'Afghanistan')).toEqual([]);
  });
});
