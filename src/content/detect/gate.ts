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
          for (const m of list) add(m);
        } else if (!inside && near.has(e.target)) {
          near.delete(e.target);
          for (const m of list) highlights.delete(m.range, false);
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
        for (const m of old ?? []) highlights.delete(m.range);
        for (const m of next) add(m);
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
    refilter,
    inView(block) {
      seen.add(block instanceof ShadowRoot ? block.host : block);
    },
    disconnect() {
      observer.disconnect();
      byEl.clear();
      near.clear();
    },
  };
}
