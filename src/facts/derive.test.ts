import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileMatcher } from '../matching/compile';
import { deriveFacts } from './derive';

const ENTRIES: GazetteerEntry[] = [
  { id: 'kazakhstan', type: 'country', scope: 'core', names: { en: 'Kazakhstan', de: 'Kasachstan', fa: 'قزاقستان' }, aliases: { en: ['Kazakh'] }, description: 'Country.' },
  { id: 'afghanistan', type: 'country', scope: 'core', names: { en: 'Afghanistan', fa: 'افغانستان' }, aliases: { en: ['Afghan'] }, description: 'Country.' },
  { id: 'kabul', type: 'city', scope: 'core', names: { en: 'Kabul', fa: 'کابل' }, description: 'City.' },
  { id: 'herat-earthquake', type: 'event', scope: 'core', names: { en: '2023 Herat earthquakes' }, cues: [['earthquake', 'herat']], description: 'Event.' },
];
const matcher = compileMatcher(ENTRIES);

const TEXT = [
  'Publish dateSaturday 8 February 2025 - 13:06',
  'Story Code : 307035',
  'Kazakhstan and Afghanistan; Mutual Interest',
  'Humanitarian aid',
  'In October 2023, after an earthquake struck the city of Herat, Kazakhstan sent 45 people. The weather was fine.',
  'In 2024, an Afghan delegation visited Kazakh officials in Kabul to discuss trade of $ 3 billion.',
  'https://example.org/kazakhstan.html',
  'Comments',
].join('\n');

describe('deriveFacts', () => {
  // Derived inside the tests, not while the file loads: Stryker activates a mutant from its beforeAll hook on.
  const facts = () =>
    deriveFacts({ id: 'doc', lang: 'en' }, TEXT, matcher, ENTRIES, {
      'doc#4': { quoteStart: 'In October 2023', en: 'In October 2023 Kazakhstan sent a team of 45 people.' },
    });

  it('makes one fact per linked sentence, skipping headings, boilerplate and unlinked sentences', () => {
    expect(facts().map((f) => f.id)).toEqual(['doc#4', 'doc#6']);
  });

  it('fills every field from the sentence itself', () => {
    const [a, b] = facts();
    expect(a).toMatchObject({
      source: 'doc',
      lang: 'en',
      entities: ['kazakhstan', 'herat-earthquake'],
      topics: ['humanitarian'],
      date: '2023-10',
      dates: ['2023-10'],
      quantities: [{ text: '45 people', value: 45, unit: 'people' }],
      summary: { en: 'In October 2023 Kazakhstan sent a team of 45 people.' },
    });
    expect(TEXT.slice(a!.start, a!.end)).toBe(a!.quote);
    expect(b).toMatchObject({
      entities: ['afghanistan', 'kazakhstan', 'kabul'],
      topics: ['trade', 'diplomacy'],
      date: '2024',
      quantities: [{ text: '$ 3 billion', value: 3e9, unit: 'USD' }],
      summary: { en: '' },
    });
    expect(TEXT.slice(b!.start, b!.end)).toBe(b!.quote);
  });

  it('links a Persian sentence and skips a dateline that only names a place', () => {
    const fa = 'قزاقستان با افغانستان همکاری می کند.\n\n21 سنبله 1396, 12:28 کابل\nComments';
    const out = deriveFacts({ id: 'p', lang: 'fa' }, fa, matcher, ENTRIES, {});
    expect(out.map((f) => [f.id, f.entities])).toEqual([['p#0', ['kazakhstan', 'afghanistan']]]);
  });

  it('links a fact to the names inside a longer name', () => {
    const entries: GazetteerEntry[] = [
      ...ENTRIES,
      { id: 'afghan-security-forces', type: 'organization', scope: 'core', names: { en: 'Afghan security forces' }, description: 'Forces.' },
    ];
    const out = deriveFacts({ id: 'n', lang: 'en' }, 'Kazakhstan pledged to support the Afghan security forces.', compileMatcher(entries), entries, {});
    expect(out.map((f) => f.entities)).toEqual([['kazakhstan', 'afghan-security-forces', 'afghanistan']]);
  });

  it('makes a fact of a sentence with a figure or a date but no name, linked to what its paragraph names', () => {
    const text = [
      'The Afghan envoy met Kazakh officials in Kabul. The target is one billion dollars. Both sides were pleased.',
      'Talks resumed in August 2021.',
      'Nobody was there. It cost 5 million dollars.',
    ].join('\n');
    const out = deriveFacts({ id: 'q', lang: 'en' }, text, matcher, ENTRIES, {});
    // Sentence 1 states a figure and is linked to the paragraph's entities; sentence 2 states
    // nothing; the dated second line and the costed last sentence sit in paragraphs that name nothing.
    expect(out.map((f) => [f.id, f.entities])).toEqual([
      ['q#0', ['afghanistan', 'kazakhstan', 'kabul']],
      ['q#1', ['afghanistan', 'kazakhstan', 'kabul']],
    ]);
    expect(out[1]).toMatchObject({ quote: 'The target is one billion dollars.', quantities: [{ value: 1e9, unit: 'USD' }] });
  });
});
