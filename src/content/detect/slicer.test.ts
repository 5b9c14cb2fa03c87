import { describe, expect, it } from 'vitest';
import { createSlicer } from './slicer';

describe('createSlicer', () => {
  it('runs steps in slices within the budget, yielding between them, and reports idle', async () => {
    let left = 100;
    let yields = 0;
    let frames = 0;
    let afterSlices = 0;
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const slicer = createSlicer(
      () => {
        busy(1);
        return --left > 0;
      },
      5,
      () => afterSlices++,
      async () => {
        yields++;
      },
      async () => {
        frames++;
      },
    );
    slicer.kick();
    slicer.kick(); // idempotent while running
    await slicer.idle();
    expect(left).toBe(0);
    const stats = slicer.stats();
    expect(stats.slices).toBe(yields + frames);
    // 100 ms of steps: at least one wait is for a rendering update (one every FRAME_EVERY_MS).
    expect(frames).toBeGreaterThanOrEqual(1);
    expect(yields).toBeGreaterThan(frames);
    expect(stats.slices).toBeGreaterThan(5);
    expect(afterSlices).toBe(stats.slices);
    expect(stats.totalMs).toBeGreaterThanOrEqual(100);
  });

  it('resolves idle at once with nothing to do, and stops on request', async () => {
    let steps = 0;
    const slicer = createSlicer(() => ++steps < 1000, 1, undefined, () => new Promise((r) => setTimeout(r, 1)));
    await slicer.idle();
    slicer.kick();
    slicer.stop();
    await slicer.idle();
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBeLessThan(1000);
  });

  it('ends a slice at once on endSlice(), whatever its budget left, and goes on in the next', async () => {
    let steps = 0;
    const perSlice: number[] = [];
    let inSlice = 0;
    const slicer = createSlicer(
      () => {
        inSlice++;
        steps++;
        // The third step made something the reader should see now.
        if (steps === 3) slicer.endSlice();
        return steps < 10;
      },
      // A budget no step list of ten would use up.
      10_000,
      () => {
        perSlice.push(inSlice);
        inSlice = 0;
      },
      async () => undefined,
      async () => undefined,
    );
    slicer.kick();
    await slicer.idle();
    expect(steps).toBe(10);
    expect(perSlice).toEqual([3, 7]);
  });
});
