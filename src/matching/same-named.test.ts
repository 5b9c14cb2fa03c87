/** Decision 0273, same-named towns in another country, with the shipped data (Persian). */
import { describe, expect, it } from 'vitest';
import { elsewhereTown } from './same-named';
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
