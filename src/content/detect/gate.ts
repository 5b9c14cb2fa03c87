/**
 * Only mentions near the viewport are in the highlight. Engines re-validate every range of a
 * highlight whenever it changes, so a page with thousands of mentions would pay for all of them
 * on every slice; gated by an IntersectionObserver (a screen above and below), the highlight
 * holds what the reader can reach by scrolling a little, and grows as they scroll.
 */
import type { Mention } from '../contracts';
import type { Block } from './dom-rules';
import type { Highlights } from './highlights';

export interface Gate {
  update(block: Block, old: readonly Mention[] | undefined, next: readonly Mention[]): void;
  disconnect(): void;
}

/** `account` is told the main-thread time of each observer callback (it is Caravan's work too). */
export function createGate(highlights: Highlights, account: (ms: number) => void = () => undefined): Gate {
  if (typeof IntersectionObserver !== 'function') {
    return {
      update(_block, old, next) {
        for (const m of old ?? []) highlights.delete(m.range);
        for (const m of next) highlights.add(m.range);
      },
      disconnect: () => undefined,
    };
  }
  const byEl = new Map<Element, readonly Mention[]>();
  const near = new Set<Element>();
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
          near.add(e.target);
          for (const m of list) highlights.add(m.range);
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
  return {
    update(block, old, next) {
      const el = block instanceof ShadowRoot ? block.host : block;
      if (near.has(el)) {
        for (const m of old ?? []) highlights.delete(m.range);
        for (const m of next) highlights.add(m.range);
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
    disconnect() {
      observer.disconnect();
      byEl.clear();
      near.clear();
    },
  };
}
