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
    const bad = FrameLedger.from({ x: { 0: ['a'] }, 3: { y: ['b'], 1: 'c', 2: ['d', 5] }, 4: null });
    expect(bad.toJSON()).toEqual({ 3: { 2: ['d'] } });
    expect(FrameLedger.from('nonsense').toJSON()).toEqual({});
  });
});
