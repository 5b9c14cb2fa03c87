/**
 * Decision 0273 with the shipped data: a place's name given to a ship, an animal, a cultivar, a
 * perfume or a sweet is that thing's, in every language the rule applies to, and the document's
 * later uses of the name are the thing's too; the same nouns elsewhere keep the place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchDocument } from './document';
import { wordsBefore } from './named-kinds';
import { foldString } from './normalize';
import { shippedMatcher } from './shipped.test-data';

const root = join(__dirname, '..', '..');
const m = shippedMatcher();
const doc = (...blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => `${x.text}=${x.entity}`));

describe('names given to things of a kind (ships, animals, cultivars, perfumes, sweets)', () => {
  it.each([
    ['en', 'The product tanker Astana was held for four hours.'],
    ['en', 'Our cat named Kabul sleeps all day; the mare Herat won the race.'],
    ['en', "Try the cultivar 'Almaty' next to the perfume Balkh."],
    ['de', 'Der Vater, ein Kater namens Kabul, stammt aus einem tschechischen Zoo.'],
    ['de', 'Das Weibchen heißt Astana; der Frachter „Herat“ lag im Hafen.'],
    ['ru', 'Модель теплохода «Казахстан» и экипаж «Астаны» показали на выставке.'],
    ['ru', 'Кобыла по кличке Астана выиграла скачки, а шоколад «Казахстан» раскупили.'],
  ])('%s: %s', (_lang, text) => {
    expect(doc(text)).toEqual([[]]);
  });

  it('the later uses of the name in the document are the thing’s, in later blocks too', () => {
    expect(doc('The product tanker Astana arrived on Monday.', 'Inspectors boarded the Astana at noon.')).toEqual([[], []]);
    expect(doc('Ein Kater namens Kabul kam aus Prag.', 'Kabul frisst gern Fisch.')).toEqual([[], []]);
  });

  it('keeps the place where it follows no such noun, or a place noun, or a preposition after the noun', () => {
    expect(doc('The tanker sailed to Astana, the capital of Kazakhstan.')).toEqual([['Astana=astana', 'Kazakhstan=kazakhstan']]);
    expect(doc('Танкер пришёл в Актау, а теплоход ушёл в Астану.')[0]).toContain('Астану=astana');
    expect(doc('Der Frachter fuhr nach Kabul weiter; die Stadt heißt Kabul.')).toEqual([['Kabul=kabul', 'Kabul=kabul']]);
    expect(doc('A city named Herat lies in western Afghanistan.')).toEqual([['Herat=herat', 'Afghanistan=afghanistan']]);
  });

  it('a new document forgets the names of the last one', () => {
    expect(doc('The tanker Astana docked.')).toEqual([[]]);
    expect(doc('Astana hosted the talks.')).toEqual([['Astana=astana']]);
  });
});

describe('head words of buildings and stations named after a city (partOf data)', () => {
  it.each([
    ['ps', 'د هرات جامع جومات او د بلخ شین جومات ډېر زاړه دي، د کندهار اډه هم ګڼه ده.'],
    ['fa', 'مسجد جامع هرات و ترمینال کابل بازسازی شد.'],
    ['en', 'The Herat Grand Mosque and the Kabul Bus Station reopened.'],
    ['de', 'Die Herat-Moschee und der Kabul Busbahnhof wurden renoviert.'],
  ])('%s: %s', (_lang, text) => {
    expect(doc(text)).toEqual([[]]);
  });

  it('the city stays the city beside other words', () => {
    expect(doc('په هرات کې جومات جوړ شو.')).toEqual([['هرات=herat']]);
  });
});

describe('entities the look-alikes needed as themselves', () => {
  it('Lake Balkhash is itself, never Balkh; its town and smelter are neither', () => {
    expect(doc('Lake Balkhash is shrinking; Balkh lies in Afghanistan.')).toEqual([['Lake Balkhash=lake-balkhash', 'Balkh=balkh-province', 'Afghanistan=afghanistan']]);
    expect(doc('Уровень озера Балхаш упал, жители города Балхаш жалуются.')).toEqual([['озера Балхаш=lake-balkhash']]);
  });
  it('varieties and breeds named after a place are no place (Kabuli chickpea, Kandahari pomegranate, Kazakh Red)', () => {
    expect(doc('کابلي نخود او کندهاري انار په بازار کې دي.')).toEqual([[]]);
    expect(doc('Kabuli chana and Kandahari pomegranates; a herd of Kazakh Whiteheaded cattle.')).toEqual([[]]);
    expect(doc('Die afghanische Kiefer und die Afghan pine; афганская сосна и афганские сосны; کاج افغانی.')).toEqual([[]]);
  });
  it('Aral Sea, Tian Shan, UNESCO, DABS, Balochistan and the Kazakh energy ministry are found in their languages', () => {
    const found = doc(
      'The Aral Sea, the Tian Shan, UNESCO, DABS and Balochistan; the Ministry of Energy of Kazakhstan.',
      'Аральское море, Тянь-Шань, ЮНЕСКО и Министерство энергетики Казахстана.',
      'یونسکو، شرکت دولتی برشنا و بلوچستان.',
    ).flat().map((x) => x.split('=')[1]);
    for (const id of ['aral-sea', 'tian-shan', 'unesco', 'dabs', 'balochistan', 'kz-energy-ministry']) expect(found).toContain(id);
  });
});

describe('wordsBefore reads the same words as the expression it replaced (decision 0311)', () => {
  // The expression wordsBefore used until decision 0311, run on the 80 characters before `at`.
  const byExpression = (s: string, at: number): string[] => {
    const m = /((?:[\p{L}\p{M}'’-]+[\s\u00a0]+){1,4})$/u.exec(s.slice(Math.max(0, at - 80), at));
    return m ? m[1]!.trim().split(/[\s\u00a0]+/).map(foldString) : [];
  };
  // Letters of four scripts, marks, the word's inner marks, spaces of several kinds, punctuation,
  // digits, astral letters and emoji, and surrogate halves alone.
  const pieces = ['a', 'B', 'ö', 'Ж', 'д', 'ک', 'ب', '\u0301', '\u064e', "'", '’', '-', ' ', ' ', ' ', '\u00a0', '\t', '\n', '\u2009', ',', '.', '«', '„', '"', '(', '1', '_', '\u{1D400}', '\u{20000}', '😀', '\ud800', '\udc00', 'Astana ', 'tanker ', 'namens '];
  it('on 20,000 random texts and cut points', () => {
    let seed = 0x5eed;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = rand(120);
      for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)]!;
      const at = rand(s.length + 1);
      expect(wordsBefore(s, at), JSON.stringify([s, at])).toEqual(byExpression(s, at));
    }
  });
  it('where the 80 characters start inside a surrogate pair (its half alone is no letter)', () => {
    const s = `\u{1D400}${'b'.repeat(78)} `;
    expect(wordsBefore(s, s.length)).toEqual(byExpression(s, s.length));
    expect(wordsBefore(s, s.length)).toEqual(['b'.repeat(78)]);
  });
  it('on the corpus (five languages), before every capital letter', () => {
    let checked = 0;
    for (const f of readdirSync(join(root, 'corpus')).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(root, 'corpus', f), 'utf8');
      for (const w of text.matchAll(/\p{Lu}/gu)) {
        expect(wordsBefore(text, w.index)).toEqual(byExpression(text, w.index));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
