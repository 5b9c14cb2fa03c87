/** Decision 0274: a place-like word after an indefinite determiner (Persian, Pashto) is a common noun. */
import { describe, expect, it } from 'vitest';
import { dropCommonNouns, indefiniteNoun } from './common-nouns';
import type { Match } from './types';

const at = (s: string, word: string, form = word): Match => {
  const start = s.indexOf(word);
  return { entity: 'x', start, end: start + word.length, text: word, form, lang: 'ps' } as Match;
};

describe('a place-like word after an indefinite determiner', () => {
  it.each([
    ['ps', 'لښکر د ښار بهر په یوه پراخه لښکرګاه کې مېشت و', 'لښکرګاه'],
    ['ps', 'هلته یو مزار دی', 'مزار'],
    ['fa', 'برای این کار یک کابل دیگر لازم است', 'کابل'],
  ])('%s: %s', (_lang, s, w) => {
    expect(indefiniteNoun(s, at(s, w))).toBe(true);
  });

  it('keeps names without a determiner, after a word that is no size adjective, and in Latin script', () => {
    expect(indefiniteNoun('زایرین له لښکرګاه څخه راغلي وو', at('زایرین له لښکرګاه څخه راغلي وو', 'لښکرګاه'))).toBe(false);
    // "one day to Kabul": ورځ is a noun, not an adjective of size or age.
    expect(indefiniteNoun('یوه ورځ کابل ته لاړ', at('یوه ورځ کابل ته لاړ', 'کابل'))).toBe(false);
    expect(indefiniteNoun('a Kabul of the mind', at('a Kabul of the mind', 'Kabul'))).toBe(false);
  });

  it('keeps adjectives, whose determiner belongs to the noun after them', () => {
    const s = 'د یوه هراتي کورنۍ رستورانت';
    expect(indefiniteNoun(s, at(s, 'هراتي', 'هرات'))).toBe(false);
    const t = 'یو افغان سوداګر وویل';
    expect(indefiniteNoun(t, at(t, 'افغان'))).toBe(false);
  });

  it('drops only those mentions, keeping the rest in order (the same array when none goes)', () => {
    const s = 'په کابل کې یوه لښکرګاه';
    const ms = [at(s, 'کابل'), at(s, 'لښکرګاه')];
    expect(dropCommonNouns(s, ms).map((m) => m.text)).toEqual(['کابل']);
    const kept = [at(s, 'کابل')];
    expect(dropCommonNouns(s, kept)).toBe(kept);
  });
});
