import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphs';

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
