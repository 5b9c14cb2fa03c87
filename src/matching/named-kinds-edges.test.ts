/**
 * namedThing and dropNamedThings at their edges (decision 0273): which scripts and letters are
 * asked, the quotes a name may stand in, German compounds by their tail, naming words, the
 * document's later uses, and quoted things noted before the matcher sees them.
 */
import { describe, expect, it } from 'vitest';
import { dropNamedThings, namedThing, noteQuotedThings, wordsBefore } from './named-kinds';
import type { Match } from './types';

const m = (s: string, text: string, from = 0): Match => {
  const start = s.indexOf(text, from);
  return { entity: 'x', start, end: start + text.length, text, form: text, lang: 'en' };
};
const named = (s: string, text: string, from = 0) => namedThing(s, m(s, text, from));

describe('namedThing', () => {
  it('a kind noun right before the name, bare or in each opening quote', () => {
    expect(named('the tanker Astana left', 'Astana')).toBe(true);
    for (const q of ['"', "'", '«', '„', '“', '‘', '‚', '‹']) expect(named(`the tanker ${q}Astana`, 'Astana'), q).toBe(true);
    expect(named('the tanker (Astana)', 'Astana')).toBe(false);
  });
  it('only a capitalised Latin or Cyrillic name: not lower case, not Arabic script, not Cyrillic supplement', () => {
    expect(named('the tanker astana', 'astana')).toBe(false);
    expect(named('کشتی آستانه', 'آستانه')).toBe(false);
    expect(named('теплоход Астана', 'Астана')).toBe(true);
    expect(named('теплоход Ԥстана', 'Ԥстана')).toBe(false);
  });
  it('a name at the start of the text, or after punctuation, has no kind before it', () => {
    expect(named('Astana left', 'Astana')).toBe(false);
    expect(named('the tanker, Astana', 'Astana')).toBe(false);
    expect(named('the tanker\u00a0Astana', 'Astana')).toBe(true);
  });
  it('German compounds end in their kind: a tail of four letters or more after three or more', () => {
    expect(named('der Frachtdampfer Astana', 'Astana')).toBe(true);
    expect(named('die Umhängetasche „Balkh“', 'Balkh')).toBe(true);
    expect(named('die Umhängetasche Balkh', 'Balkh')).toBe(false); // a product's name only in quotes
    expect(named('der Abhund Kabul', 'Kabul')).toBe(false); // "hund": a tail of four after only two letters
    expect(named('der Abchund Kabul', 'Kabul')).toBe(true);
    expect(named('the partnership Kabul', 'Kabul')).toBe(false); // English words are not read by their tails
  });
  it('naming words between the kind and the name, all of them, after the kind', () => {
    expect(named('ein Kater namens Kabul', 'Kabul')).toBe(true);
    expect(named('кобыла по кличке Астана', 'Астана')).toBe(true);
    expect(named('кобыла по Астана', 'Астана')).toBe(false);
    expect(named('a friend named Kabul', 'Kabul')).toBe(false);
    expect(named('named Kabul', 'Kabul')).toBe(false);
    expect(named('по кличке Астана', 'Астана')).toBe(false);
  });
});

describe('wordsBefore', () => {
  it('up to four words through spaces only, nearest last, folded', () => {
    expect(wordsBefore('One Two Three Four Five X', 24)).toEqual(['two', 'three', 'four', 'five']);
    expect(wordsBefore('a, b c X', 7)).toEqual(['b', 'c']);
    expect(wordsBefore('abc X', 5)).toEqual([]);
    expect(wordsBefore('abc X', 4)).toEqual(['abc']);
    expect(wordsBefore(`${'y'.repeat(100)} X`, 101)).toEqual(['y'.repeat(79)]); // the window is the 80 characters before: one space and 79 letters
  });
  it('an astral letter is part of a word; a lone surrogate ends it', () => {
    expect(wordsBefore('a\u{1d400}b X', 5)).toEqual(['a\u{1d400}b']);
    expect(wordsBefore('a\udc00b X', 4)).toEqual(['b']);
  });
});

describe('dropNamedThings across a document', () => {
  it('a kind\'s name is dropped there and in later blocks; a quoted product only where it is quoted', () => {
    const seen = new Set<string>();
    const s1 = 'The tanker Astana docked. Die Tasche „Balkh“ sold.';
    expect(dropNamedThings(s1, [m(s1, 'Astana'), m(s1, 'Balkh')], seen)).toEqual([]);
    expect([...seen]).toEqual(['Astana']);
    const s2 = 'Astana sailed on; Balkh is a province.';
    expect(dropNamedThings(s2, [m(s2, 'Astana'), m(s2, 'Balkh')], seen).map((x) => x.text)).toEqual(['Balkh']);
  });
  it('without a document set, only the block itself', () => {
    const s = 'the tanker Astana and Astana';
    expect(dropNamedThings(s, [m(s, 'Astana'), m(s, 'Astana', 12)]).map((x) => x.start)).toEqual([22]);
  });
});

describe('noteQuotedThings', () => {
  it('notes a capitalised name alone in quotes after a kind, up to its closing quote', () => {
    const n = new Set<string>();
    noteQuotedThings('Die Stute „Astana“ siegte, das Schiff «Kabul» auch, the ship "Herat Star" not.', n);
    expect([...n].sort()).toEqual(['Astana', 'Kabul']);
  });
  it('not after a product noun, not a lower-case or unclosed name, not without a kind', () => {
    const n = new Set<string>();
    noteQuotedThings('die Tasche „Balkh“, das Schiff „astana“, das Schiff „Kabul, ein „Herat“', n);
    expect([...n]).toEqual([]);
  });
});
