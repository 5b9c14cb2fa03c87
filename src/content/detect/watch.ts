/**
 * Keeps the mentions current: a MutationObserver on the document and on each open shadow root.
 * The observer callback only queues records (it runs inside the page's own task, so it must stay
 * cheap); the slicer turns them into blocks to rescan, a few hundred records per step.
 */
import { blockOf, insideSkipped, isSkipped, type Block } from './dom-rules';

export interface WatcherHooks {
  /** Blocks whose text changed, subtrees that arrived, and whether anything was removed. */
  changed(blocks: Iterable<Block>, subtrees: Iterable<Node>, removed: boolean): void;
  /** An element's class, style or visibility attribute changed. */
  recheck(target: Element): void;
  account(ms: number): void;
}

export interface Watcher {
  observe(root: Document | ShadowRoot): void;
  /** Remembers an element skipped for an attribute, to scan it if that attribute goes away. */
  rejected(el: Element): void;
  pending(): boolean;
  process(): void;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'contenteditable'],
};

const PER_STEP = 200;

export function createWatcher(hooks: WatcherHooks): Watcher {
  let queue: MutationRecord[] = [];
  let at = 0;
  const rejectedEls = new WeakSet<Element>();
  const observer = new MutationObserver((records) => {
    const t = performance.now();
    if (at > 0 && at === queue.length) {
      queue = [];
      at = 0;
    }
    for (const r of records) queue.push(r);
    hooks.changed([], [], false); // wakes the slicer
    hooks.account(performance.now() - t);
  });

  function process(): void {
    const blocks = new Set<Block>();
    const subtrees: Node[] = [];
    const attrTargets = new Set<Element>();
    let removed = false;
    const end = Math.min(queue.length, at + PER_STEP);
    for (; at < end; at++) {
      const r = queue[at]!;
      if (r.type === 'attributes') {
        attrTargets.add(r.target as Element);
        continue;
      }
      if (insideSkipped(r.target)) continue;
      const block = blockOf(r.target);
      if (block) blocks.add(block);
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeType === 1 && n.isConnected) subtrees.push(n);
        if (r.removedNodes.length) removed = true;
      }
    }
    if (at === queue.length) {
      queue = [];
      at = 0;
    }
    for (const el of attrTargets) {
      if (!el.isConnected || insideSkipped(el.parentNode ?? el)) continue;
      if (rejectedEls.has(el) && !isSkipped(el)) {
        // No longer hidden or editable: its content was never scanned.
        rejectedEls.delete(el);
        subtrees.push(el);
        const block = blockOf(el);
        if (block) blocks.add(block);
      } else if (isSkipped(el)) {
        rejectedEls.add(el);
        const block = blockOf(el);
        if (block) blocks.add(block);
      }
      hooks.recheck(el);
    }
    if (blocks.size || subtrees.length || removed) hooks.changed(blocks, subtrees, removed);
  }

  return {
    observe: (root) => observer.observe(root, OPTIONS),
    rejected: (el) => rejectedEls.add(el),
    pending: () => at < queue.length,
    process,
    disconnect() {
      observer.disconnect();
      queue = [];
      at = 0;
    },
  };
}
