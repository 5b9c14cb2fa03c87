// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionIndex } from '../contracts';
import { HoverController, type HoverTarget } from './hover';

const mention = (entity: string): Mention => ({ entity, text: entity, range: document.createRange(), lang: 'en', dir: 'ltr' });

describe('hover intent', () => {
  const kz = mention('kazakhstan');
  const af = mention('afghanistan');
  /** What lies under each x: 0–99 Kazakhstan, 100–199 Afghanistan, 500+ the tooltip, else nothing. */
  const index: MentionIndex = {
    all: () => [kz, af],
    at: (x) => (x < 100 ? kz : x < 200 ? af : null),
    onChange: () => () => undefined,
  };
  let open: Mention | null;
  let sticky: 'none' | 'dialog' | 'pinned';
  let target: HoverTarget & { show: ReturnType<typeof vi.fn>; hide: ReturnType<typeof vi.fn> };
  let hover: HoverController;

  const move = (x: number, pointerType = 'mouse') =>
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10, pointerType, bubbles: true }));
  const tap = (x: number, type: 'pointerdown' | 'pointerup') =>
    document.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 10, pointerType: 'touch', pointerId: 7, bubbles: true }));

  beforeEach(() => {
    vi.useFakeTimers();
    open = null;
    sticky = 'none';
    target = {
      current: () => open,
      stickiness: () => sticky,
      show: vi.fn((m: Mention) => (open = m)),
      hide: vi.fn(() => (open = null)),
      isInside: (e: Event) => (e as PointerEvent).clientX >= 500,
    };
    hover = new HoverController(document, index, target, { delayMs: () => 300, graceMs: 300, frame: (cb) => cb() });
    hover.start();
  });
  afterEach(() => {
    hover.stop();
    vi.useRealTimers();
  });

  it('opens after the pointer rests on a mention for the hover delay, not before', () => {
    move(50);
    vi.advanceTimersByTime(299);
    expect(target.show).not.toHaveBeenCalled();
    move(52);
    vi.advanceTimersByTime(1);
    expect(target.show).toHaveBeenCalledWith(kz, { x: 50, y: 10 }, 'hover');
  });

  it('takes a rest seen before it started (the module loading on the first hover) as part of the delay', () => {
    hover.prime({ x: 50, y: 10 }, 120);
    vi.advanceTimersByTime(179);
    expect(target.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(target.show).toHaveBeenCalledWith(kz, { x: 50, y: 10 }, 'hover');
    // A rest longer than the delay opens at once; beside the marks, nothing.
    hover.reset();
    open = null;
    target.show.mockClear();
    hover.prime({ x: 150, y: 10 }, 900);
    expect(target.show).toHaveBeenCalledWith(af, { x: 150, y: 10 }, 'hover');
    target.show.mockClear();
    open = null;
    hover.prime({ x: 300, y: 10 }, 900);
    vi.advanceTimersByTime(1000);
    expect(target.show).not.toHaveBeenCalled();
  });

  it('does not open for a pointer only passing over', () => {
    move(50);
    vi.advanceTimersByTime(150);
    move(300);
    vi.advanceTimersByTime(1000);
    expect(target.show).not.toHaveBeenCalled();
  });

  it('stays open across the gap into the tooltip, and closes after the grace when the pointer leaves both', () => {
    move(50);
    vi.advanceTimersByTime(300);
    move(300); // the gap
    vi.advanceTimersByTime(200);
    move(600); // inside the tooltip
    vi.advanceTimersByTime(1000);
    expect(target.hide).not.toHaveBeenCalled();
    move(300);
    vi.advanceTimersByTime(299);
    expect(target.hide).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(target.hide).toHaveBeenCalledTimes(1);
  });

  it('moves to another mention after the delay', () => {
    move(50);
    vi.advanceTimersByTime(300);
    move(150);
    vi.advanceTimersByTime(300);
    expect(target.show).toHaveBeenLastCalledWith(af, expect.anything(), 'hover');
  });

  it('leaves a pinned or keyboard-opened tooltip alone', () => {
    move(50);
    vi.advanceTimersByTime(300);
    sticky = 'pinned';
    move(150);
    move(300);
    vi.advanceTimersByTime(2000);
    expect(target.hide).not.toHaveBeenCalled();
    expect(target.show).toHaveBeenCalledTimes(1);
  });

  it('does not reopen under a resting pointer after Escape', () => {
    move(50);
    vi.advanceTimersByTime(300);
    open = null;
    hover.suppress(kz);
    move(51);
    vi.advanceTimersByTime(1000);
    expect(target.show).toHaveBeenCalledTimes(1);
    move(300);
    move(50);
    vi.advanceTimersByTime(300);
    expect(target.show).toHaveBeenCalledTimes(2);
  });

  it('opens on a tap and closes on a tap elsewhere; a dragged tap does nothing', () => {
    tap(50, 'pointerdown');
    tap(50, 'pointerup');
    expect(target.show).toHaveBeenCalledWith(kz, { x: 50, y: 10 }, 'tap');
    tap(300, 'pointerdown');
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 340, clientY: 10, pointerType: 'touch' }));
    tap(340, 'pointerup');
    expect(target.hide).not.toHaveBeenCalled();
    tap(300, 'pointerdown');
    tap(300, 'pointerup');
    expect(target.hide).toHaveBeenCalledTimes(1);
  });

  it('ignores touch pointers for hover', () => {
    move(50, 'touch');
    vi.advanceTimersByTime(1000);
    expect(target.show).not.toHaveBeenCalled();
  });
});
