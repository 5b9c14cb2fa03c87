/** resolve.ts on hand-made candidates: the exact order of preference and the redo after a rejection. */
import { describe, expect, it } from 'vitest';
import { resolve } from './resolve';
import type { Candidate } from './scan';

interface Opts {
  ambiguous?: boolean;
  blocker?: boolean;
  order?: number;
}
/** Only the fields resolve.ts and ambiguity.ts read; the rest of a real IndexedForm is irrelevant here. */
function cand(name: string, start: number, end: number, t0: number, t1: number, entity: string, o: Opts = {}): Candidate & { name: string } {
  const form = { form: { entity, ambiguous: o.ambiguous ?? false }, blocker: o.blocker ?? false, order: o.order ?? 0 };
  return { name, start, end, t0, t1, form } as unknown as Candidate & { name: string };
}
const names = (cs: readonly Candidate[]) => cs.map((c) => (c as Candidate & { name: string }).name);
const noSupport = new Map<string, ReadonlySet<string>>();

describe('resolve', () => {
  it('gives no mentions and no rejections for no candidates', () => {
    expect(resolve([], 10, noSupport)).toEqual({ chosen: [], rejected: [] });
  });

  it('prefers the longer of two overlapping candidates, whichever comes first', () => {
    const short = cand('short', 0, 5, 0, 0, 'a');
    const long = cand('long', 0, 11, 0, 1, 'b');
    expect(names(resolve([short, long], 2, noSupport).chosen)).toEqual(['long']);
    expect(names(resolve([long, short], 2, noSupport).chosen)).toEqual(['long']);
  });

  it('prefers the earlier of two overlapping candidates of equal length', () => {
    const early = cand('early', 0, 9, 0, 1, 'b');
    const late = cand('late', 4, 13, 1, 2, 'a');
    expect(names(resolve([late, early], 3, noSupport).chosen)).toEqual(['early']);
  });

  it('on the same span prefers a look-alike, then an unambiguous form, then the smaller entity id, then gazetteer order', () => {
    const span = (name: string, entity: string, o: Opts) => cand(name, 0, 5, 0, 0, entity, o);
    expect(names(resolve([span('name', 'a', {}), span('blocker', 'z', { blocker: true })], 1, noSupport).chosen)).toEqual(['blocker']);
    const firm = span('firm', 'z', {});
    expect(names(resolve([span('amb', 'a', { ambiguous: true }), firm], 1, noSupport).chosen)).toEqual(['firm']);
    expect(names(resolve([span('y', 'y', {}), span('x', 'x', {})], 1, noSupport).chosen)).toEqual(['x']);
    expect(names(resolve([span('second', 'x', { order: 2 }), span('first', 'x', { order: 1 })], 1, noSupport).chosen)).toEqual(['first']);
  });

  it('keeps candidates that share no word, sorted by start, and never two over one word', () => {
    const a = cand('a', 20, 30, 4, 5, 'a');
    const b = cand('b', 0, 4, 0, 0, 'b');
    const c = cand('c', 6, 9, 1, 1, 'c');
    const overB = cand('overB', 2, 6, 0, 0, 'd');
    expect(names(resolve([a, overB, c, b], 6, noSupport).chosen)).toEqual(['b', 'c', 'a']);
  });

  it('rejects an unsupported ambiguous mention and then lets the shorter candidate under it in', () => {
    const amb = cand('amb', 0, 11, 0, 1, 'x', { ambiguous: true });
    const under = cand('under', 0, 5, 0, 0, 'y');
    const r = resolve([amb, under], 2, noSupport);
    expect(names(r.chosen)).toEqual(['under']);
    expect(names(r.rejected)).toEqual(['amb']);
  });

  it('keeps an ambiguous mention with a supporting firm mention inside the window, exactly to its bound', () => {
    const support = new Map([['x', new Set(['kz'])]]);
    const amb = () => cand('amb', 100, 110, 10, 10, 'x', { ambiguous: true });
    // window 20: lo = 80, hi = 130
    const atLo = cand('kz', 70, 80, 1, 1, 'kz');
    const beforeLo = cand('kz', 70, 79, 1, 1, 'kz');
    const atHi = cand('kz', 130, 140, 20, 20, 'kz');
    const afterHi = cand('kz', 131, 140, 20, 20, 'kz');
    expect(names(resolve([amb(), atLo], 30, support, 20).chosen)).toEqual(['kz', 'amb']);
    expect(names(resolve([amb(), beforeLo], 30, support, 20).rejected)).toEqual(['amb']);
    expect(names(resolve([amb(), atHi], 30, support, 20).chosen)).toEqual(['amb', 'kz']);
    expect(names(resolve([amb(), afterHi], 30, support, 20).rejected)).toEqual(['amb']);
  });

  it('lets a firm mention of another entity support only if the support map names it; by default only the same entity', () => {
    const amb = () => cand('amb', 100, 110, 10, 10, 'x', { ambiguous: true });
    const other = () => cand('other', 120, 125, 12, 12, 'kz');
    const same = () => cand('same', 120, 125, 12, 12, 'x');
    expect(names(resolve([amb(), other()], 30, noSupport).rejected)).toEqual(['amb']);
    expect(resolve([amb(), same()], 30, noSupport).rejected).toEqual([]);
    expect(resolve([amb(), other()], 30, new Map([['x', new Set(['kz'])]])).rejected).toEqual([]);
  });

  it('handles more words than its 1024-word scratch and leaves it clear for the next call', () => {
    const far = cand('far', 9000, 9010, 2000, 2001, 'a');
    const overFar = cand('overFar', 9005, 9012, 2001, 2001, 'b');
    expect(names(resolve([overFar, far], 2002, noSupport).chosen)).toEqual(['far']);
    expect(names(resolve([cand('again', 9005, 9012, 2001, 2001, 'b')], 2002, noSupport).chosen)).toEqual(['again']);
  });
});
