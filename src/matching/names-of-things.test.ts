/**
 * Decision 0274 with the shipped data: companies, typefaces, products and neighbourhoods named
 * after a place or built on a demonym are not the place or the state; a food spelled like a town
 * in a list of foods is the food; the place itself keeps its marks beside them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument } from './document';
import { loadGazetteer } from './gazetteer-file';
import { parseLookalikes } from './lookalikes';

const root = join(__dirname, '..', '..');
const entries = loadGazetteer(root);
const lookalikes = parseLookalikes(readFileSync(join(root, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', entries);
const m = compileMatcher(entries, { lookalikes });
const doc = (...blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => `${x.text}=${x.entity}`));

describe('companies named with a demonym or a place and a word of their trade', () => {
  it.each([
    ['ps', 'د قزاق ټیلیکام او افغان ټیلیکام مشرانو تړون لاسلیک کړ'],
    ['ps', 'خصوصي شرکتونه لکه افغان بېسیم هم ګټه اخلي'],
    ['fa', 'شرکت افغان بی‌سیم و افغان تلکام قرارداد بستند'],
    ['en', 'Subscribers of Kabul Telecom and Herat Wireless complained.'],
  ])('%s: %s', (_lang, text) => {
    expect(doc(text)).toEqual([[]]);
  });

  it('keeps the state in the same sentence', () => {
    expect(doc('د قزاقستان تر ټولو لوی شرکت قزاق ټیلیکام دی')).toEqual([['قزاقستان=kazakhstan']]);
  });
});

describe('typefaces and products named after a place', () => {
  it('a typeface is the place and a style word (Sans, Naskh, Mono)', () => {
    expect(doc('Its companion, Balkh Naskh, is meant for books, and Kabul Mono for programmers; Herat Sans too.')).toEqual([[]]);
  });

  it('a product in quotes after its noun, German compounds included, and only that use', () => {
    expect(doc('Die Umhängetasche „Balkh“ ist ausverkauft, der Wintermantel „Astana“ auch; die Variante „Kabul High“ kommt.')).toEqual([[]]);
    // The product's name does not take the city's later bare uses along.
    expect(doc('Darf ein Schuh „Kabul“ heißen?', 'Frauen in Kabul dürfen nicht allein reisen.')).toEqual([[], ['Kabul=kabul']]);
  });

  it('an animal named in a German compound of its kind (Trampeltier, Schneeleopardin)', () => {
    expect(doc('Das Trampeltier Herat geht in den Ruhestand.')).toEqual([[]]);
  });

  it('an animal named in quotes takes the name’s later bare uses along, though the quoted name itself was never a mark', () => {
    expect(doc('Schneeleopardin „Astana“ hat Junge', 'Die achtjährige Astana ist wohlauf.')).toEqual([[], []]);
    // A product's quoted name does not (the city later is the city).
    expect(doc('Der Mantel „Astana“ ist gefüttert.', 'Kunden in Astana bestellen ihn.')).toEqual([[], ['Astana=astana']]);
  });

  it('a product noun without quotes leaves the name alone (a relative clause may follow it)', () => {
    expect(doc('The font Kazakhstan chose for its Latin alphabet is new.')).toEqual([['Kazakhstan=kazakhstan']]);
  });
});

describe('neighbourhoods and foods spelled like Afghan places (Persian)', () => {
  it('محله X is a neighbourhood of that name', () => {
    expect(doc('اکنون در محله قلعه نو در جنوب تهران زندگی می‌کند')).toEqual([['تهران=tehran']]);
  });

  it('Sarpol-e Zahab in Kermanshah is not Sar-e Pol', () => {
    expect(doc('بیشتر خانه‌های سرپل ذهاب پس از زلزله کرمانشاه دوباره ساخته شده است')).toEqual([[]]);
  });

  it('تالقان among foods is the food; the town stays elsewhere', () => {
    expect(doc('دکانداران هنوز تالقان و کشمش و نخود می‌فروشند')).toEqual([[]]);
    expect(doc('هیئت از کندز به تالقان رفت')[0]).toContain('تالقان=taloqan');
  });
});
