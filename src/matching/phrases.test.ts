import { describe, expect, it } from 'vitest';
import { PhraseSet } from './phrases';
import { tokenize } from './tokenize';

/** Does the set touch the word `word` (its first occurrence) of `s`? */
const touches = (set: PhraseSet, s: string, word: string) => {
  const tk = tokenize(s);
  const at = s.indexOf(word);
  for (let i = 0; i < tk.count; i++) if (tk.start[i] === at) return set.touches(s, tk, i);
  throw new Error(`no word ${word}`);
};

describe('PhraseSet', () => {
  const titles = new PhraseSet(['President', 'Prime Minister', 'Mr', 'президент', 'رئیس جمهور', 'رئیس‌جمهور'], 'before');
  const senses = new PhraseSet(['language', 'кухня', 'Sprache', 'ژبه'], 'after');

  it('finds a title right before a word, one or several words long', () => {
    expect(touches(titles, 'President Ghani', 'Ghani')).toBe(true);
    expect(touches(titles, 'the Prime Minister Ghani', 'Ghani')).toBe(true);
    expect(touches(titles, 'Mr. Ghani', 'Ghani')).toBe(true);
    expect(touches(titles, 'رئیس جمهور غنی', 'غنی')).toBe(true);
    expect(touches(titles, 'رئیس‌جمهور غنی', 'غنی')).toBe(true);
  });
  it('takes inflection endings (президента, Sprachen, кухни)', () => {
    expect(touches(titles, 'президента Карзая', 'Карзая')).toBe(true);
    expect(touches(senses, 'kasachischen Sprachen', 'kasachischen')).toBe(true);
    expect(touches(senses, 'казахской кухни', 'казахской')).toBe(true);
  });
  it('not across sentence punctuation, not a partial phrase, not another word', () => {
    expect(touches(titles, 'the President. Ghani', 'Ghani')).toBe(false);
    expect(touches(titles, 'Minister Ghani', 'Ghani')).toBe(false);
    expect(touches(titles, 'Presidential Ghani', 'Ghani')).toBe(false);
    expect(touches(senses, 'Kazakh government', 'Kazakh')).toBe(false);
    expect(touches(senses, 'Kazakh, language', 'Kazakh')).toBe(false);
  });
  it('an empty set touches nothing', () => {
    expect(touches(new PhraseSet([], 'before'), 'President Ghani', 'Ghani')).toBe(false);
  });
});
