import { describe, expect, it } from 'vitest';
import type { Mention } from '../contracts';
import { nextIndex, type RectOf } from './navigate';

const mentions = (n: number): Mention[] =>
  Array.from({ length: n }, (_, i) => ({ entity: 'afghanistan', text: 'Afghanistan', range: { i } as unknown as AbstractRange, lang: 'en', dir: 'ltr' as const }));
const at = (m: Mention) => (m.range as unknown as { i: number }).i;

/** 10 mentions a line of 20 px, scrolled `scroll` px; `hidden` ones have no box. Counts the measurements. */
function page(scroll: number, hidden: (i: number) => boolean = () => false) {
  let measured = 0;
  const rectOf: RectOf = (m) => {
    measured++;
    const i = at(m);
    if (hidden(i)) return null;
    const top = Math.floor(i / 10) * 20 - scroll;
    return { top, bottom: top + 18 };
  };
  return { rectOf, measured: () => measured };
}

describe('nextIndex', () => {
  for (const n of [500, 100_000]) {
    it(`without a current mention, goes to the first in view or the last above (${n} mentions)`, () => {
      const all = mentions(n);
      const mid = Math.floor(n / 20) * 10; // a line's first mention, in the middle
      expect(nextIndex(all, null, 1, page((mid / 10) * 20).rectOf)).toBe(mid);
      expect(nextIndex(all, null, -1, page((mid / 10) * 20).rectOf)).toBe(mid - 1);
      // Scrolled past everything: forward goes to the last one above; back too.
      expect(nextIndex(all, null, 1, page(1e9).rectOf)).toBe(n - 1);
      // At the top, back wraps round to the last laid-out mention.
      expect(nextIndex(all, null, -1, page(0, (i) => i === n - 1).rectOf)).toBe(n - 2);
    });
  }

  it('finds the reader’s place among 100,000 mentions in a few dozen measurements, not 100,000', () => {
    const p = page(2_000 * 20);
    expect(nextIndex(mentions(100_000), null, 1, p.rectOf)).toBe(20_000);
    expect(p.measured()).toBeLessThan(60);
  });

  it('skips mentions without a box, either side of the viewport', () => {
    const hidden = (i: number) => i >= 19_990 && i < 20_020;
    expect(nextIndex(mentions(100_000), null, 1, page(2_000 * 20, hidden).rectOf)).toBe(20_020);
    expect(nextIndex(mentions(100_000), null, -1, page(2_000 * 20, hidden).rectOf)).toBe(19_989);
  });

  it('steps from the current mention to the next laid-out one, wrapping round', () => {
    const all = mentions(100_000);
    const { rectOf } = page(0, (i) => i === 6);
    expect(nextIndex(all, all[5]!, 1, rectOf)).toBe(7);
    expect(nextIndex(all, all[0]!, -1, rectOf)).toBe(99_999);
    expect(nextIndex([], null, 1, rectOf)).toBe(-1);
  });
});
