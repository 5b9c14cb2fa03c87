/**
 * Only mentions near the viewport are in the highlight. Engines re-validate every range of a
 * highlight whenever it changes, so a page with thousands of mentions would pay for all of them
 * on every slice; gated by an IntersectionObserver (a screen above and below), the highlight
 * holds what the reader can reach by scrolling a little, and grows as they scroll.
 *
 * Which mentions are marked at all, and how, is the reader's (scope, muting, factless: see
 * `MarkKind`): the gate asks `kind` per mention, and `refilter` applies a new answer to the
 * mentions it holds, without reading the page again.
 */
import type { Mention } from '../contracts';
import type { Block } from './dom-rules';
import type { Highlights } from './highlights';
import { DENSE, diffSpans, windowOf, type Box, type Span } from './dense-window';
import { rangeNow } from '../ranges';
import { traceMark } from './trace';

/** How a mention is marked: fully, dimmed (no facts in the enabled sources), or not at all. */
export type MarkKind = 'mark' | 'dim' | null;
export type KindOf = (m: Mention) => MarkKind;

export interface Gate {
  update(block: Block, old: readonly Mention[] | undefined, next: readonly Mention[]): void;
  /**
   * The block is in view now (a hit test found it): its next mentions are marked at once, not
   * after the observer's first report, which comes only with a rendering update (decision 0291).
   * The observer's report corrects a wrong guess.
   */
  inView(block: Block): void;
  /** Marks the held mentions by a new `kind` (only those near the viewport touch the engine). */
  refilter(kind: KindOf): void;
  disconnect(): void;
}

const markAll: KindOf = () => 'mark';

/** `account` is told the main-thread time of each observer callback (it is Caravan's work too). */
export function createGate(highlights: Highlights, account: (ms: number) => void = () => undefined, initial: KindOf = markAll): Gate {
  let kind = initial;
  const add = (m: Mention) => {
    const k = kind(m);
    if (k) highlights.add(m.range, k === 'dim');
  };
  const byEl = new Map<Element, readonly Mention[]>();
  const near = new Set<Element>();
  const refilter = (next: KindOf) => {
    kind = next;
    for (const el of near) {
      for (const m of byEl.get(el) ?? []) {
        highlights.delete(m.range, false);
        add(m);
      }
    }
    highlights.flush();
  };
  if (typeof IntersectionObserver !== 'function') {
    // Without an observer every block counts as near.
    return {
      update(block, old, next) {
        // Also where no DOM is (Node, the unit tests).
        const el = typeof ShadowRoot === 'function' && block instanceof ShadowRoot ? block.host : (block as Element);
        for (const m of old ?? []) highlights.delete(m.range);
        for (const m of next) add(m);
        if (next.length) {
          byEl.set(el, next);
          near.add(el);
        } else {
          byEl.delete(el);
          near.delete(el);
        }
      },
      refilter,
      // Every block counts as near here already.
      inView: () => undefined,
      disconnect: () => {
        byEl.clear();
        near.clear();
      },
    };
  }
  /** Near dense blocks and the span of their mentions in the highlight (dense-window.ts). */
  const spans = new Map<Element, Span>();
  let framePending = false;
  const showSpan = (el: Element, list: readonly Mention[], span: Span) => {
    const old = spans.get(el) ?? { from: 0, to: 0 };
    const { remove, add: plus } = diffSpans(old, span);
    for (const s of remove) for (let i = s.from; i < s.to; i++) highlights.delete(list[i]!.range, false);
    for (const s of plus) for (let i = s.from; i < s.to; i++) add(list[i]!);
    spans.set(el, span);
  };
  /** Moves the windows of the near dense blocks to where the viewport is now (a frame after a scroll). */
  const moveWindows = () => {
    framePending = false;
    if (!spans.size) return;
    const t0 = performance.now();
    for (const el of spans.keys()) {
      const list = byEl.get(el);
      if (!list) continue;
      showSpan(el, list, windowOf(list.length, (i) => boxOf(list[i]!)));
    }
    highlights.flush();
    account(performance.now() - t0);
  };
  const soon = () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(moveWindows);
  };
  // Nested scroll containers scroll too: captured at the document.
  const onScroll = () => {
    if (spans.size) soon();
  };
  addEventListener('scroll', onScroll, { capture: true, passive: true });
  addEventListener('resize', onScroll, { passive: true });
  /** A block came near: a plain one is marked whole, a dense one by its window (measured in the next frame). */
  const show = (el: Element, list: readonly Mention[]) => {
    if (list.length > DENSE) {
      if (!spans.has(el)) spans.set(el, { from: 0, to: 0 });
      soon();
    } else for (const m of list) add(m);
  };
  const hide = (el: Element, list: readonly Mention[], gone: boolean) => {
    const span = spans.get(el);
    if (span) {
      for (let i = span.from; i < span.to && i < list.length; i++) highlights.delete(list[i]!.range, gone);
      spans.delete(el);
    } else for (const m of list) highlights.delete(m.range, gone);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const t0 = performance.now();
      for (const e of entries) {
        const list = byEl.get(e.target);
        if (!list) continue;
        // No box of its own (display: contents): cannot be observed, so it is always marked.
        const boxless = !e.isIntersecting && e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0;
        const inside = e.isIntersecting || boxless;
        if (inside && !near.has(e.target)) {
          traceMark('observer-mark');
          near.add(e.target);
          show(e.target, list);
        } else if (!inside && near.has(e.target)) {
          near.delete(e.target);
          hide(e.target, list, false);
        }
      }
      highlights.flush();
      account(performance.now() - t0);
    },
    { rootMargin: '100% 0px' },
  );
  /** Blocks a hit test found in view whose mentions are not marked yet. */
  const seen = new WeakSet<Element>();
  return {
    update(block, old, next) {
      const el = block instanceof ShadowRoot ? block.host : block;
      if (next.length && seen.has(el)) {
        seen.delete(el);
        near.add(el);
      }
      if (near.has(el)) {
        hide(el, old ?? [], true);
        show(el, next);
      }
      if (next.length) {
        if (!byEl.has(el)) observer.observe(el);
        byEl.set(el, next);
      } else if (byEl.delete(el)) {
        // Most blocks never had a mention: no call into the engine for them.
        near.delete(el);
        observer.unobserve(el);
      }
    },
    refilter: (next) => {
      kind = next;
      for (const el of near) {
        const list = byEl.get(el) ?? [];
        const span = spans.get(el);
        const shown = span ? list.slice(span.from, span.to) : list;
        for (const m of shown) {
          highlights.delete(m.range, false);
          add(m);
        }
      }
      highlights.flush();
    },
    inView(block) {
      seen.add(block instanceof ShadowRoot ? block.host : block);
    },
    disconnect() {
      observer.disconnect();
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
      byEl.clear();
      near.clear();
      spans.clear();
    },
  };
}

function boxOf(m: Mention): Box | null {
  const r = rangeNow(m.range).getBoundingClientRect();
  return r.width || r.height ? { top: r.top, bottom: r.bottom } : null;
}
