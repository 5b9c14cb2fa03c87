import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

const texts = (text: string, lang: string) => sentencesOf(text, lang).map((s) => s.text);
const spans = (text: string, lang: string) => sentencesOf(text, lang).map((s) => [s.index, s.start, s.end]);

describe('sentencesOf: German ordinals', () => {
  it('joins a day or ordinal of one or two digits to a month or an ordinal noun, in German only', () => {
    expect(texts('Er wurde im 21. Jahrhundert gebaut. Gut.', 'de')).toEqual(['Er wurde im 21. Jahrhundert gebaut.', 'Gut.']);
    expect(texts('Er wurde im 21. Jahrhundert gebaut. Gut.', 'de-AT')).toEqual(['Er wurde im 21. Jahrhundert gebaut.', 'Gut.']);
    expect(texts('Er wurde im 21. Jahrhundert gebaut. Gut.', 'en')).toEqual(['Er wurde im 21.', 'Jahrhundert gebaut.', 'Gut.']);
    expect(texts('Wir kamen am 3. Oktober an.', 'de')).toEqual(['Wir kamen am 3. Oktober an.']);
    expect(texts('Er kam zum 3. Mal. Gut.', 'de')).toEqual(['Er kam zum 3. Mal.', 'Gut.']);
  });
  it('keeps the split before any other capitalised word, and after three digits', () => {
    expect(texts('Wir waren 16. Das war gut.', 'de')).toEqual(['Wir waren 16.', 'Das war gut.']);
    expect(texts('Er kam am 16. Über alles.', 'de')).toEqual(['Er kam am 16.', 'Über alles.']);
    expect(texts('Platz 123. Mai war gut.', 'de')).toEqual(['Platz 123.', 'Mai war gut.']);
    expect(texts('Das war 1990. Danach kam 2000.', 'de')).toEqual(['Das war 1990.', 'Danach kam 2000.']);
  });
});

describe('sentencesOf: abbreviations', () => {
  it('never ends a sentence at an abbreviation of the language, whatever follows', () => {
    expect(texts('Mr. Smith arrived. He left.', 'en')).toEqual(['Mr. Smith arrived.', 'He left.']);
    expect(texts('MR. Smith arrived. He left.', 'en')).toEqual(['MR. Smith arrived.', 'He left.']);
    expect(texts('Mr. Smith arrived. He left.', 'de')).toEqual(['Mr.', 'Smith arrived.', 'He left.']);
    expect(texts('Он живёт на ул. Ленина. Хорошо.', 'ru')).toEqual(['Он живёт на ул. Ленина.', 'Хорошо.']);
    expect(texts('Он живёт на ул. Ленина. Хорошо.', 'en')).toEqual(['Он живёт на ул.', 'Ленина.', 'Хорошо.']);
  });
  it('sees an abbreviation behind an opening quote or bracket', () => {
    expect(texts('Er sagte „Dr. Azimi kam“. Ja.', 'de')).toEqual(['Er sagte „Dr. Azimi kam“.', 'Ja.']);
    expect(texts('Sie (Dr. Azimi) kam. Ja.', 'de')).toEqual(['Sie (Dr. Azimi) kam.', 'Ja.']);
    expect(texts('Er sagte „Da. Azimi kam“. Ja.', 'de')).toEqual(['Er sagte „Da.', 'Azimi kam“.', 'Ja.']);
  });
  it('splits after other short words before a capital, and after "!" or "?"', () => {
    expect(texts('Er sah abc. Éclair kam.', 'en')).toEqual(['Er sah abc.', 'Éclair kam.']);
    expect(texts('Stop! Go on. Why? Because.', 'en')).toEqual(['Stop!', 'Go on.', 'Why?', 'Because.']);
  });
});

describe('sentencesOf: lines, trimming and offsets', () => {
  it('cuts at every kind of line break, with exact offsets', () => {
    const text = 'Line one\r\nLine two\rLine three\u2028Line four\u2029Five';
    expect(spans(text, 'en')).toEqual([[0, 0, 8], [1, 10, 18], [2, 19, 29], [3, 30, 39], [4, 40, 44]]);
  });
  it('strips a bullet followed by a space only, and drops lines without a letter or digit', () => {
    const text = '---\n•NoSpace\n* Star\n  \n...\n– 5';
    expect(sentencesOf(text, 'en')).toEqual([
      { index: 0, start: 4, end: 12, text: '•NoSpace' },
      { index: 1, start: 15, end: 19, text: 'Star' },
      { index: 2, start: 29, end: 30, text: '5' },
    ]);
  });
  it('trims spaces on both sides of a sentence inside a line', () => {
    expect(spans('  A b.   C d.  ', 'en')).toEqual([[0, 2, 6], [1, 9, 13]]);
    expect(sentencesOf('', 'en')).toEqual([]);
    expect(sentencesOf('\n\n', 'en')).toEqual([]);
  });
});

describe('sentencesOf: boundaries found by mutation testing', () => {
  it('sees an abbreviation before any run of spaces', () => {
    expect(texts('Mr.  Smith arrived. He left.', 'en')).toEqual(['Mr.  Smith arrived.', 'He left.']);
  });
  it('strips every opening bracket or quote before an abbreviation, and only at its start', () => {
    expect(texts('Sie ((Dr. Azimi)) kam. Ja.', 'de')).toEqual(['Sie ((Dr. Azimi)) kam.', 'Ja.']);
    expect(texts('Er sah Dr(. Azimi kam.', 'de')).toEqual(['Er sah Dr(.', 'Azimi kam.']);
  });
  it('reads the next word only where the next segment starts with one', () => {
    expect(texts('Wir kamen am 3. „Mai“ an.', 'de')).toEqual(['Wir kamen am 3.', '„Mai“ an.']);
    expect(texts('Er kam am 16. (Gut) sagte er.', 'de')).toEqual(['Er kam am 16.', '(Gut) sagte er.']);
  });
});
