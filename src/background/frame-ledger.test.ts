import { describe, expect, it } from 'vitest';
import { FrameLedger } from './frame-ledger';

describe('FrameLedger', () => {
  it('counts distinct entities over all frames of a tab, and lists the frames to ask', () => {
    const l = new FrameLedger();
    expect(l.report(7, 0, ['kazakhstan', 'tokayev'])).toBe(true);
    expect(l.report(7, 3, ['kabul', 'kazakhstan', 'kabul'])).toBe(true);
    expect(l.report(9, 0, ['astana'])).toBe(true);
    expect(l.entityCount(7)).toBe(3);
    expect(l.frames(7)).toEqual([0, 3]);
    expect(l.entityCount(9)).toBe(1);
  });

  it('always asks the top frame, and forgets a frame that reports nothing', () => {
    const l = new FrameLedger();
    expect(l.frames(1)).toEqual([0]);
    l.report(1, 5, ['kabul']);
    expect(l.frames(1)).toEqual([0, 5]);
    expect(l.report(1, 5, [])).toBe(true);
    expect(l.frames(1)).toEqual([0]);
    expect(l.entityCount(1)).toBe(0);
    expect(l.report(1, 5, [])).toBe(false);
  });

  it('says when a report changes nothing (same entities in any order)', () => {
    const l = new FrameLedger();
    l.report(1, 0, ['b', 'a']);
    expect(l.report(1, 0, ['a', 'b', 'a'])).toBe(false);
    expect(l.report(1, 0, ['a'])).toBe(true);
  });

  it('forgets a whole tab', () => {
    const l = new FrameLedger();
    l.report(2, 0, ['a']);
    l.report(2, 4, ['b']);
    expect(l.forget(2)).toBe(true);
    expect(l.frames(2)).toEqual([0]);
    expect(l.entityCount(2)).toBe(0);
  });

  it('round-trips through JSON and drops malformed stored data', () => {
    const l = new FrameLedger();
    l.report(2, 0, ['a']);
    l.report(2, 4, ['b', 'c']);
    const back = FrameLedger.from(JSON.parse(JSON.stringify(l)));
    expect(back.frames(2)).toEqual([0, 4]);
    expect(back.entityCount(2)).toBe(3);
    const bad = FrameLedger.from({
      x: { page: 0, frames: { 0: [['a'], 1] } },
      3: { page: 'p', frames: { y: [['b'], 1], 1: ['c', 1], 2: [['d', 5, 'd'], 7], 5: [['e'], -1], 6: [[], 2], 8: [['f']] } },
      4: null,
      9: { page: 5, frames: null },
    });
    expect(bad.toJSON()).toEqual({ 3: { page: 0, frames: { 2: [['d'], 7] } }, 9: { page: 5, frames: {} } });
    expect(FrameLedger.from('nonsense').toJSON()).toEqual({});
  });

  it('keeps the reports of the tab\'s page: a new top document drops older documents\' reports, and later reports of those are refused', () => {
    const l = new FrameLedger();
    l.report(1, 0, ['kabul'], 1000);
    l.report(1, 3, ['herat'], 1010);
    // The new page's frame reports before its top document says it started: it stays.
    expect(l.report(1, 5, ['astana'], 2050)).toBe(true);
    expect(l.startPage(1, 2000)).toBe(true);
    expect(l.frames(1)).toEqual([0, 5]);
    expect(l.entityCount(1)).toBe(1);
    // A late report of the old page's frame is refused; the same page started again changes nothing.
    expect(l.report(1, 3, ['herat'], 1010)).toBe(false);
    expect(l.startPage(1, 2000)).toBe(false);
    expect(l.startPage(1, 1500)).toBe(false);
    expect(l.entityCount(1)).toBe(1);
    // An empty report of an old document does not forget the new page's frame.
    expect(l.report(1, 5, [], 1999)).toBe(false);
    expect(l.frames(1)).toEqual([0, 5]);
    // Reports without an origin (an older build) count as the page's.
    expect(l.report(1, 6, ['oral'])).toBe(true);
    expect(l.entityCount(1)).toBe(2);
    expect(l.startPage(1, 3000)).toBe(true);
    expect(l.entityCount(1)).toBe(0);
    // Other tabs are not touched.
    l.report(2, 0, ['kabul'], 1000);
    l.startPage(1, 4000);
    expect(l.entityCount(2)).toBe(1);
  });

  it('showPage: whether the page changed, later or earlier (restored: nothing of it is known)', () => {
    const l = new FrameLedger();
    l.report(1, 0, ['kabul'], 1000);
    expect(l.showPage(1, 1000)).toBe(true);
    expect(l.showPage(1, 1000)).toBe(false);
    expect(l.entityCount(1)).toBe(1);
    expect(l.showPage(1, 900)).toBe(true);
    expect(l.entityCount(1)).toBe(0);
    expect(l.report(1, 0, ['kabul'], 900)).toBe(true);
  });

  it('a frame whose new document reports the same entities takes the new origin', () => {
    const l = new FrameLedger();
    l.report(1, 4, ['kabul'], 1000);
    expect(l.report(1, 4, ['kabul'], 2100)).toBe(false);
    l.startPage(1, 2000);
    expect(l.entityCount(1)).toBe(1);
  });
});
