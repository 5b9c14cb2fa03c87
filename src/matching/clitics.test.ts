/** A Persian form with a possessive clitic is the common word, not the name (clitics.ts). */
import { describe, expect, it } from 'vitest';
import { dropClitics, withClitic } from './clitics';
import type { Match } from './types';

const m = (text: string, form: string, lang: Match['lang'] = 'fa'): Match => ({ entity: 'x', start: 0, end: text.length, text, form, lang });

describe('Persian possessive clitics', () => {
  it.each([
    ['برادرش', 'برادر'],
    ['برادرشان', 'برادر'],
    ['کابلم', 'کابل'],
    ['برادر\u200cتان', 'برادر'],
  ])('%s is the common word', (text, form) => {
    expect(withClitic(m(text, form))).toBe(true);
  });

  it.each([
    ['برادر', 'برادر', 'fa'],
    ['قزاقستانی', 'قزاقستان', 'fa'],
    ['کابلشهر', 'کابل', 'fa'],
    ['افغانستانی', 'افغانستان', 'fa'],
    ['برادرش', 'کابل', 'fa'],
    ['برادرش', 'برادر', 'ps'],
  ] as const)('%s (%s, %s) is kept', (text, form, lang) => {
    expect(withClitic(m(text, form, lang))).toBe(false);
  });

  it('drops only those and returns the same array when there are none', () => {
    const a = m('برادرش', 'برادر');
    const b = m('کابل', 'کابل');
    expect(dropClitics([a, b])).toEqual([b]);
    const ms = [b];
    expect(dropClitics(ms)).toBe(ms);
  });
});
