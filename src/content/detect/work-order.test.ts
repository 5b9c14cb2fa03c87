import { describe, expect, it } from 'vitest';
import { FRAME_EVERY_MS, hasWork, nextWork, wantsFrame, type Pending } from './work-order';

const none: Pending = { sample: false, job: false, viewport: 0, mutations: false, dirty: 0, walks: 0, awaitingMatcher: false };
const all: Pending = { sample: true, job: true, viewport: 3, mutations: true, dirty: 2, walks: 1, awaitingMatcher: false };

describe('nextWork: the viewport first, then the rest of the frame', () => {
  it('takes the work in order: sample, job under way, viewport blocks, mutations, rechecks, the walk', () => {
    const order: string[] = [];
    const p = { ...all };
    // Each kind runs until it is used up, then the next one comes.
    for (let work = nextWork(p); work; work = nextWork(p)) {
      order.push(work);
      if (work === 'sample') p.sample = false;
      else if (work === 'job') p.job = false;
      else if (work === 'viewport') p.viewport--;
      else if (work === 'mutations') p.mutations = false;
      else if (work === 'dirty') p.dirty--;
      else p.walks--;
    }
    expect(order).toEqual(['sample', 'job', 'viewport', 'viewport', 'viewport', 'mutations', 'dirty', 'dirty', 'walk']);
    expect(hasWork(p)).toBe(false);
  });

  it('reads the viewport before the walk over the rest of the frame, even with both queued', () => {
    expect(nextWork({ ...none, viewport: 1, walks: 1 })).toBe('viewport');
    expect(nextWork({ ...none, sample: true, walks: 1 })).toBe('sample');
  });

  it('blocks handed back by one sense per document are read again before the walk goes on', () => {
    // A surname in view turned down, its person named further on: the viewport block is read
    // again at once, not after the rest of the frame.
    expect(nextWork({ ...none, dirty: 1, walks: 1 })).toBe('dirty');
  });

  it('a block under way is finished before the next one starts, viewport or not', () => {
    expect(nextWork({ ...none, job: true, viewport: 2 })).toBe('job');
  });

  it('rests while the matcher is on its way, with work left for when it comes', () => {
    const p = { ...all, awaitingMatcher: true };
    expect(nextWork(p)).toBeNull();
    expect(hasWork(p)).toBe(true);
    expect(nextWork(none)).toBeNull();
    expect(hasWork(none)).toBe(false);
  });
});

describe('wantsFrame: a rendering update at least every FRAME_EVERY_MS', () => {
  it('after a slice that made the first mark (its styles), hidden or not', () => {
    expect(wantsFrame({ now: 1, lastFrame: 0, styled: true, hidden: false })).toBe(true);
    expect(wantsFrame({ now: 1, lastFrame: 0, styled: true, hidden: true })).toBe(true);
  });
  it('once FRAME_EVERY_MS passed since the last one, not before', () => {
    expect(wantsFrame({ now: FRAME_EVERY_MS - 1, lastFrame: 0, styled: false, hidden: false })).toBe(false);
    expect(wantsFrame({ now: FRAME_EVERY_MS, lastFrame: 0, styled: false, hidden: false })).toBe(true);
    expect(wantsFrame({ now: 130, lastFrame: 100, styled: false, hidden: false, everyMs: 20 })).toBe(true);
    expect(wantsFrame({ now: 110, lastFrame: 100, styled: false, hidden: false, everyMs: 20 })).toBe(false);
  });
  it('never for pacing in a hidden document (no frames come there)', () => {
    expect(wantsFrame({ now: 10_000, lastFrame: 0, styled: false, hidden: true })).toBe(false);
  });
});
