// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { holdsPoint, liveRange, rangeNow, sameRange } from './ranges';

// happy-dom has no StaticRange constructor: its boundary points stand in for one here. That the
// detector's ranges are real StaticRanges is checked in the browsers (test/e2e/detect.e2e.ts).
const staticRange = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }) as AbstractRange;

function para(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

describe('mention ranges', () => {
  it('compare by their boundary points, and give live ranges over the same text', () => {
    const p = para('<p>In Kaz<b>akh</b>stan today</p>');
    const [a, b] = [p.firstChild!, p.lastChild!];
    const r = staticRange(a, 3, b, 4);
    expect(sameRange(r, staticRange(a, 3, b, 4))).toBe(true);
    expect(sameRange(r, staticRange(a, 3, b, 5))).toBe(false);
    expect(liveRange(r).toString()).toBe('Kazakhstan');
    expect(rangeNow(r).toString()).toBe('Kazakhstan');
  });

  it('share one live range for measuring, and give a tooltip a range of its own', () => {
    const p = para('<p>Kabul and Almaty</p>');
    const t = p.firstChild!;
    const first = rangeNow(staticRange(t, 0, t, 5));
    const second = rangeNow(staticRange(t, 10, t, 16));
    expect(second).toBe(first);
    expect(second.toString()).toBe('Almaty');
    const own = liveRange(staticRange(t, 0, t, 5));
    expect(own).not.toBe(first);
    expect(own.toString()).toBe('Kabul');
  });

  it('clamp offsets the page has made stale, instead of throwing', () => {
    const p = para('<p>Kazakhstan</p>');
    const t = p.firstChild as Text;
    const r = staticRange(t, 0, t, 10);
    t.data = 'Kaz';
    expect(rangeNow(r).toString()).toBe('Kaz');
    expect(liveRange(r).toString()).toBe('Kaz');
  });

  it('tell whether a caret point lies within them, in one text node or across several', () => {
    const p = para('<p>In Kaz<b>akh</b>stan today</p>');
    const [a, bold, c] = [p.firstChild!, p.childNodes[1]!.firstChild!, p.lastChild!];
    const one = staticRange(c, 0, c, 4);
    expect(holdsPoint(one, c, 2)).toBe(true);
    expect(holdsPoint(one, c, 6)).toBe(false);
    const across = staticRange(a, 3, c, 4);
    expect(holdsPoint(across, bold, 1)).toBe(true);
    expect(holdsPoint(across, a, 1)).toBe(false);
    expect(holdsPoint(across, document.createTextNode('elsewhere'), 0)).toBe(false);
  });
});
