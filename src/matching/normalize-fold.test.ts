/**
 * The folding every part shares (normalize.ts), output by output: what each table entry maps to,
 * what is dropped, the ASCII fast paths and their edges, and the offset map of foldText.
 */
import { describe, expect, it } from 'vitest';
import { COMPLEX, DROPPED, foldCodePoint, foldKey, foldString, foldText, foldUnit } from './normalize';

const cp = (s: string) => s.codePointAt(0)!;

describe('foldCodePoint', () => {
  it('maps the Arabic letter variants to their Persian forms, ё to е, ß to ss, dotless ı to i and the apostrophes to one', () => {
    expect(['ي', 'ى', 'ك', 'ة', 'ە', 'ۀ', 'ё', 'ß', 'ı', '’', 'ʼ', '`'].map((c) => foldCodePoint(cp(c)))).toEqual(['ی', 'ی', 'ک', 'ه', 'ه', 'ه', 'е', 'ss', 'i', "'", "'", "'"]);
  });
  it('drops soft hyphen, ZWNJ, ZWJ, word joiner, BOM, tatweel and the direction marks', () => {
    for (const c of [0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0640, 0x200e, 0x200f]) expect(foldCodePoint(c), c.toString(16)).toBe('');
    // Neighbours of the dropped ones stay.
    expect(foldCodePoint(0x200b)).toBe('\u200b');
    expect(foldCodePoint(0x2061)).toBe('\u2061');
  });
  it('strips marks after NFD and lowercases: Ä, É, Ё (through the map after lowercasing), Arabic harakat, hamza above', () => {
    expect(foldCodePoint(cp('Ä'))).toBe('a');
    expect(foldCodePoint(cp('É'))).toBe('e');
    expect(foldCodePoint(cp('Ё'))).toBe('е');
    expect(foldCodePoint(0x064e)).toBe(''); // fatha alone is a mark
    expect(foldCodePoint(cp('أ'))).toBe('ا');
    expect(foldCodePoint(cp('Қ'))).toBe('қ');
    expect(foldCodePoint(cp('Z'))).toBe('z');
  });
  it('gives the same answer twice (the cache) and for astral code points', () => {
    expect(foldCodePoint(cp('Ö'))).toBe('o');
    expect(foldCodePoint(cp('Ö'))).toBe('o');
    expect(foldCodePoint(0x1d400)).toBe('\u{1d400}'); // no canonical decomposition, no lower case
  });
});

describe('foldUnit', () => {
  it('returns the folded unit, DROPPED or COMPLEX, the same on a second call', () => {
    expect(foldUnit(cp('A'))).toBe(cp('a'));
    expect(foldUnit(cp('A'))).toBe(cp('a'));
    expect(foldUnit(0x00ad)).toBe(DROPPED);
    expect(foldUnit(cp('ß'))).toBe(COMPLEX);
    expect(foldUnit(0xd800)).toBe(COMPLEX);
    expect(foldUnit(0xdfff)).toBe(COMPLEX);
    expect(foldUnit(0xd7ff)).not.toBe(COMPLEX);
    expect(foldUnit(0xe000)).toBe(0xe000);
    // Units that fold to code 1 or 2 would be read as DROPPED/COMPLEX: they are COMPLEX.
    expect(foldUnit(0x01)).toBe(COMPLEX);
    expect(foldUnit(0x02)).toBe(COMPLEX);
    expect(foldUnit(0x03)).toBe(0x03);
  });
});

describe('foldText', () => {
  it('folds ASCII on the fast path: A–Z only, the backtick to an apostrophe, the neighbours kept', () => {
    expect(foldText('@AZ[`az{').text).toBe("@az['az{");
  });
  it('maps every output unit to its source unit, through drops, expansions and surrogate pairs', () => {
    const f = foldText('Aß\u200cЁ\u{1d400}b');
    expect(f.text).toBe('assе\u{1d400}b');
    expect([...f.map]).toEqual([0, 1, 1, 3, 4, 4, 6, 7]);
  });
  it('ends the map with the input length, also for empty input', () => {
    expect([...foldText('').map]).toEqual([0]);
    expect(foldText('').text).toBe('');
    expect([...foldText('Ab').map]).toEqual([0, 1, 2]);
  });
});

describe('foldString', () => {
  it('agrees with foldText on mixed text', () => {
    for (const s of ['Kabul', 'Кабул Ё', 'کابل\u200cها', 'Straße `x`', 'Aä\u{1d400}Z', '']) expect(foldString(s), s).toBe(foldText(s).text);
  });
  it('takes the slow path for a backtick in otherwise ASCII text, and lowercases only A–Z there', () => {
    expect(foldString('A`B')).toBe("a'b");
    expect(foldString('@[`Z')).toBe("@['z");
    expect(foldString('ABC')).toBe('abc');
    expect(foldString('\u007f')).toBe('\u007f');
    expect(foldString('\u0080A')).toBe('\u0080a');
  });
});

describe('foldKey', () => {
  it('collapses runs of anything but letters and digits to one space and trims', () => {
    expect(foldKey('  Mazar-i-Sharif, 2023!  ')).toBe('mazar i sharif 2023');
    expect(foldKey('Кабул—Ташкент')).toBe('кабул ташкент');
    expect(foldKey('...')).toBe('');
  });
});
