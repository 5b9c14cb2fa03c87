import { describe, expect, it } from 'vitest';
import { MAX_LIVE, diffSpans, windowOf, type Box } from './dense-window';

/** Mentions laid out `perLine` to a line of 20 px, the viewport scrolled to `scroll` px. */
function layout(perLine: number, scroll: number, hidden: (i: number) => boolean = () => false) {
  let asked = 0;
  const box = (i: number): Box | null => {
    asked++;
    if (hidden(i)) return null;
    const top = Math.floor(i / perLine) * 20 - scroll;
    return { top, bottom: top + 18 };
  };
  return { box, asked: () => asked };
}

describe('windowOf', () => {
  it('marks a block of up to max mentions whole, without measuring any', () => {
    const { box, asked } = layout(10, 0);
    expect(windowOf(MAX_LIVE, box)).toEqual({ from: 0, to: MAX_LIVE });
    expect(windowOf(0, box)).toEqual({ from: 0, to: 0 });
    expect(asked()).toBe(0);
  });

  it('holds max mentions from a little above the viewport, found in about log2(n) measurements', () => {
    // 100,000 mentions, 10 a line; scrolled to line 5,000 (mention 50,000 at the viewport's top).
    const { box, asked } = layout(10, 5000 * 20);
    const w = windowOf(100_000, box);
    expect(w.to - w.from).toBe(MAX_LIVE);
    expect(w.from).toBe(50_000 - MAX_LIVE / 8);
    expect(asked()).toBeLessThanOrEqual(20);
  });

  it('stays within the block at its start and at its end', () => {
    expect(windowOf(100_000, layout(10, 0).box)).toEqual({ from: 0, to: MAX_LIVE });
    // Scrolled past the block: its last mentions.
    expect(windowOf(100_000, layout(10, 1e9).box)).toEqual({ from: 100_000 - MAX_LIVE, to: 100_000 });
  });

  it('steps over mentions without a box (hidden text) to the nearest one with a box', () => {
    const { box } = layout(10, 5000 * 20, (i) => i % 3 !== 0);
    const w = windowOf(100_000, box);
    expect(Math.abs(w.from - (50_000 - MAX_LIVE / 8))).toBeLessThan(8);
  });

  it('moves with the scroll', () => {
    const a = windowOf(20_000, layout(10, 100 * 20).box);
    const b = windowOf(20_000, layout(10, 130 * 20).box);
    expect(b.from - a.from).toBe(300);
  });
});

describe('diffSpans', () => {
  it('removes what left the window and adds what entered it', () => {
    expect(diffSpans({ from: 0, to: 100 }, { from: 60, to: 160 })).toEqual({ remove: [{ from: 0, to: 60 }], add: [{ from: 100, to: 160 }] });
    expect(diffSpans({ from: 60, to: 160 }, { from: 0, to: 100 })).toEqual({ remove: [{ from: 100, to: 160 }], add: [{ from: 0, to: 60 }] });
  });

  it('replaces a window that moved past the old one entirely, and changes nothing when it stays', () => {
    expect(diffSpans({ from: 0, to: 10 }, { from: 50, to: 60 })).toEqual({ remove: [{ from: 0, to: 10 }], add: [{ from: 50, to: 60 }] });
    expect(diffSpans({ from: 5, to: 10 }, { from: 5, to: 10 })).toEqual({ remove: [], add: [] });
    expect(diffSpans({ from: 0, to: 0 }, { from: 5, to: 10 })).toEqual({ remove: [], add: [{ from: 5, to: 10 }] });
  });
});
