import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { loadGazetteer } from './gazetteer-file';
import { LookalikesError, parseLookalikes } from './lookalikes';
import { once } from './shipped.test-data';
import { splitLookalikes } from './split-forms';
import { FIXTURE } from './test-fixture';
import type { GazetteerEntry } from '../shared/gazetteer-types';

const err = (text: string, entries?: GazetteerEntry[]) => {
  try {
    parseLookalikes(text, 'data/lookalikes.json', entries);
  } catch (e) {
    expect(e).toBeInstanceOf(LookalikesError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

const root = join(__dirname, '..', '..');
// Read on first use, inside a test (see shipped.test-data.ts: what Stryker counts as static).
const shipped = once(() => loadGazetteer(root));

describe('parseLookalikes', () => {
  it('returns look-alikes, demonyms, sense words and titles of a valid file', () => {
    const l = parseLookalikes(
      JSON.stringify({
        lookalikes: [{ looksLike: 'kabul', is: 'river', forms: { en: ['Kabul River'], ru: ['река Кабул', 'казахи'] }, literal: ['казахи'] }],
        demonyms: [{ entity: 'kazakhstan', forms: { en: ['Kazakh'], de: ['kasachisch'] } }],
        senses: { after: { en: ['cuisine'] }, before: { en: ['ethnic'] } },
        titles: { en: ['President'], fa: ['رئیس جمهور'] },
      }),
      'l.json',
      FIXTURE,
    );
    expect(l.blockers).toEqual([
      { looksLike: 'kabul', is: 'river', lang: 'en', text: 'Kabul River', literal: false, exact: false },
      { looksLike: 'kabul', is: 'river', lang: 'ru', text: 'река Кабул', literal: false, exact: false },
      { looksLike: 'kabul', is: 'river', lang: 'ru', text: 'казахи', literal: true, exact: false },
    ]);
    expect(l.demonyms).toEqual(['kazakhstan\u0000kazakh', 'kazakhstan\u0000kasachisch']);
    expect(l).toMatchObject({ after: ['cuisine'], before: ['ethnic'], titles: ['President', 'رئیس جمهور'] });
  });

  it('flattens sense words given by noun class, and reports a bad class with its line', () => {
    const l = parseLookalikes(
      JSON.stringify({
        senses: {
          about: 'x',
          classes: { food: { after: { en: ['food', 'bread'], ru: ['хлеб'] }, before: { fa: ['نان'] } }, language: { after: { en: ['language'] } } },
        },
      }),
      'l.json',
    );
    expect(l.after).toEqual(['food', 'bread', 'хлеб', 'language']);
    expect(l.before).toEqual(['نان']);
    expect(err('{\n  "senses": { "classes": {\n    "food": { "aftr": { "en": ["food"] } } } }\n}')).toBe(
      'data/lookalikes.json:3: senses.classes.food: unknown key "aftr" (after, before)');
    expect(err('{\n  "senses": { "classes": {\n    "food": ["food"] } }\n}')).toBe(
      'data/lookalikes.json:3: senses.classes.food must be an object with "after" and/or "before"');
  });

  it('reports JSON syntax errors and unknown keys with the line', () => {
    expect(err('{\n  "lookalikes": [\n    { "looksLike": "a", }\n  ]\n}')).toMatch(/^data\/lookalikes\.json:3: JSON syntax error/);
    expect(err('{\n  "about": "x",\n  "lookalike": []\n}')).toBe('data/lookalikes.json:3: unknown key "lookalike"');
    expect(err('[]')).toBe('data/lookalikes.json:1: expected an object with "lookalikes", "demonyms", "senses" and "titles"');
  });

  it('reports bad look-alikes: missing "is", unknown language, empty form, duplicate, stray literal', () => {
    const doc = (g: string) => `{\n  "lookalikes": [\n    ${g}\n  ]\n}`;
    expect(err(doc('{ "looksLike": "kabul", "forms": { "en": ["Kabul River"] } }'))).toBe(
      'data/lookalikes.json:3: look-alike: missing "is" (what the name means)');
    expect(err(doc('{ "looksLike": "kabul", "is": "river",\n      "forms": { "xx": ["Kabul River"] } }'))).toBe(
      'data/lookalikes.json:4: look-alike of "kabul": unknown language "xx"');
    expect(err(doc('{ "looksLike": "kabul", "is": "river",\n      "forms": { "en": [" - "] } }'))).toBe(
      'data/lookalikes.json:4: look-alike of "kabul".en: empty or non-string form');
    expect(err(doc('{ "looksLike": "kabul", "is": "river", "forms": { "en": ["Kabul River"] } },\n    { "looksLike": "kabul", "is": "r", "forms": { "en": ["Kabul River"] } }'))).toBe(
      'data/lookalikes.json:4: look-alike "Kabul River" (en) is listed twice (first at line 3)');
    expect(err(doc('{ "looksLike": "kabul", "is": "river", "forms": { "en": ["Kabul River"] },\n      "literal": ["Kabul river"] }'))).toBe(
      'data/lookalikes.json:4: literal form "Kabul river" is not one of the look-alike\'s forms');
  });

  it('checks entity ids and demonym forms against the gazetteer when given it', () => {
    const doc = '{\n  "lookalikes": [{ "looksLike": "atlantis", "is": "x", "forms": { "en": ["Atlantis Hotel"] } }],\n  "demonyms": [\n    { "entity": "kazakhstan", "forms": { "en": ["Kazakhish"] } }\n  ]\n}';
    expect(err(doc, FIXTURE)).toBe(
      'data/lookalikes.json:2: look-alike: unknown gazetteer entity "atlantis"\n' +
      'data/lookalikes.json:4: demonym "Kazakhish" is not a form of "kazakhstan" in the gazetteer');
    // Without the gazetteer only the file's own shape is checked.
    expect(parseLookalikes(doc, 'l.json').blockers).toHaveLength(1);
  });

  it('the shipped data/lookalikes.json is valid against the shipped gazetteer', () => {
    const l = parseLookalikes(readFileSync(join(root, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', shipped());
    const langs = new Set(l.blockers.map((b) => b.lang));
    for (const lang of ['en', 'de', 'ru', 'fa', 'ps'] as const) expect(langs.has(lang), lang).toBe(true);
    expect(l.demonyms.length).toBeGreaterThan(0);
    expect(l.titles.length).toBeGreaterThan(0);
  });
});

describe('look-alikes as blockers (mechanism, on the test fixture)', () => {
  const lookalikes = parseLookalikes(
    JSON.stringify({
      lookalikes: [
        { looksLike: 'kabul', is: 'river', forms: { en: ['Kabul River'], ru: ['река Кабул'] } },
        { looksLike: 'kazakhstan', is: 'people', forms: { en: ['Kazakhs'], ru: ['казахи'] }, literal: ['казахи'] },
        // Spelled like a form of another entity: it yields (the gazetteer knows what the name is).
        { looksLike: 'kazakhstan', is: 'x', forms: { en: ['Nur-Sultan'] } },
      ],
    }),
    'l.json',
  );
  const m = compileMatcher(FIXTURE, { lookalikes });
  const spans = (text: string, mm = m) => mm.match(text).map((x) => [x.text, x.entity, x.start, x.end]);

  it('a look-alike wins over the shorter name inside it, and is not reported', () => {
    expect(spans('The Kabul River runs through Kabul.')).toEqual([['Kabul', 'kabul', 29, 34]]);
  });
  it('inflects like a form of its language (реки Кабул, Kabul Rivers)', () => {
    expect(spans('у реки Кабул и в Кабуле')).toEqual([['Кабуле', 'kabul', 17, 23]]);
    expect(spans('both Kabul Rivers')).toEqual([]);
  });
  it('wins a tie with a form of the entity it looks like (Kazakhs = Kazakh + s)', () => {
    expect(spans('Kazakhs and Kazakh trade')).toEqual([['Kazakh', 'kazakhstan', 12, 18]]);
  });
  it('a literal look-alike takes no ending, so it never eats an adjective (казахи ≠ казахский)', () => {
    expect(spans('казахи и казахский')).toEqual([['казахский', 'kazakhstan', 9, 18]]);
    // The same look-alike inflecting: its stem казах- + "-ский" would take the adjective too.
    const loose = { ...lookalikes, blockers: lookalikes.blockers.map((b) => ({ ...b, literal: false })) };
    expect(spans('казахи и казахский', compileMatcher(FIXTURE, { lookalikes: loose }))).toEqual([]);
  });
  it('an exact look-alike matches only as written', () => {
    // (Not "Kabul Express": a head word such as "Express" makes any city part of another name, name-parts.ts.)
    const exact = parseLookalikes(JSON.stringify({ lookalikes: [{ looksLike: 'kabul', is: 'x', forms: { en: ['KABUL Jan'] }, exact: ['KABUL Jan'] }] }), 'l.json');
    const mm = compileMatcher(FIXTURE, { lookalikes: exact });
    expect(spans('KABUL Jan; Kabul Jan', mm)).toEqual([['Kabul', 'kabul', 11, 16]]);
  });
  it('yields to a form of another entity spelled the same', () => {
    expect(spans('Nur-Sultan')).toEqual([['Nur-Sultan', 'astana', 0, 10]]);
  });
  it('without look-alikes, the same text is matched as before', () => {
    // (Not "The Kabul River" nor "у реки Кабул": the head words "River" and "реки" are rules of the
    // code, name-parts.ts, not of the list. In lower case no head word applies; the list still does.)
    expect(spans('on the kabul river', compileMatcher(FIXTURE))).toEqual([['kabul', 'kabul', 7, 12]]);
    expect(spans('on the kabul river')).toEqual([]);
  });
});

describe('look-alikes split by the build (splitLookalikes)', () => {
  it('compile to the same matcher as look-alikes split at compile', () => {
    const l = parseLookalikes(readFileSync(join(root, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', shipped());
    const split = splitLookalikes(l);
    expect(split.split).toHaveLength(l.blockers.length);
    const a = compileMatcher(shipped(), { lookalikes: l });
    const b = compileMatcher(shipped(), { lookalikes: JSON.parse(JSON.stringify(split)) as typeof split });
    const text = 'The Kabul River, ФК «Астана», رود کابل, د کابل سیند, Kazakhs, казахи, قزاق‌ها, در آستانهٔ انتخابات, in Kabul and Astana.';
    expect(b.match(text)).toEqual(a.match(text));
    expect(b.match(text).map((x) => x.text)).toEqual(['Kabul', 'Astana']);
  });
});
