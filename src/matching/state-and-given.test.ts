/**
 * stateNounAfter (state-nouns.ts) and anotherGivenName (given-names.ts) on tokens directly: the
 * word they read, the gap before it, and the words that may or may not begin a name.
 */
import { describe, expect, it } from 'vitest';
import { anotherGivenName } from './given-names';
import { stateNounAfter } from './state-nouns';
import { tokenize } from './tokenize';

/** The answer for the word `word` (its first occurrence) of `s`. */
const tokenOf = (s: string, word: string) => {
  const tk = tokenize(s);
  const at = s.indexOf(word);
  const t = Array.from({ length: tk.count }, (_, k) => k).find((k) => tk.start[k] === at);
  if (t === undefined) throw new Error(`${word} is not a word of ${s}`);
  return { tk, t };
};
const nounAfter = (s: string, word: string) => {
  const { tk, t } = tokenOf(s, word);
  return stateNounAfter(s, tk, t);
};
const given = (s: string, word: string) => {
  const { tk, t } = tokenOf(s, word);
  return anotherGivenName(s, tk, t);
};

describe('stateNounAfter', () => {
  it('a noun of the state next, folded, across a soft gap', () => {
    expect(nounAfter('the Tajik border', 'Tajik')).toBe(true);
    expect(nounAfter('the Tajik Government', 'Tajik')).toBe(true);
    expect(nounAfter('die tadschikische\u00a0Grenze', 'tadschikische')).toBe(true);
    expect(nounAfter('таджикской границы', 'таджикской')).toBe(true);
  });
  it('not across punctuation or two line breaks, not another noun, not at the end of the text', () => {
    expect(nounAfter('the Tajik, border', 'Tajik')).toBe(false);
    expect(nounAfter('the Tajik\n\nborder', 'Tajik')).toBe(false);
    expect(nounAfter('the Tajik language', 'Tajik')).toBe(false);
    expect(nounAfter('the Tajik', 'Tajik')).toBe(false);
    expect(nounAfter('the Tajik borderland', 'Tajik')).toBe(false);
  });
});

describe('anotherGivenName', () => {
  it('a capitalised word inside a sentence before the surname is another given name', () => {
    expect(given('the footballer Daulet Kabulov scored', 'Kabulov')).toBe(true);
    expect(given('вратарь Динмухамед Кунаев', 'Кунаев')).toBe(true);
    expect(given("the striker O'Neil Kabulov", 'Kabulov')).toBe(true);
  });
  it('not a title or a word that never begins a name, not a lower-case word, not Arabic script', () => {
    expect(given('the talks with President Ghani', 'Ghani')).toBe(false);
    expect(given('the talks And Ghani', 'Ghani')).toBe(false);
    expect(given('the talks with Ghani', 'Ghani')).toBe(false);
    expect(given('گفت اشرف غنی', 'غنی')).toBe(false);
    expect(given('a DAULET Kabulov', 'Kabulov')).toBe(false);
  });
  it('not at the start of a sentence or of the text: the word before the given name must be in the same sentence', () => {
    expect(given('Daulet Kabulov scored', 'Kabulov')).toBe(false);
    expect(given('He left. Daulet Kabulov scored', 'Kabulov')).toBe(false);
    expect(given('He said: Daulet Kabulov', 'Kabulov')).toBe(false);
    expect(given('He said «Daulet Kabulov', 'Kabulov')).toBe(false);
    expect(given('He (Daulet Kabulov', 'Kabulov')).toBe(false);
    expect(given('He – Daulet Kabulov', 'Kabulov')).toBe(false);
    expect(given('He\nDaulet Kabulov', 'Kabulov')).toBe(false);
  });
  it('the given name must stand right before the surname, separated by a soft gap', () => {
    expect(given('the player Daulet, Kabulov', 'Kabulov')).toBe(false);
    expect(given('the player Daulet-Kabulov', 'Kabulov')).toBe(true);
    expect(given('Kabulov', 'Kabulov')).toBe(false);
  });
});
