/** Decision 0273, same-named towns in another country, with the shipped data (Persian). */
import { describe, expect, it } from 'vitest';
import { elsewhereTown, namesakeAbroad } from './same-named';
import type { Match } from './types';

const at = (s: string, word: string, from = 0): boolean => {
  const start = s.indexOf(word, from);
  const m = { entity: 'x', start, end: start + word.length, text: word, form: word } as unknown as Match;
  return elsewhereTown(s, m);
};

describe('a same-named town located in another country', () => {
  it.each([
    ['هرات یزد شهری کوچک در جنوب استان است', 'هرات'],
    ['مقصد من شهر هرات در استان یزد بود', 'هرات'],
    ['مردم شهر زابل در ایران از خشکسالی می‌گویند', 'زابل'],
  ])('fa: %s', (s, w) => {
    expect(at(s, w)).toBe(true);
  });

  it('the topic’s own places stay: in Afghanistan, a bare city, a state with "در"', () => {
    expect(at('شهر هرات در غرب افغانستان است', 'هرات')).toBe(false);
    expect(at('سفیر افغانستان در ایران گفت', 'افغانستان')).toBe(false);
    expect(at('هیئت به هرات رسید', 'هرات')).toBe(false);
    expect(at('Herat Yazd', 'Herat')).toBe(false); // Latin script: not this rule's
  });
});

describe('elsewhereTown edges', () => {
  it('the word after must follow a space; "شهر" must stand right before the name; "استان" may stand after "در"', () => {
    expect(at('هرات،یزد', 'هرات')).toBe(false);
    expect(at('هرات\u00a0یزد', 'هرات')).toBe(true);
    expect(at('شهرِ هرات در یزد', 'هرات')).toBe(false);
    expect(at('در شهر هرات در یزد', 'هرات')).toBe(true);
    expect(at('شهر هرات در شمال یزد', 'هرات')).toBe(false);
    expect(at('شهر هرات در', 'هرات')).toBe(false);
    expect(at('هرات', 'هرات')).toBe(false);
    expect(at('شهر هرات از یزد', 'هرات')).toBe(false);
  });
  it('only Arabic script: the first letter decides (a Cyrillic or Latin name is not asked)', () => {
    expect(at('Хорог یزد', 'Хорог')).toBe(false);
    expect(at('ۀرات یزد', 'ۀرات')).toBe(true);
    expect(at('\u0600x یزد', '\u0600x')).toBe(true);
    expect(at('\u05ffx یزد', '\u05ffx')).toBe(false);
    expect(at('\u0700x یزد', '\u0700x')).toBe(false);
  });
});

describe('namesakeAbroad (decision 0350)', () => {
  const ns = (s: string, word: string, entity: string, from = 0): boolean => {
    const start = s.indexOf(word, from);
    return namesakeAbroad(s, { entity, start, end: start + word.length, text: word, form: word, lang: 'ru' });
  };
  it('a listed town with a locator and a word of abroad in the clause after it', () => {
    expect(ns('Асадабад находится в иранской провинции', 'Асадабад', 'asadabad')).toBe(true);
    expect(ns('Калат в Пакистане', 'Калат', 'qalat')).toBe(true);
    expect(ns('Faizabad in Uttar Pradesh is old', 'Faizabad', 'fayzabad')).toBe(true);
    expect(ns('Farah im pakistanischen Süden', 'Farah', 'farah')).toBe(true);
    expect(ns('Farah, a town in Iran', 'Farah', 'farah')).toBe(true);
  });
  it('not a town missing from the list, not without a locator, not a word of abroad that is not after the locator', () => {
    expect(ns('Кандагар в Пакистане', 'Кандагар', 'kandahar')).toBe(false);
    expect(ns('Калат и Пакистан', 'Калат', 'qalat')).toBe(false);
    expect(ns('Калат в провинции Забуль', 'Калат', 'qalat')).toBe(false);
    expect(ns('Калат в', 'Калат', 'qalat')).toBe(false);
    expect(ns('Калат', 'Калат', 'qalat')).toBe(false);
    expect(ns('Faizabad in Uttar', 'Faizabad', 'fayzabad')).toBe(false);
  });
  it('the clause ends at . ! ? ; : ( ) or a line break, and after 80 characters', () => {
    for (const end of ['.', '!', '?', ';', ':', '(', ')', '\n']) expect(ns(`Калат${end} в Иране`, 'Калат', 'qalat'), end).toBe(false);
    expect(ns(`Калат ${'x'.repeat(70)} в Иране`, 'Калат', 'qalat')).toBe(true);
    expect(ns(`Калат ${'x'.repeat(78)} в Иране`, 'Калат', 'qalat')).toBe(false);
  });
  it('a namesake word right before it, one word or two; not further back', () => {
    expect(ns('одноимённый Асадабад', 'Асадабад', 'asadabad')).toBe(true);
    expect(ns('Не тот Файзабад', 'Файзабад', 'fayzabad')).toBe(true);
    expect(ns('its namesake Farah', 'Farah', 'farah')).toBe(true);
    expect(ns('die gleichnamige Stadt Farah', 'Farah', 'farah')).toBe(false);
    expect(ns('тот Файзабад', 'Файзабад', 'fayzabad')).toBe(false);
    expect(ns('Файзабад', 'Файзабад', 'fayzabad')).toBe(false);
  });
});
