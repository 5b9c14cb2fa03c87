import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Match } from '../matching/types';
import { compileMatcher } from '../matching/compile';
import { deriveFacts, isBoilerplate, isHeading, paragraphOf } from './derive';
import { sentencesOf } from './sentences';

const ENTRIES: GazetteerEntry[] = [
  { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan' }, description: 'Country.' },
  { id: 'afghanistan', type: 'country', scope: 'core', names: { en: 'Afghanistan' }, description: 'Country.' },
  { id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul' }, description: 'City.' },
  { id: 'herat-earthquake', type: 'event', scope: 'core', names: { en: '2023 Herat earthquakes' }, cues: [['earthquake', 'herat']], description: 'Event.' },
];
const matcher = compileMatcher(ENTRIES);
const derive = (text: string, summaries = {}, given?: Match[]) => deriveFacts({ id: 'd', lang: 'en' }, text, matcher, ENTRIES, summaries, given);

describe('isHeading', () => {
  const heading = (text: string, i = 0) => isHeading(text, sentencesOf(text, 'en')[i]!);
  it('is a whole line of up to fifteen words without final punctuation', () => {
    expect(heading('Kazakhstan and Afghanistan\nBody text.')).toBe(true);
    expect(heading('Body text.\nKazakhstan and Afghanistan', 1)).toBe(true);
    expect(heading('Intro.\n• Kazakhstan sends aid\nBody.', 1)).toBe(true);
    expect(heading('Kazakhstan sends aid.\nBody.')).toBe(false);
    expect(heading('Kazakhstan sends aid!')).toBe(false);
    expect(heading('He said “Kazakhstan sends aid.”')).toBe(false);
    expect(heading('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen')).toBe(true);
    expect(heading('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen')).toBe(false);
  });
  it('is not a sentence that shares its line with another', () => {
    expect(heading('Kazakhstan sends aid. More aid follows', 1)).toBe(false);
  });
});

describe('isBoilerplate', () => {
  it('knows page furniture, trimmed, and nothing else', () => {
    expect(isBoilerplate('  Comments  ')).toBe(true);
    expect(isBoilerplate('Story Code : 307035')).toBe(true);
    expect(isBoilerplate('https://example.org/a.html')).toBe(true);
    expect(isBoilerplate('Comments on Kazakhstan were many.')).toBe(false);
  });
});

describe('paragraphOf', () => {
  const text = 'First line.\nSecond line here.\nThird.';
  it('is the line around a span', () => {
    expect(paragraphOf(text, 0, 5)).toEqual({ start: 0, end: 11 });
    expect(paragraphOf(text, 12, 18)).toEqual({ start: 12, end: 29 });
    expect(paragraphOf(text, 30, 36)).toEqual({ start: 30, end: 36 });
    expect(paragraphOf(text, 12, 12)).toEqual({ start: 12, end: 29 });
  });
});

describe('deriveFacts: details', () => {
  it('gives exact facts: ids by sentence index, quote offsets, no date key without a date', () => {
    const text = 'Kazakhstan helps Afghanistan. Kabul thanked Kazakhstan and Kazakhstan again.';
    expect(derive(text, { 'd#1': { quoteStart: 'Kabul', en: 'Kabul said thanks.' } })).toEqual([
      { id: 'd#0', source: 'd', lang: 'en', quote: 'Kazakhstan helps Afghanistan.', start: 0, end: 29, entities: ['kazakhstan', 'afghanistan'], topics: [], dates: [], quantities: [], summary: { en: '' } },
      { id: 'd#1', source: 'd', lang: 'en', quote: 'Kabul thanked Kazakhstan and Kazakhstan again.', start: 30, end: 76, entities: ['kabul', 'kazakhstan'], topics: [], dates: [], quantities: [], summary: { en: 'Kabul said thanks.' } },
    ]);
  });
  it('takes the first date as the fact\'s date and keeps all of them', () => {
    const [f] = derive('Kazakhstan met Afghanistan in May 2021 and in June 2022.');
    expect(f).toMatchObject({ date: '2021-05', dates: ['2021-05', '2022-06'] });
  });
  it('adds the entities of cue terms after the named ones, once each', () => {
    const [f] = derive('Kazakhstan helped after the earthquake in Herat, the Herat earthquake.');
    expect(f!.entities).toEqual(['kazakhstan', 'herat-earthquake']);
  });
  it('uses given mentions instead of matching, only those wholly inside a sentence', () => {
    const text = 'Aaa bbb ccc. Ddd eee fff.';
    const m = (entity: string, start: number, end: number): Match => ({ entity, start, end, text: text.slice(start, end), form: text.slice(start, end), lang: 'en' });
    expect(derive(text, {}, [m('kabul', 0, 3), m('afghanistan', 8, 14), m('kazakhstan', 13, 16), m('herat-earthquake', 21, 24)]).map((f) => [f.id, f.entities])).toEqual([
      ['d#0', ['kabul']],
      ['d#1', ['kazakhstan', 'herat-earthquake']],
    ]);
    expect(derive(text, {}, [])).toEqual([]);
  });
  it('links a nameless figure to its paragraph only when it states a figure or a date', () => {
    const text = 'Kazakhstan sent aid. It was 45 tons. It was welcome. It came in May 2021.\nNo names. It was 5 tons.';
    expect(derive(text).map((f) => [f.id, f.entities])).toEqual([
      ['d#0', ['kazakhstan']],
      ['d#1', ['kazakhstan']],
      ['d#3', ['kazakhstan']],
    ]);
  });
  it('skips a dateline of dates, times and names only, but not a dated statement', () => {
    expect(derive('8 February 2025, 13:06 Kabul\nKabul, 8 February 2025: Kazakhstan sends aid.').map((f) => f.quote)).toEqual([
      'Kabul, 8 February 2025: Kazakhstan sends aid.',
    ]);
    expect(derive('Kabul 8 February 2025 Kazakhstan 9 February 2025.').map((f) => f.quote)).toEqual([]);
    expect(derive('Kabul Kazakhstan.').map((f) => f.quote)).toEqual(['Kabul Kazakhstan.']);
  });
});

describe('derive.ts: boundaries found by mutation testing', () => {
  const heading = (text: string, i = 0) => isHeading(text, sentencesOf(text, 'en')[i]!);
  it('isHeading: a one-letter line, spaces around the line, a dash inside it, a bullet with two spaces, double spaces', () => {
    expect(heading('A\nBody text.')).toBe(true);
    expect(heading('  Kazakhstan and Afghanistan  \nBody.')).toBe(true);
    expect(heading('Kazakh - Afghan ties\nBody.')).toBe(true);
    expect(heading('Intro.\n•  Kazakhstan sends aid\nBody.', 1)).toBe(true);
    expect(heading('one two three four five six seven eight nine ten eleven twelve thirteen fourteen  fifteen')).toBe(true);
  });
  it('paragraphOf: a one-letter first line', () => {
    expect(paragraphOf('A\nB', 0, 1)).toEqual({ start: 0, end: 1 });
  });
  it('skips a dateline ending in a period on any line, with the names cut at their own offsets', () => {
    expect(derive('Kazakhstan sends aid.\nKabul, 8 February 2025, 13:06.').map((f) => f.quote)).toEqual(['Kazakhstan sends aid.']);
    expect(derive('Kabul, 8 February 2025, 13:06.').map((f) => f.quote)).toEqual([]);
  });
  it('does not take letters beside a colon for a time', () => {
    expect(derive('Kabul, 8 February 2025, ab:12 Kazakhstan.').map((f) => f.id)).toEqual(['d#0']);
    expect(derive('Kabul, 8 February 2025, 12:ab Kazakhstan.').map((f) => f.id)).toEqual(['d#0']);
  });
  it('counts a mention that ends where its sentence ends', () => {
    expect(derive('Kazakhstan sent aid. Thanks Kabul').map((f) => [f.id, f.entities])).toEqual([
      ['d#0', ['kazakhstan']],
      ['d#1', ['kabul']],
    ]);
  });
  it('does not repeat an entity named both by name and by a cue', () => {
    expect(derive('Kazakhstan helped after the 2023 Herat earthquakes, the Herat earthquake.')[0]!.entities).toEqual(['kazakhstan', 'herat-earthquake']);
  });
  it('reads the cue terms of a nameless figure\'s own paragraph only', () => {
    expect(derive('The earthquake hit Herat.\nIt cost 5 million dollars.').map((f) => f.id)).toEqual(['d#0']);
  });
  it('lets only firm mentions support an ambiguous name inside a longer one', () => {
    const entries: GazetteerEntry[] = [
      { id: 'astana', type: 'city', scope: 'core', names: { en: 'Astana' }, aliases: { en: ['Nur-Sultan'] }, ambiguous: ['Astana'], description: 'City.' },
      { id: 'oic', type: 'organization', scope: 'context', names: { en: 'Organisation of Islamic Cooperation' }, aliases: { en: ['OIC'] }, ambiguous: ['OIC'], caseSensitive: ['OIC'], context: ['astana'], description: 'Org.' },
      { id: 'oic-summit', type: 'event', scope: 'core', names: { en: 'OIC summit' }, description: 'Event.' },
    ];
    const text = 'Astana hosted the OIC summit.';
    const m = (entity: string, form: string, start: number): Match => ({ entity, form, start, end: start + form.length, text: form, lang: 'en' });
    const run = (first: Match) => deriveFacts({ id: 'a', lang: 'en' }, text, compileMatcher(entries), entries, {}, [first, m('oic-summit', 'OIC summit', 18)]);
    expect(run(m('astana', 'Astana', 0))[0]!.entities).toEqual(['astana', 'oic-summit']);
    const firm = 'Nur-Sultan hosted the OIC summit.';
    const out = deriveFacts({ id: 'a', lang: 'en' }, firm, compileMatcher(entries), entries, {}, [m('astana', 'Nur-Sultan', 0), m('oic-summit', 'OIC summit', 22)]);
    expect(out[0]!.entities).toEqual(['astana', 'oic-summit', 'oic']);
  });
});
