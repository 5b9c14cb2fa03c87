import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../contracts';
import { createGate } from './gate';
import type { Highlights } from './highlights';
import { MAX_LIVE } from './dense-window';

/** Stand-ins for what the gate asks of the browser: an IntersectionObserver, frames, scroll events and ranges' boxes. */
let observed: ((entries: Array<{ target: Element; isIntersecting: boolean; boundingClientRect: { width: number; height: number } }>) => void) | null = null;
let frames: Array<() => void> = [];
let onScroll: (() => void) | null = null;
let scroll = 0;

class FakeRange {
  constructor(readonly i: number) {}
  getBoundingClientRect() {
    // 10 mentions a line of 20 px.
    const top = Math.floor(this.i / 10) * 20 - scroll;
    return { top, bottom: top + 18, width: 50, height: 18 };
  }
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', class {
    constructor(cb: typeof observed) {
      observed = cb;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  });
  vi.stubGlobal('Range', FakeRange);
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('addEventListener', (type: string, f: () => void) => {
    if (type === 'scroll') onScroll = f;
  });
  vi.stubGlobal('removeEventListener', () => undefined);
  vi.stubGlobal('ShadowRoot', class {});
  scroll = 0;
  frames = [];
});
afterEach(() => vi.unstubAllGlobals());

function recorder() {
  const marked = new Set<AbstractRange>();
  const h = {
    add: (r: AbstractRange) => marked.add(r),
    delete: (r: AbstractRange) => marked.delete(r),
    flush: () => undefined,
  } as unknown as Highlights;
  return { h, marked };
}

const mentions = (n: number): Mention[] =>
  Array.from({ length: n }, (_, i) => ({ entity: 'afghanistan', text: 'Afghanistan', range: new FakeRange(i) as unknown as AbstractRange, lang: 'en', dir: 'ltr' as const }));
const runFrames = () => frames.splice(0).forEach((f) => f());
const indices = (marked: Set<AbstractRange>) => [...marked].map((r) => (r as unknown as FakeRange).i).sort((a, b) => a - b);

describe('gate: a dense block is marked by a window', () => {
  it('marks at most MAX_LIVE mentions around the viewport, a frame after the block comes near, and follows the scroll', () => {
    const { h, marked } = recorder();
    const gate = createGate(h);
    const block = {} as Element;
    const list = mentions(100_000);
    gate.update(block, undefined, list);
    observed!([{ target: block, isIntersecting: true, boundingClientRect: { width: 500, height: 1e6 } }]);
    expect(marked.size).toBe(0);
    runFrames();
    expect(marked.size).toBe(MAX_LIVE);
    expect(indices(marked)[0]).toBe(0);
    scroll = 3_000 * 20;
    onScroll!();
    runFrames();
    const now = indices(marked);
    expect(now.length).toBe(MAX_LIVE);
    expect(now[0]).toBe(30_000 - MAX_LIVE / 8);
    // Out of reach: nothing stays marked.
    observed!([{ target: block, isIntersecting: false, boundingClientRect: { width: 500, height: 1e6 } }]);
    expect(marked.size).toBe(0);
    gate.disconnect();
  });

  it('replaces a rescanned block’s window, and marks a block that became small whole', () => {
    const { h, marked } = recorder();
    const gate = createGate(h);
    const block = {} as Element;
    const dense = mentions(5_000);
    gate.update(block, undefined, dense);
    observed!([{ target: block, isIntersecting: true, boundingClientRect: { width: 500, height: 1e4 } }]);
    runFrames();
    expect(marked.size).toBe(MAX_LIVE);
    const few = mentions(3);
    gate.update(block, dense, few);
    expect(indices(marked)).toEqual([0, 1, 2]);
    expect([...marked].every((r) => few.some((m) => m.range === r))).toBe(true);
    gate.update(block, few, []);
    expect(marked.size).toBe(0);
  });
});
