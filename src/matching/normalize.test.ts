import { describe, expect, it } from 'vitest';
import { COMPLEX, DROPPED, foldCodePoint, foldUnit } from './normalize';
import { SCRIPT_SUFFIXES, SUFFIXES_BY_LAST } from './inflect';

describe('foldUnit', () => {
  it('agrees with foldCodePoint on every BMP code unit of the scripts the gazetteer uses', () => {
    const ranges: [number, number][] = [[0x20, 0x24f], [0x300, 0x36f], [0x400, 0x52f], [0x600, 0x6ff], [0x750, 0x77f], [0x1e00, 0x1eff], [0x2000, 0x206f], [0xfb50, 0xfeff]];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const f = foldCodePoint(c);
        const u = foldUnit(c);
        const want = f.length === 0 ? DROPPED : f.length === 1 && f.charCodeAt(0) > COMPLEX ? f.charCodeAt(0) : COMPLEX;
        expect(u, `U+${c.toString(16)}`).toBe(want);
      }
    }
    expect(foldUnit('ß'.charCodeAt(0))).toBe(COMPLEX);
    expect(foldUnit(0x200c)).toBe(DROPPED);
    expect(foldUnit('Ё'.charCodeAt(0))).toBe('е'.charCodeAt(0));
    expect(foldUnit('ي'.charCodeAt(0))).toBe('ی'.charCodeAt(0));
    expect(foldUnit(0xd83d)).toBe(COMPLEX);
  });
});

describe('endings by their last letter', () => {
  it('hold every ending of each script exactly once, longest first', () => {
    for (const script of ['latin', 'cyrillic', 'arabic'] as const) {
      const grouped = [...SUFFIXES_BY_LAST[script].values()];
      expect(grouped.flat().sort()).toEqual([...SCRIPT_SUFFIXES[script]].sort());
      for (const list of grouped) {
        expect(new Set(list.map((s) => s.at(-1))).size).toBe(1);
        expect(list.map((s) => s.length)).toEqual(list.map((s) => s.length).sort((a, b) => b - a));
      }
    }
  });
});
