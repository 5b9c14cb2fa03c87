/** A capitalised German adjective inside a sentence is a word of another name (name-adjectives.ts). */
import { describe, expect, it } from 'vitest';
import { dropNameAdjectives, nameAdjective } from './name-adjectives';
import type { Match } from './types';

const at = (s: string, word: string, entity = 'kazakhstan'): Match => {
  const start = s.indexOf(word);
  return { entity, start, end: start + word.length, text: word, form: word, lang: 'de' } as Match;
};

describe('capitalised German adjectives inside a sentence', () => {
  it.each([
    ['Das Gastspiel des Kasachischen Staatlichen Sinfonieorchesters begann am Abend.', 'Kasachischen'],
    ['Im Frühjahr will das Ensemble mit dem Afghanischen Nationalen Musikinstitut auftreten.', 'Afghanischen'],
    ['Sie spielt im Usbekischen Staatsorchester, sagt er.', 'Usbekischen'],
  ])('%s → not the state', (s, w) => {
    expect(nameAdjective(s, at(s, w))).toBe(true);
  });

  it.each([
    ['Kasachische Händler liefern Mehl nach Kabul.', 'Kasachische'],
    ['Der Zug ist voll. Afghanische Händler warten in Hairatan.', 'Afghanische'],
    ['„Kasachisches Mehl ist billiger“, sagt er.', 'Kasachisches'],
    ['Handel mit Kabul: Kasachische Firmen wollen mehr liefern', 'Kasachische'],
    ['die kasachischen Händler in Kabul', 'kasachischen'],
    ['Gespräche mit Kasachstan in Astana', 'Kasachstan'],
  ])('%s → kept', (s, w) => {
    expect(nameAdjective(s, at(s, w))).toBe(false);
  });

  it('drops only the adjective inside the sentence and returns the same array when none is capitalised', () => {
    const s = 'Kasachische Firmen und das Kasachische Nationalorchester';
    const first = at(s, 'Kasachische');
    const second = { ...first, start: s.lastIndexOf('Kasachische'), end: s.lastIndexOf('Kasachische') + 11 };
    expect(dropNameAdjectives(s, [first, second])).toEqual([first]);
    const t = 'die kasachischen Firmen in Kasachstan';
    const ms = [at(t, 'kasachischen'), at(t, 'Kasachstan')];
    expect(dropNameAdjectives(t, ms)).toBe(ms);
  });
});
