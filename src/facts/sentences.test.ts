import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

const corpus = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

describe('sentencesOf', () => {
  it('keeps exact offsets, trimmed, with consecutive indexes', () => {
    const text = '  First line.  \n\n• Bullet headline\nOne sentence. Another one!  ';
    const s = sentencesOf(text, 'en');
    expect(s.map((x) => x.text)).toEqual(['First line.', 'Bullet headline', 'One sentence.', 'Another one!']);
    for (const [i, x] of s.entries()) {
      expect(x.index).toBe(i);
      expect(text.slice(x.start, x.end)).toBe(x.text);
    }
  });

  it('cuts at line breaks even without a final period', () => {
    const s = sentencesOf('Humanitarian aid\nKazakhstan regularly provides humanitarian aid.', 'en');
    expect(s.map((x) => x.text)).toEqual(['Humanitarian aid', 'Kazakhstan regularly provides humanitarian aid.']);
  });

  it('does not split German ordinal dates or abbreviations', () => {
    expect(sentencesOf('Die Delegation nahm am 16. April in Kuwait teil. Das Treffen war gut.', 'de').map((x) => x.text)).toEqual([
      'Die Delegation nahm am 16. April in Kuwait teil.',
      'Das Treffen war gut.',
    ]);
    expect(sentencesOf('Es gibt z. B. Weizen und Mehl. Dr. Azimi sprach.', 'de').map((x) => x.text)).toEqual([
      'Es gibt z. B. Weizen und Mehl.',
      'Dr. Azimi sprach.',
    ]);
  });

  it('keeps a closing German quote with its attribution', () => {
    const text = '„Wir sind dankbar. Dafür sind wir dankbar “, sagte Azimi.\nNeue Zeile.';
    expect(sentencesOf(text, 'de').map((x) => x.text)).toEqual(['„Wir sind dankbar.', 'Dafür sind wir dankbar “, sagte Azimi.', 'Neue Zeile.']);
  });

  it('segments the corpus with exact offsets and sensible German splits', () => {
    for (const [name, lang] of [
      ['000_67bd3e80e051a725.txt', 'de'],
      ['001_858c023db142d53b.txt', 'fa'],
      ['002_bfcd83a5795febfb.txt', 'en'],
      ['003_42549e470e46f6e9.txt', 'de'],
      ['004_37e20e75fb50bf7a.txt', 'en'],
    ] as const) {
      const text = corpus(name);
      const s = sentencesOf(text, lang);
      expect(s.length).toBeGreaterThan(10);
      for (const x of s) {
        expect(text.slice(x.start, x.end)).toBe(x.text);
        expect(x.text).toBe(x.text.trim());
        expect(x.text).not.toContain('\n');
      }
    }
    const de = sentencesOf(corpus('003_42549e470e46f6e9.txt'), 'de');
    expect(de.some((x) => x.text.includes('am 16. April in Kuwait an der dritten'))).toBe(true);
    expect(de.some((x) => x.text.endsWith('am 16.'))).toBe(false);
    const fa = sentencesOf(corpus('001_858c023db142d53b.txt'), 'fa');
    expect(fa[0]!.text.startsWith('موافقت قزاقستان')).toBe(true);
    expect(fa.at(-2)!.text).toBe('21 سنبله 1396, 12:28 کابل');
  });
});
