/**
 * The word helpers beside tokenize(): which gaps may join the words of a name, the ASCII check,
 * the word-character probe, and tokenize's buffers growing past their first size.
 */
import { describe, expect, it } from 'vitest';
import { isAscii, isWordAt, softGap, tokenize } from './tokenize';

describe('softGap', () => {
  it('accepts each space, hyphen and joiner between two words', () => {
    for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x2d, 0xa0, 0x2010, 0x2011, 0x2000, 0x2005, 0x200a, 0x202f, 0x3000, 0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f]) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(softGap(s, 1, 2), c.toString(16)).toBe(true);
    }
  });
  it('refuses punctuation, dashes and the characters just outside the ranges', () => {
    for (const c of [0x2c, 0x2e, 0x3b, 0x2012, 0x2013, 0x2014, 0x1fff, 0x200b, 0x2009 + 0x20, 0x202e, 0x2fff, 0x3001, 0x0b, 0x0c, 0x2f]) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(softGap(s, 1, 2), c.toString(16)).toBe(false);
    }
  });
  it('takes one line break, not two; at most eight characters; an empty gap is soft', () => {
    expect(softGap('a\n b', 1, 3)).toBe(true);
    expect(softGap('a\n\nb', 1, 3)).toBe(false);
    expect(softGap('a\r\n\r\nb', 1, 5)).toBe(false);
    expect(softGap(`a${' '.repeat(8)}b`, 1, 9)).toBe(true);
    expect(softGap(`a${' '.repeat(9)}b`, 1, 10)).toBe(false);
    expect(softGap('ab', 1, 1)).toBe(true);
  });
});

describe('isAscii', () => {
  it('is true for [from, to) of ASCII only, reading no unit outside it', () => {
    expect(isAscii('Kabul', 0, 5)).toBe(true);
    expect(isAscii('Kabul\u007f', 0, 6)).toBe(true);
    expect(isAscii('Kab\u0080ul', 0, 6)).toBe(false);
    expect(isAscii('é Kabul', 2, 7)).toBe(true);
    expect(isAscii('Kabul é', 0, 5)).toBe(true);
    expect(isAscii('Kabul é', 0, 7)).toBe(false);
  });
});

describe('isWordAt', () => {
  it('letters, marks, digits and underscores of any script, astral letters too', () => {
    expect(['a', 'Я', 'ک', '\u064e', '7', '_', '\u{1d400}'].map((c) => isWordAt(`${c} `, 0))).toEqual([true, true, true, true, true, true, true]);
  });
  it('not punctuation, spaces, joiners, lone surrogates, astral symbols or past the end', () => {
    expect(['.', ' ', "'", '\u200c', '\u00ad', '\ud800', '\udc00', '\u{1f600}'].map((c) => isWordAt(`${c}a`, 0))).toEqual([false, false, false, false, false, false, false, false]);
    expect(isWordAt('ab', 2)).toBe(false);
    expect(isWordAt('ab', 1)).toBe(true);
  });
});

describe('tokenize buffers', () => {
  const text = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
  it('grows past 1024 words, fresh or reused, and keeps every word', () => {
    for (const reuse of [false, true]) {
      const t = tokenize(text, reuse);
      expect(t.count).toBe(3000);
      expect(text.slice(t.start[0], t.end[0])).toBe('w0');
      expect(text.slice(t.start[1023], t.end[1023])).toBe('w1023');
      expect(text.slice(t.start[1024], t.end[1024])).toBe('w1024');
      expect(text.slice(t.start[2999], t.end[2999])).toBe('w2999');
    }
  });
  it('reuses the grown shared buffers on the next reusing call, and a fresh call gets its own', () => {
    const a = tokenize(text, true);
    const b = tokenize('Kabul Herat', true);
    expect(b.start).toBe(a.start);
    expect(b.end).toBe(a.end);
    expect(b.count).toBe(2);
    const c = tokenize('Kabul Herat');
    expect(c.start).not.toBe(b.start);
    expect(c.start.length).toBe(6);
    expect([c.start[1], c.end[1]]).toEqual([6, 11]);
  });
  it('a word that ends in an astral letter, and one that starts with one', () => {
    const s = 'x\u{1d400} \u{1d400}y';
    const t = tokenize(s);
    expect(Array.from({ length: t.count }, (_, k) => [t.start[k], t.end[k]])).toEqual([[0, 3], [4, 7]]);
  });
});
