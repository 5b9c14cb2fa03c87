/** Decision 0274: a name followed by " & " and a word of a firm is part of the firm's name. */
import { describe, expect, it } from 'vitest';
import { dropFirmNames, firmName, firmWordsOf } from './firm-names';
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

describe('the firm words and their edges', () => {
  it('needs the " & " itself and a word right after it', () => {
    const s = 'Kabul Sons and Herat Co. and Balkh & (Co) and Kabul &Sons';
    for (const w of ['Kabul', 'Herat', 'Balkh']) expect(firmName(s, at(s, w))).toBe(false);
    const t = 'Steppe & Kabul & Sons';
    const k = at(t, 'Kabul');
    expect(firmName(t, k)).toBe(true);
    expect(dropFirmNames(t, [k])).toEqual([]);
  });
  it('reads the list from the rules, with a clear error for a bad one', () => {
    expect(firmWordsOf({ firms: { after: ['Co', 'Sons'] } })).toEqual(new Set(['Co', 'Sons']));
    expect(firmWordsOf({})).toEqual(new Set());
    expect(firmWordsOf(null)).toEqual(new Set());
    for (const bad of [{ firms: { after: 'Co' } }, { firms: { after: ['Co', 7] } }, { firms: { after: ['Co', ''] } }]) {
      expect(() => firmWordsOf(bad)).toThrow('data/sense-rules.json: firms.after must be an array of non-empty strings');
    }
  });
});

