import { describe, expect, it } from 'vitest';
import { paragraphsOf, quotesInOrder } from './paragraphs';

describe('paragraphsOf', () => {
  const text = 'First line here.\nSecond has the quote inside.\n\nThird.';
  it('splits on line breaks and highlights [start, end)', () => {
    const start = text.indexOf('the quote');
    const ps = paragraphsOf(text, start, start + 'the quote'.length);
    expect(ps).toHaveLength(3);
    expect(ps[1]).toMatchObject({
      marked: true,
      runs: [
        { text: 'Second has ', mark: false },
        { text: 'the quote', mark: true },
        { text: ' inside.', mark: false },
      ],
    });
    expect(ps.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['First line here.', 'Second has the quote inside.', 'Third.']);
  });

  it('a highlight across paragraphs marks its part in each', () => {
    const start = text.indexOf('here');
    const ps = paragraphsOf(text, start, text.indexOf('has'));
    expect(ps.filter((p) => p.marked)).toHaveLength(2);
  });

  it('no highlight without offsets', () => {
    expect(paragraphsOf(text).every((p) => !p.marked)).toBe(true);
  });
});

describe('quotesInOrder', () => {
  it('orders by offset, marks the chosen fact and notes gaps', () => {
    const out = quotesInOrder(
      [
        { id: 's#2', quote: 'Later.', start: 100, end: 106 },
        { id: 's#0', quote: 'First.', start: 0, end: 6 },
        { id: 's#1', quote: 'Next.', start: 7, end: 12 },
      ],
      's#2',
    );
    expect(out.map((p) => [p.id, p.marked, p.gapBefore])).toEqual([
      ['s#0', false, false],
      ['s#1', false, false],
      ['s#2', true, true],
    ]);
  });
});
