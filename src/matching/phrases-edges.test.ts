// The edges of PhraseSet: where a phrase may stand (text start and end, gaps, abbreviations), how
// far inflection reaches, and German compounds (compoundTouches), which phrases.test.ts leaves out.
import { describe, expect, it } from 'vitest';
import { PhraseSet } from './phrases';
import { tokenize } from './tokenize';

/** Word index of the word starting at the first occurrence of `word` in `s`. */
const indexOf = (s: string, word: string) => {
  const tk = tokenize(s);
  const at = s.indexOf(word);
  for (let i = 0; i < tk.count; i++) if (tk.start[i] === at) return { tk, i };
  throw new Error(`no word ${word}`);
};
const touches = (set: PhraseSet, s: string, word: string) => {
  const { tk, i } = indexOf(s, word);
  return set.touches(s, tk, i);
};
const compound = (set: PhraseSet, s: string, word: string) => {
  const { tk, i } = indexOf(s, word);
  return set.compoundTouches(s, tk, i);
};

describe('PhraseSet.touches at the edges of the text', () => {
  const titles = new PhraseSet(['President', 'Prime Minister', 'Dr', 'Prof'], 'before');
  const senses = new PhraseSet(['language', 'national cuisine'], 'after');

  it('nothing before the first word, nothing after the last', () => {
    expect(touches(titles, 'Ghani spoke', 'Ghani')).toBe(false);
    expect(touches(senses, 'the Kazakh', 'Kazakh')).toBe(false);
  });
  it('a phrase after the name, one or two words long', () => {
    expect(touches(senses, 'Kazakh language', 'Kazakh')).toBe(true);
    expect(touches(senses, 'Afghan national cuisine', 'Afghan')).toBe(true);
    expect(touches(senses, 'Afghan national', 'Afghan')).toBe(false);
    expect(touches(senses, 'Afghan national dish', 'Afghan')).toBe(false);
    expect(touches(senses, 'Afghan national, cuisine', 'Afghan')).toBe(false);
  });
  it('a two-word title whose first word would lie before the text is no title', () => {
    expect(touches(titles, 'Minister Ghani', 'Ghani')).toBe(false);
    expect(touches(titles, 'Prime Minister Ghani', 'Ghani')).toBe(true);
  });
  it('soft gaps: a hyphen or one line break, not two line breaks or a comma', () => {
    expect(touches(titles, 'Prime-Minister Ghani', 'Ghani')).toBe(true);
    expect(touches(titles, 'Prime\nMinister Ghani', 'Ghani')).toBe(true);
    expect(touches(titles, 'Prime\n\nMinister Ghani', 'Ghani')).toBe(false);
    expect(touches(titles, 'Prime, Minister Ghani', 'Ghani')).toBe(false);
    expect(touches(titles, 'President\n\nGhani', 'Ghani')).toBe(false);
  });
  it('a period after a title of up to three letters before the name, followed by a gap', () => {
    expect(touches(titles, 'Dr. Azimi', 'Azimi')).toBe(true);
    expect(touches(titles, 'Dr.Azimi', 'Azimi')).toBe(false);
    expect(touches(titles, 'Prof. Azimi', 'Azimi')).toBe(false);
    expect(touches(titles, 'Prof Azimi', 'Azimi')).toBe(true);
    expect(touches(titles, 'Dr, Azimi', 'Azimi')).toBe(false);
  });
  it('no abbreviation period inside a phrase or after the name', () => {
    const after = new PhraseSet(['ethnic', 'ssr'], 'after');
    expect(touches(after, 'Kaz. ssr', 'Kaz')).toBe(false);
    expect(touches(after, 'Kaz ssr', 'Kaz')).toBe(true);
    const two = new PhraseSet(['Dr med'], 'before');
    expect(touches(two, 'Dr med Azimi', 'Azimi')).toBe(true);
    expect(touches(two, 'Dr. med Azimi', 'Azimi')).toBe(false);
  });
});

describe('PhraseSet.touches: inflection', () => {
  const senses = new PhraseSet(['кухня', 'Sprache', 'cuisine'], 'after');
  it('an ending of up to five letters on the word or its declension stem', () => {
    expect(touches(senses, 'Kazakh cuisines', 'Kazakh')).toBe(true);
    expect(touches(senses, 'kasachische Sprachen', 'kasachische')).toBe(true);
    expect(touches(senses, 'казахская кухней', 'казахская')).toBe(true);
    expect(touches(senses, 'казахская кухнями', 'казахская')).toBe(true);
  });
  it('not a longer word, not an ending that is no inflection', () => {
    expect(touches(senses, 'Kazakh cuisinez', 'Kazakh')).toBe(false);
    expect(touches(senses, 'Kazakh cuisinesque', 'Kazakh')).toBe(false);
    expect(touches(senses, 'kasachische Sprachx', 'kasachische')).toBe(false);
  });
  it('a stem shorter than three letters is never cut to', () => {
    const short = new PhraseSet(['ab'], 'after');
    expect(touches(short, 'Kazakh ab', 'Kazakh')).toBe(true);
    expect(touches(short, 'Kazakh abs', 'Kazakh')).toBe(false);
    const three = new PhraseSet(['abc'], 'after');
    expect(touches(three, 'Kazakh abcs', 'Kazakh')).toBe(true);
  });
});

describe('PhraseSet.compoundTouches (German compounds after a name)', () => {
  const foods = new PhraseSet(['Wurst', 'Käse', 'Tee', 'Handwerk', 'Eis', 'Ei'], 'after');

  it('a one-word phrase of four or more letters as the head of the next word', () => {
    expect(compound(foods, 'kasachische Pferdewurst', 'kasachische')).toBe(true);
    expect(compound(foods, 'kasachische Abcdwurst', 'kasachische')).toBe(true);
    expect(compound(foods, 'kasachischer Schafskäse', 'kasachischer')).toBe(true);
  });
  it('the part before the head has at least four letters', () => {
    expect(compound(foods, 'kasachische Abcwurst', 'kasachische')).toBe(false);
    expect(compound(foods, 'kasachische Wurst', 'kasachische')).toBe(false);
  });
  it('the head may carry an inflection ending', () => {
    expect(compound(foods, 'kasachischen Pferdewursten', 'kasachischen')).toBe(true);
    expect(compound(foods, 'Afghanistans Ziegenkäses', 'Afghanistans')).toBe(true);
    expect(compound(foods, 'kasachische Pferdewurstx', 'kasachische')).toBe(false);
  });
  it('a three-letter phrase is no head, but a class noun before a kind word counts', () => {
    expect(compound(foods, 'afghanischer Kräutertee', 'afghanischer')).toBe(false);
    expect(compound(foods, 'afghanische Teezeremonie', 'afghanische')).toBe(true);
    expect(compound(foods, 'kasachische Käsesorten', 'kasachische')).toBe(true);
    expect(compound(foods, 'kasachische Eissorten', 'kasachische')).toBe(true);
  });
  it('the class noun before a kind word has at least three letters; a linking s, n or e is dropped', () => {
    expect(compound(foods, 'kasachische Eisorten', 'kasachische')).toBe(false);
    expect(compound(foods, 'afghanische Handwerkskunst', 'afghanische')).toBe(true);
    expect(compound(foods, 'afghanische Handwerkxkunst', 'afghanische')).toBe(false);
    expect(compound(foods, 'afghanische Blumenkunst', 'afghanische')).toBe(false);
  });
  it('only right after the name, across a soft gap, and only for a set of phrases after the name', () => {
    expect(compound(foods, 'kasachische, Pferdewurst', 'kasachische')).toBe(false);
    expect(compound(foods, 'kasachische', 'kasachische')).toBe(false);
    expect(compound(new PhraseSet(['Wurst'], 'before'), 'kasachische Pferdewurst', 'kasachische')).toBe(false);
    expect(compound(new PhraseSet([], 'after'), 'kasachische Pferdewurst', 'kasachische')).toBe(false);
  });
  it('compoundTouches builds the set on first use too', () => {
    const fresh = new PhraseSet(['Wurst'], 'after');
    expect(compound(fresh, 'kasachische Pferdewurst', 'kasachische')).toBe(true);
    expect(touches(fresh, 'kasachische Wurst', 'kasachische')).toBe(true);
  });
});
