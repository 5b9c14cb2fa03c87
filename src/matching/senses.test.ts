/**
 * The demonym sense rules of senses.ts with the shipped data (data/gazetteer.json,
 * data/lookalikes.json, data/sense-rules.json): sense words by noun class, adjectives joined to
 * one noun, and a demonym without a noun. Exact mentions, and the state kept where it is meant.
 */
import { describe, expect, it } from 'vitest';
import { pashtoAround, pluralSense } from './senses';
import { foldedWords, senseRulesOf } from './sense-rules';
import { shippedMatcher } from './shipped.test-data';

const m = shippedMatcher();
const spans = (text: string) => m.match(text).map((x) => [x.text, x.entity, x.start, x.end]);

describe('sense words by noun class', () => {
  it('food, crafts, breeds and sport after the adjective (en, de, ru, ps); before it in Persian', () => {
    expect(spans('Kazakh food, Afghan rugs, Kazakh horses and Kazakh wrestling')).toEqual([]);
    expect(spans('afghanisches Brot und kasachisches Gebäck')).toEqual([]);
    expect(spans('афганский плов и казахский войлок')).toEqual([]);
    expect(spans('آش افغانی و نان قزاقی')).toEqual([]);
    expect(spans('افغاني قالینې او قزاقي خواړه')).toEqual([]);
  });
  it('the state stays where its adjective describes something of the state', () => {
    expect(spans('The Kazakh government and Afghan traders met.')).toEqual([['Kazakh', 'kazakhstan', 4, 10], ['Afghan', 'afghanistan', 26, 32]]);
    expect(spans('казахский министр')).toEqual([['казахский', 'kazakhstan', 0, 9]]);
  });
});

describe('adjectives joined to one noun share its sense', () => {
  it('"Afghan and Kazakh dishes", "غذاهای افغانی و قزاقی": neither is the state', () => {
    expect(spans('They cooked Afghan and Kazakh dishes.')).toEqual([]);
    expect(spans('رستوران غذاهای افغانی و قزاقی را سرو می‌کند')).toEqual([]);
  });
  it('"Kazakh and Afghan officials", "Kazakh–Afghan talks": both are the states', () => {
    expect(spans('Kazakh and Afghan officials met.')).toEqual([['Kazakh', 'kazakhstan', 0, 6], ['Afghan', 'afghanistan', 11, 17]]);
    // "Uzbek" alone is ambiguous (a people, a language); before "officials", a noun of the state, it is the state (state-nouns.ts).
    expect(spans('Kazakh, Afghan and Uzbek officials met.')).toEqual([['Kazakh', 'kazakhstan', 0, 6], ['Afghan', 'afghanistan', 8, 14], ['Uzbek', 'uzbekistan', 19, 24]]);
    expect(spans('Kazakh–Afghan talks')).toEqual([['Kazakh', 'kazakhstan', 0, 6], ['Afghan', 'afghanistan', 7, 13]]);
  });
});

describe('a demonym without a noun is a language, a person or a dog, not the state', () => {
  it('English: at the end, before punctuation or a function word; "in Kazakh and in Dari"', () => {
    expect(spans('She thanked them in Kazakh.')).toEqual([]);
    expect(spans('I fell in love with the Afghan when I was a child.')).toEqual([]);
    expect(spans('He spoke in Kazakh and in Dari to Kazakh diplomats.')).toEqual([['Kazakh', 'kazakhstan', 34, 40]]);
  });
  it('Russian: "на казахском и русском." — joined adjectives, then no noun', () => {
    expect(spans('Ведущий говорил на казахском и русском.')).toEqual([]);
    expect(spans('на казахском и русском языках')).toEqual([]);
    expect(spans('казахстанские и афганские компании')).toEqual([
      ['казахстанские', 'kazakhstan', 0, 13], ['афганские', 'afghanistan', 16, 25],
    ]);
  });
  it('Persian (noun before the adjective): after a preposition, or in a list of languages', () => {
    expect(spans('او به قزاقی صحبت می‌کند')).toEqual([]);
    expect(spans('منو به سه زبان است: روسی، قزاقی و دری.')).toEqual([]);
    expect(spans('دانشجویان افغان')).toEqual([['افغان', 'afghanistan', 10, 15]]);
  });
  it('Pashto (adjective before the noun): a headline that starts with the adjective keeps it', () => {
    expect(spans('افغان سوداګر په الماتي کې')).toEqual([['افغان', 'afghanistan', 0, 5], ['الماتي', 'almaty', 16, 22]]);
    expect(pashtoAround('افغان سوداګر', 0)).toBe(true);
    expect(pashtoAround('دانشجویان افغان', 10)).toBe(false);
  });
});

describe('a city has no plural: Persian کابل (cable)', () => {
  it('the plural, and the bare name in the same block unless a preposition or "city" makes it the place', () => {
    const s = 'کابل‌های بلندگو قطع شد. یک تکنیسین کابل تازه‌ای آورد و در کابل ماند.';
    expect(spans(s)).toEqual([['کابل', 'kabul', s.lastIndexOf('کابل'), s.lastIndexOf('کابل') + 4]]);
    expect(pluralSense(s, 0, 8)).toBe(true);
    expect(pluralSense('هیئت به کابل رفت', 8, 12)).toBe(false);
    expect(pluralSense('Kabul cables', 0, 5)).toBe(false);
  });
});

describe('data/sense-rules.json checks', () => {
  it('folds words and refuses a list that is not language → strings', () => {
    expect([...foldedWords({ en: ['When'], fa: ['به'] }, 'x')]).toEqual(['when', 'به']);
    expect(() => foldedWords({ en: 'when' }, 'headless.next')).toThrow('data/sense-rules.json: headless.next.en must be an array of non-empty strings');
    expect(() => foldedWords(['when'], 'headless.next')).toThrow('data/sense-rules.json: headless.next must be an object of language → string[]');
    expect(() => senseRulesOf({})).toThrow('data/sense-rules.json: missing "headless"');
  });
});
