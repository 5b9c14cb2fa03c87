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
    ['Er dirigierte beim\u00a0Kasachischen Rundfunk.', 'Kasachischen'],
    ['Gäste, Kasachische Philharmonie und Chor', 'Kasachische'],
    ['Seit 1994 Kasachisches Nationalballett genannt', 'Kasachisches'],
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
    ['Der Handel wächst.\nKasachische Firmen liefern.', 'Kasachische'],
    ['Er fragte (Afghanische Händler?) und ging.', 'Afghanische'],
    ['Sie sagte: Kasachische Züge fahren.', 'Kasachische'],
    ['  Afghanische Händler', 'Afghanische'],
  ])('%s → kept', (s, w) => {
    expect(nameAdjective(s, at(s, w))).toBe(false);
  });

  it('drops only the adjective inside the sentence and returns the same array when none is capitalised', () => {
    const s = 'Kasachische Firmen und das Kasachische Nationalorchester';
    const first = at(s, 'Kasachische');
    const second = { ...first, start: s.lastIndexOf('Kasachische'), end: s.lastIndexOf('Kasachische') + 11 };
    expect(dropNameAdjectives(s, [first, second])).toEqual([first]);
    // A list with one capitalised adjective among other names: only that one goes.
    const u = 'Firmen aus Kasachstan und das Kasachische Nationalorchester';
    const place = at(u, 'Kasachstan');
    const adjective = at(u, 'Kasachische');
    expect(dropNameAdjectives(u, [place, adjective])).toEqual([place]);
    const t = 'die kasachischen Firmen in Kasachstan';
    const ms = [at(t, 'kasachischen'), at(t, 'Kasachstan')];
    expect(dropNameAdjectives(t, ms)).toBe(ms);
  });
});
