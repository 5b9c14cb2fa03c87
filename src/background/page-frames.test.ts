import { describe, expect, it } from 'vitest';
import { PageFrames } from './page-frames';

describe('PageFrames', () => {
  it('a report of a document older than the tab\'s page is refused; equal or later, or without an origin, is kept', () => {
    const p = new PageFrames<string>();
    expect(p.current(1, 5)).toBe(true);
    expect(p.startPage(1, 100)).toBe(true);
    expect(p.current(1, 99.5)).toBe(false);
    expect(p.current(1, 100)).toBe(true);
    expect(p.current(1)).toBe(true);
    expect(p.set(1, 3, 'old', 99)).toBe(false);
    expect(p.set(1, 3, 'same', 100)).toBe(true);
    expect(p.set(1, 4, 'none')).toBe(true);
    expect(p.toJSON()).toEqual({ 1: { page: 100, frames: { 3: ['same', 100], 4: ['none', 100] } } });
  });
  it('a later page drops the reports older than it, keeps later ones, and leaves other tabs alone', () => {
    const p = new PageFrames<string>();
    p.set(1, 0, 'a', 10);
    p.set(1, 2, 'b', 30);
    p.set(2, 0, 'c', 10);
    expect(p.startPage(1, 20)).toBe(true);
    expect(p.frameIds(1)).toEqual([2]);
    expect(p.values(1)).toEqual(['b']);
    expect(p.startPage(1, 20)).toBe(false);
    expect(p.startPage(1, 15)).toBe(false);
    expect(p.startPage(1, 40)).toBe(true);
    expect(p.frameIds(1)).toEqual([]);
    expect(p.values(2)).toEqual(['c']);
    expect(p.toJSON()).toEqual({ 1: { page: 40, frames: {} }, 2: { page: 0, frames: { 0: ['c', 10] } } });
  });
  it('showPage: the same document changes nothing, a later one starts a page, an earlier one (restored) drops everything', () => {
    const p = new PageFrames<string>();
    p.set(1, 0, 'a', 10);
    p.set(1, 2, 'b', 30);
    expect(p.showPage(1, 0)).toBe('same');
    expect(p.showPage(1, 20)).toBe('later');
    expect(p.values(1)).toEqual(['b']);
    expect(p.showPage(1, 20)).toBe('same');
    expect(p.showPage(1, 10)).toBe('earlier');
    expect(p.values(1)).toEqual([]);
    expect(p.current(1, 10)).toBe(true);
    expect(p.current(1, 9)).toBe(false);
    expect(p.toJSON()).toEqual({ 1: { page: 10, frames: {} } });
  });
  it('delete says whether there was a value; forget drops the tab and its page', () => {
    const p = new PageFrames<string>();
    p.set(1, 0, 'a', 10);
    expect(p.get(1, 0)).toBe('a');
    expect(p.delete(1, 0)).toBe(true);
    expect(p.delete(1, 0)).toBe(false);
    expect(p.get(1, 0)).toBeUndefined();
    p.startPage(1, 50);
    expect(p.forget(1)).toBe(true);
    expect(p.forget(1)).toBe(false);
    expect(p.current(1, 10)).toBe(true);
    expect(p.toJSON()).toEqual({});
  });
  it('rebuilds from storage, keeping only well-formed tabs, frames, values and origins', () => {
    const parse = (raw: unknown) => (typeof raw === 'string' ? raw : null);
    const p = PageFrames.from(
      { 1: { page: 20, frames: { 0: ['a', 25], 1: ['b', 10], 2: [5, 30], 3: ['c', -1], 4: ['d', Infinity], x: ['e', 30], 5: ['f'] } }, y: { page: 1, frames: {} }, 2: 'z', 3: { page: -4 } },
      parse,
    );
    expect(p.toJSON()).toEqual({ 1: { page: 20, frames: { 0: ['a', 25] } } });
    expect(PageFrames.from(null, parse).toJSON()).toEqual({});
    expect(PageFrames.from([], parse).toJSON()).toEqual({});
  });
});
