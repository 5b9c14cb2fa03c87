/**
 * Runs work in slices of a few milliseconds and gives the main thread back in between, so the
 * page stays responsive however large it is. The work is a `step` function that does one small
 * unit and says whether more remains; the slicer decides when to yield and keeps the numbers the
 * benchmark reads.
 */
import { fairYield, type YieldFn } from './fair-yield';
import { traceMark } from './trace';
import { wantsFrame } from './work-order';

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  /** Main-thread time spent in slices, summed. */
  totalMs: number;
}

export interface Slicer {
  /** Asks for slices until `step` reports no more work. Idempotent while running. */
  kick(): void;
  /** Resolves when no work is left (at once if none). */
  idle(): Promise<void>;
  /** Accounts main-thread time spent outside slices (the mutation callback). */
  account(ms: number): void;
  /**
   * Ends the running slice after the current step, whatever its budget left: what it did should
   * reach the screen now (the first mark in view, decision 0292).
   */
  endSlice(): void;
  stop(): void;
  stats(): SliceStats;
}

/** A hidden document gets no rendering updates: waiting for one would only wait out a timeout. */
const hiddenDocument = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * The best way this engine offers to let input and rendering run, then continue soon; through a
 * timer now and then so the page's own timers run too (fair-yield.ts).
 */
export function pickYield(): YieldFn {
  return fairYield(fastYield());
}

function fastYield(): YieldFn {
  const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (sched && typeof sched.yield === 'function') return () => sched.yield!.call(sched);
  if (typeof MessageChannel === 'function') {
    // Unlike nested setTimeout(0), a message is not clamped to 4 ms.
    const channel = new MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the next rendering update (a frame's style, layout and paint), or after 100 ms
 * where frames do not come (a hidden tab).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

export function createSlicer(
  step: () => boolean,
  budgetMs: number,
  /**
   * Runs at the end of every slice, inside its time (writes batched after the slice's reads).
   * Returning true makes the next slice wait for a rendering update first: the slice invalidated
   * styles, and the next one must not force the engine to recompute them inside itself.
   */
  afterSlice: () => unknown = () => undefined,
  yieldFn: YieldFn = pickYield(),
  /** Waits for a rendering update (wantsFrame says when). */
  frameFn: YieldFn = afterNextFrame,
): Slicer {
  const stats: SliceStats = { slices: 0, longestSliceMs: 0, totalMs: 0 };
  let running = false;
  let stopped = false;
  let cut = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };

  const record = (ms: number) => {
    stats.totalMs += ms;
    if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
  };

  async function loop(): Promise<void> {
    try {
      let more = true;
      let frame = false;
      let lastFrame = performance.now();
      while (more && !stopped) {
        // Yield first: the mutation or start that kicked us is usually the page's own task.
        if (frame) {
          await frameFn();
          traceMark('frame');
          lastFrame = performance.now();
        } else await yieldFn();
        if (stopped) break;
        const t0 = performance.now();
        let styled = false;
        cut = false;
        try {
          do more = step();
          while (more && !cut && performance.now() - t0 < budgetMs);
        } finally {
          styled = afterSlice() === true;
          frame = wantsFrame({ now: performance.now(), lastFrame, styled, hidden: hiddenDocument() });
        }
        stats.slices++;
        record(performance.now() - t0);
      }
    } finally {
      running = false;
      settle();
    }
  }

  return {
    kick() {
      if (running || stopped) return;
      running = true;
      void loop().catch((error: unknown) => console.error('[Caravan] detection failed:', error));
    },
    idle: () => (running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
    account: record,
    endSlice() {
      cut = true;
    },
    stop() {
      stopped = true;
      settle();
    },
    stats: () => ({ ...stats }),
  };
}
