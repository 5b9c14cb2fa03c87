/**
 * other-senses.ts and name-parts.ts with the shipped data (data/sense-rules.json): a place name
 * that is a word of another name, and the club named after its city, one sense per document —
 * exact mentions, in any block order, and the city kept where it is meant.
 */
import { describe, expect, it } from 'vitest';
import { matchDocument, OneSense } from './document';
import { partOfAnotherName } from './name-parts';
import { clubsNamedIn, nearSports } from './other-senses';
import { shippedMatcher } from './shipped.test-data';

const m = shippedMatcher();
const doc = (...blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => [x.text, x.entity, x.start, x.end]));
const at = (s: string, name: string) => [s.indexOf(name), s.indexOf(name) + name.length] as const;

describe('a place name that is a word of another name', () => {
  it('head words after or before it, with a space or a hyphen', () => {
    for (const [s, name] of [
      ['a film called Kabul Express', 'Kabul'],
      ['der Almaty-Marathon im Herbst', 'Almaty'],
      ['sprach bei Radio Kabul', 'Kabul'],
      ['the Tour of Almaty ended', 'Almaty'],
    ] as const) expect(partOfAnotherName(s, ...at(s, name)), s).toBe(true);
    expect(partOfAnotherName('the Kabul-Besuch', ...at('the Kabul-Besuch', 'Kabul'))).toBe(false);
  });
  it('English running text: a capitalised word after it, not a weekday, not in a Title Case headline, not in German', () => {
    const s = 'In the evening the singer of Kabul Dreams played for the guests.';
    expect(partOfAnotherName(s, ...at(s, 'Kabul'))).toBe(true);
    const monday = 'The talks were held in the city of Kabul Monday and ended with a statement.';
    expect(partOfAnotherName(monday, ...at(monday, 'Kabul'))).toBe(false);
    const title = 'Kazakhstan Sends Wheat To Kabul As Trade Grows';
    expect(partOfAnotherName(title, ...at(title, 'Kabul'))).toBe(false);
    const de = 'Die Delegation hat in Kabul Gespräche mit der Regierung und den Banken geführt.';
    expect(partOfAnotherName(de, ...at(de, 'Kabul'))).toBe(false);
  });
  it('Russian: alone in quotes, or with other words in short guillemets', () => {
    const s = 'Делегацию разместили в отеле «Кабул Серена», а потом в гостинице «Казахстан».';
    expect(partOfAnotherName(s, ...at(s, 'Кабул'))).toBe(true);
    expect(partOfAnotherName(s, ...at(s, 'Казахстан'))).toBe(true);
  });
  it('through the matcher: cities and listed states are dropped; the adjective before a name is kept', () => {
    expect(doc('India Mahdavi designed the lobby of the hotel in the centre of Almaty.')).toEqual([[['Almaty', 'almaty', 63, 69]]]);
    expect(doc('Экскурсия началась у гостиницы «Казахстан» в Алматы.')).toEqual([[['Алматы', 'almaty', 45, 51]]]);
    expect(doc('The aid was handed over to the Afghan Red Crescent in Kabul.')).toEqual([
      [['Afghan', 'afghanistan', 31, 37], ['Kabul', 'kabul', 54, 59]],
    ]);
  });
});

describe('a club named after its city: one sense per document', () => {
  it('finds the club by its cues, whole words only, case-insensitive', () => {
    expect(clubsNamedIn('Der FC Astana gewann.')).toEqual(['astana']);
    expect(clubsNamedIn('болельщики «Астаны» пели')).toEqual(['astana']);
    expect(clubsNamedIn('the ABCFC Astana')).toEqual([]);
    expect(clubsNamedIn('a trip to Astana')).toEqual([]);
  });
  it('a sports word in the same sentence', () => {
    const s = 'It rained. Astana’s supporters filled the stadium. Later we went home.';
    expect(nearSports(s, ...at(s, 'Astana'))).toBe(true);
    const t = 'The fans went home. The delegation flew to Astana on Monday.';
    expect(nearSports(t, ...at(t, 'Astana'))).toBe(false);
  });
  it('after "FC Astana", the bare name by a sports word is the club; the city elsewhere stays', () => {
    expect(doc(
      'On Saturday FC Astana beat Tobol 2–0.',
      "Astana's supporters filled most of its seats.",
      'The delegation then flew back to Astana for talks.',
    )).toEqual([[], [], [['Astana', 'astana', 33, 39]]]);
  });
  it('the same when the club is named only in a later block (blocks matched again)', () => {
    expect(doc('Trainer und Spieler von Astana gelten als heimstark.', 'Der FC Astana ist der erfolgreichste Verein.')).toEqual([[], []]);
    const sense = new OneSense<string>();
    const first = sense.match(m, 'a', 'Trainer und Spieler von Astana gelten als heimstark.');
    expect(first.matches.map((x) => x.text)).toEqual(['Astana']);
    const second = sense.match(m, 'b', 'Der FC Astana ist der erfolgreichste Verein.');
    expect(second.recheck).toEqual(['a']);
    expect(sense.match(m, 'a', 'Trainer und Spieler von Astana gelten als heimstark.').matches).toEqual([]);
  });
  it('a block matched in pieces: the piece with the bare name is matched again once a later piece names the club', () => {
    const sense = new OneSense<string>();
    expect(sense.match(m, 'long', "Astana's fans sang all night.").matches.map((x) => x.text)).toEqual(['Astana']);
    const next = sense.match(m, 'long', 'FC Astana won the league.');
    expect(next.recheck).toEqual(['long']);
    expect(next.matches).toEqual([]);
  });
  it('a document that never names the club keeps the city, sports word or not', () => {
    expect(doc('The national team trained in Astana before the match.')).toEqual([[['Astana', 'astana', 29, 35]]]);
  });
});
