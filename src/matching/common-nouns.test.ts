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

describe('indefiniteNoun edges', () => {
  const is = (s: string, w: string, form = w) => {
    const start = s.indexOf(w);
    return indefiniteNoun(s, { entity: 'x', start, end: start + w.length, text: w, form, lang: 'fa' });
  };
  it('the determiner right before, across a space or NBSP, not across punctuation or with no space', () => {
    expect(is('یک کابل', 'کابل')).toBe(true);
    expect(is('یک\u00a0کابل', 'کابل')).toBe(true);
    expect(is('یک  کابل', 'کابل')).toBe(true);
    expect(is('یک، کابل', 'کابل')).toBe(false);
    expect(is('یککابل', 'کابل')).toBe(false);
    expect(is('کابل', 'کابل')).toBe(false);
    expect(is(' کابل', 'کابل')).toBe(false);
  });
  it('a ZWNJ is part of the word before (and folds away); words longer than six letters are not looked up', () => {
    expect(is('یو\u200c کابل', 'کابل')).toBe(true);
    expect(is('یو\u200cیو کابل', 'کابل')).toBe(false);
    expect(is('یوهیوهیوه کابل', 'کابل')).toBe(false);
  });
  it('Pashto: one adjective of size or age between the determiner and the noun, not two, not another word', () => {
    expect(is('یو لوی مزار', 'مزار')).toBe(true);
    expect(is('یوه نوې کابل', 'کابل')).toBe(true);
    expect(is('لوی مزار', 'مزار')).toBe(false);
    expect(is('یو لوی نوی مزار', 'مزار')).toBe(false);
    expect(is('یو ښه مزار', 'مزار')).toBe(false);
    expect(is('یو، لوی مزار', 'مزار')).toBe(false);
  });
  it('not an adjective made from the name (ی/ي/ۍ added), nor a demonym; a name that itself ends so is asked', () => {
    expect(is('یوه هراتي کورنۍ', 'هراتي', 'هرات')).toBe(false);
    expect(is('یو هراتی', 'هراتی', 'هرات')).toBe(false);
    expect(is('یو هراتۍ', 'هراتۍ', 'هرات')).toBe(false);
    expect(is('یو افغان سوداګر', 'افغان')).toBe(false);
    expect(is('یک دوشنبه', 'دوشنبه')).toBe(true);
    expect(is('یک کابلی', 'کابلی')).toBe(true);
  });
  it('only Arabic script: the first letter decides', () => {
    expect(is('یک Kabul', 'Kabul')).toBe(false);
    expect(is('یک \u0600ab', '\u0600ab')).toBe(true);
    expect(is('یک \u06ffab', '\u06ffab')).toBe(true);
    expect(is('یک \u0700ab', '\u0700ab')).toBe(false);
  });
  it('dropCommonNouns keeps the list when nothing goes, and the rest in order when one does', () => {
    const s = 'کابل و یک کابل و هرات';
    const ms: Match[] = [0, 10, 17].map((start) => ({ entity: 'x', start, end: start + (start === 17 ? 4 : 4), text: s.slice(start, start + 4), form: s.slice(start, start + 4), lang: 'fa' }));
    const kept = dropCommonNouns(s, ms);
    expect(kept.map((x) => x.start)).toEqual([0, 17]);
    const none = [ms[0]!, ms[2]!];
    expect(dropCommonNouns(s, none)).toBe(none);
  });
});
