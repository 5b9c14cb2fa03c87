/**
 * A yield that lets the page's own timers run. A message (MessageChannel) or a scheduler.yield
 * continuation is not clamped like a nested setTimeout(0), so the slicer prefers it; but in Firefox
 * such tasks are picked ahead of due timers, and on the 100,000-repeats page the page's timers
 * starved for the whole pass (issue 18 item 4, decision 0296). So at least every `everyMs` the
 * yield goes through a timer: a timer queued now fires after the page's timers that are already
 * due, which therefore run first.
 */
export type YieldFn = () => Promise<void>;

/** Longest stretch of fast yields before one through a timer (a frame at 60 Hz). */
export const TIMER_YIELD_EVERY_MS = 16;

export const timerYield: YieldFn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function fairYield(
  fast: YieldFn,
  timer: YieldFn = timerYield,
  everyMs: number = TIMER_YIELD_EVERY_MS,
  now: () => number = () => performance.now(),
): YieldFn {
  let lastTimer = now();
  return async () => {
    if (now() - lastTimer < everyMs) return fast();
    await timer();
    lastTimer = now();
  };
}
