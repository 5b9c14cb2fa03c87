/**
 * Hover and tap intent, without a listener or wrapper per mention: one passive pointermove
 * listener on the document, checked at most once per animation frame against `index.at(x, y)`.
 * Listeners are on the capture phase, so a page that stops propagation does not blind us.
 */
import type { Mention, MentionIndex } from '../contracts';
import type { Point } from './position';
import { sameRange } from '../ranges';
import { TAP_SLOP_PX } from './limits';

/** What the controller drives; implemented by the tooltip (index.ts). */
export interface HoverTarget {
  current(): Mention | null;
  /** 'pinned' ignores the pointer entirely; 'dialog' (keyboard) ignores pointer leave but closes on a press outside. */
  stickiness(): 'none' | 'dialog' | 'pinned';
  show(mention: Mention, point: Point, reason: 'hover' | 'tap'): void;
  hide(): void;
  /** True for an event from inside the tooltip. */
  isInside(event: Event): boolean;
}

export interface HoverOptions {
  /** Resting time before a hover opens (settings.hoverDelayMs), read at each hover. */
  delayMs(): number;
  /** How long the tooltip outlives the pointer's leaving, so it can cross the gap into the tooltip. */
  graceMs?: number;
  /** Frame scheduler; requestAnimationFrame unless a test supplies one. */
  frame?: (callback: () => void) => void;
}

export function sameMention(a: Mention | null, b: Mention | null): boolean {
  if (a === b) return true;
  return !!a && !!b && a.entity === b.entity && sameRange(a.range, b.range);
}

export class HoverController {
  private pointer: { point: Point; inside: boolean } | null = null;
  private framePending = false;
  private candidate: Mention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Closed with Escape while the pointer rested on it: not reopened until the pointer leaves it. */
  private suppressed: Mention | null = null;
  private tap: { id: number; x: number; y: number; moved: boolean } | null = null;
  private readonly graceMs: number;
  private readonly frame: (callback: () => void) => void;
  private readonly listeners: Array<[string, EventListener, AddEventListenerOptions]> = [];

  constructor(
    private readonly doc: Document,
    private readonly index: MentionIndex,
    private readonly target: HoverTarget,
    private readonly options: HoverOptions,
  ) {
    this.graceMs = options.graceMs ?? 300;
    this.frame = options.frame ?? ((cb) => (doc.defaultView ?? window).requestAnimationFrame(cb));
  }

  start(): void {
    const passive = { passive: true, capture: true };
    this.listen('pointermove', (e) => this.onMove(e as PointerEvent), passive);
    this.listen('pointerout', (e) => this.onOut(e as PointerEvent), passive);
    this.listen('pointerdown', (e) => this.onDown(e as PointerEvent), passive);
    this.listen('pointerup', (e) => this.onUp(e as PointerEvent), passive);
    this.listen('pointercancel', () => (this.tap = null), passive);
    this.listen('scroll', () => this.tap && (this.tap.moved = true), passive);
  }

  stop(): void {
    for (const [type, listener, options] of this.listeners) this.doc.removeEventListener(type, listener, options);
    this.listeners.length = 0;
    this.cancelOpen();
    this.cancelHide();
  }

  /** After Escape: the mention under a resting pointer must not spring back open. */
  suppress(mention: Mention | null): void {
    this.suppressed = mention;
    this.cancelOpen();
    this.cancelHide();
  }

  /**
   * The pointer rests at `point` since `restedMs` ago, as seen before this controller started (the
   * tooltip's code loads on the first hover, decision 0300): decided now, the hover delay counted
   * from then.
   */
  prime(point: Point, restedMs: number): void {
    this.pointer = { point, inside: false };
    this.check(restedMs);
  }

  /** The tooltip was shown or closed by other means (keyboard, API): stale timers must not act on it. */
  reset(): void {
    this.cancelOpen();
    this.cancelHide();
  }

  private listen(type: string, listener: EventListener, options: AddEventListenerOptions): void {
    this.doc.addEventListener(type, listener, options);
    this.listeners.push([type, listener, options]);
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') {
      if (this.tap && Math.hypot(e.clientX - this.tap.x, e.clientY - this.tap.y) > TAP_SLOP_PX) this.tap.moved = true;
      return;
    }
    this.pointer = { point: { x: e.clientX, y: e.clientY }, inside: this.target.isInside(e) };
    if (this.framePending) return;
    this.framePending = true;
    this.frame(() => {
      this.framePending = false;
      this.check();
    });
  }

  private onOut(e: PointerEvent): void {
    // Leaving the window: no further pointermove will tell us the pointer is gone.
    if (e.pointerType !== 'touch' && e.relatedTarget === null && !this.target.isInside(e)) {
      this.pointer = null;
      this.cancelOpen();
      this.leave();
    }
  }

  /** One decision per frame, for the latest pointer position. */
  check(restedMs = 0): void {
    const pointer = this.pointer;
    if (!pointer) return;
    if (pointer.inside) {
      // The tooltip counts as part of its mention: crossing into it keeps it open.
      this.cancelHide();
      this.cancelOpen();
      return;
    }
    const mention = this.index.at(pointer.point.x, pointer.point.y);
    if (this.suppressed && !sameMention(mention, this.suppressed)) this.suppressed = null;
    if (mention && this.suppressed) return;
    if (mention && sameMention(mention, this.target.current())) {
      this.cancelHide();
      this.cancelOpen();
      return;
    }
    if (mention) {
      if (!sameMention(mention, this.candidate)) this.scheduleOpen(mention, pointer.point, restedMs);
    } else {
      this.cancelOpen();
    }
    this.leave();
  }

  private leave(): void {
    if (this.target.current() && this.target.stickiness() === 'none') this.scheduleHide();
  }

  private scheduleOpen(mention: Mention, point: Point, restedMs = 0): void {
    this.cancelOpen();
    this.candidate = mention;
    const fire = (): void => {
      this.candidate = null;
      this.openTimer = undefined;
      // A pinned or keyboard-opened tooltip is not replaced by a passing pointer.
      if (this.target.stickiness() !== 'none') return;
      this.cancelHide();
      this.target.show(mention, point, 'hover');
    };
    const delay = this.options.delayMs() - restedMs;
    if (delay <= 0) fire();
    else this.openTimer = setTimeout(fire, delay);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.candidate = null;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (this.target.stickiness() === 'none') this.target.hide();
    }, this.graceMs);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private onDown(e: PointerEvent): void {
    if (e.pointerType === 'touch') {
      this.tap = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
      return;
    }
    // A press elsewhere ends a keyboard-opened tooltip; a pinned one stays until Escape or Close.
    if (!this.target.isInside(e) && this.target.stickiness() === 'dialog') {
      const mention = this.index.at(e.clientX, e.clientY);
      if (!sameMention(mention, this.target.current())) this.target.hide();
    }
  }

  private onUp(e: PointerEvent): void {
    if (e.pointerType !== 'touch') return;
    const tap = this.tap;
    this.tap = null;
    if (!tap || tap.id !== e.pointerId || tap.moved) return;
    // Pinned: the reader asked for this one to stay, and a tap elsewhere is reading, not dismissing.
    if (this.target.stickiness() === 'pinned') return;
    if (Math.hypot(e.clientX - tap.x, e.clientY - tap.y) > TAP_SLOP_PX) return;
    if (this.target.isInside(e)) return;
    const mention = this.index.at(e.clientX, e.clientY);
    if (mention) {
      this.cancelOpen();
      this.cancelHide();
      if (!sameMention(mention, this.target.current())) this.target.show(mention, { x: e.clientX, y: e.clientY }, 'tap');
    } else if (this.target.current()) {
      this.target.hide();
    }
  }
}
