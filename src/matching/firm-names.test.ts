/** Decision 0274: a name joined by "&" to a capitalised word that is no mention is a firm's name. */
import { describe, expect, it } from 'vitest';
import { dropFirmNames, firmName } from './firm-names';
import type { Match } from './types';

const at = (s: string, word: string): Match => {
  const start = s.indexOf(word);
  return { entity: word.toLowerCase(), start, end: start + word.length, text: word, form: word, lang: 'en' } as Match;
};

describe('names inside firm names joined by "&"', () => {
  it.each([
    ['jewellery by the studio Balkh & Co., run by two sisters', 'Balkh'],
    ['unter der Marke Steppe & Kabul verkauft', 'Kabul'],
    ['Kabul & Sons imports dried fruit', 'Kabul'],
  ])('%s', (s, w) => {
    const m = at(s, w);
    expect(firmName(s, m, [m])).toBe(true);
  });

  it('keeps two entities joined by "&", and a lower-case word after it', () => {
    const s = 'Kazakhstan & Afghanistan sign a rail deal';
    const ms = [at(s, 'Kazakhstan'), at(s, 'Afghanistan')];
    expect(dropFirmNames(s, ms)).toEqual(ms);
    const t = 'trade between Kabul & the north';
    expect(firmName(t, at(t, 'Kabul'), [at(t, 'Kabul')])).toBe(false);
  });

  it('returns the same array for a block without " & "', () => {
    const s = 'Balkh and Kabul';
    const ms = [at(s, 'Balkh'), at(s, 'Kabul')];
    expect(dropFirmNames(s, ms)).toBe(ms);
  });
});
