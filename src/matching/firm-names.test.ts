/** Decision 0274: a name followed by " & " and a word of a firm is part of the firm's name. */
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
    ['Kabul & Sons imports dried fruit', 'Kabul'],
    ['die Kanzlei Herat & Partner berät', 'Herat'],
  ])('%s', (s, w) => {
    expect(firmName(s, at(s, w))).toBe(true);
  });

  it('keeps two places joined by "&" (a news section, a headline), and a name after the "&"', () => {
    const s = 'US & Canada';
    expect(firmName(s, at(s, 'US'))).toBe(false);
    const t = 'Kazakhstan & Afghanistan sign a rail deal';
    expect(dropFirmNames(t, [at(t, 'Kazakhstan'), at(t, 'Afghanistan')])).toHaveLength(2);
    const u = 'unter der Marke Steppe & Kabul';
    expect(firmName(u, at(u, 'Kabul'))).toBe(false);
  });

  it('returns the same array for a block without " & "', () => {
    const s = 'Balkh and Kabul';
    const ms = [at(s, 'Balkh'), at(s, 'Kabul')];
    expect(dropFirmNames(s, ms)).toBe(ms);
  });
});
