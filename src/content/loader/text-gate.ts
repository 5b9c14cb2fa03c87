/**
 * The loader's gate: reads a frame's text (and the text that arrives later) the way the detector
 * would see it, and tells whether any of it could hold a mention. Never false where the detector
 * would find one: text is joined across inline elements and separated at every other element
 * boundary, as collect.ts assembles a block; it reads more than the detector (hidden text, open
 * shadow roots inline), never less. Work is cut into slices of a few ms.
 */
import { INLINE_TAGS, MAY_SKIP, UI_ATTRIBUTE } from '../detect/dom-rules';
import { CLOSE, MAYBE_CLOSE, MAYBE_OPEN, OPEN } from './gate-keys';
import { createScanner, type Scanner } from './prefilter';
import { blockOf, IN_VIEW_MIN_ELEMENTS, inViewTrees, LOADER_SKIP } from './in-view';

export { LOADER_SKIP };


/** Attributes that change what the detector reads of an element (dom-rules' MAY_SKIP). */
export const WATCHED_ATTRIBUTES = ['hidden', 'style', 'contenteditable', UI_ATTRIBUTE];

const SLICE_MS = 6;

export interface Gate {
  /** Whether the frame has text, and whether the prefilter passed on it. */
  readonly scanner: Scanner;
  /** Reads a tree (document, element, shadow root), in slices; resolves when done. */
  read(root: Node): Promise<void>;
  /** Reads what changed since, as the mutation records say; starts watching `root`. */
  watch(root: Document, onRead: () => void): void;
  disconnect(): void;
}

const now = () => performance.now();
let lastTimer = 0;
/**
 * The yield between slices: scheduler.yield where there is one, but through a timer at least every
 * 16 ms (the detector's rule, fair-yield.ts, decision 0296; written out here for the loader's
 * bytes; decision 0283): scheduler.yield's continuations run ahead of the page's due timers, and
 * back to back they kept them waiting for the whole read (archive-of-our-own in Firefox: 282 ms).
 */
const yieldTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield && now() - lastTimer < 16) return s.yield();
  lastTimer = now();
  return new Promise((r) => setTimeout(r, 0));
};

/** Elements whose boundaries keep the text around them together (collect.ts: entered, no separator). */
function plainInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName) && !el.shadowRoot && !(el.hasAttributes() && el.matches(MAY_SKIP));
}

/**
 * Does the tree hold text the walk would read (not white space; not in the head, scripts,
 * styles), or an open shadow root (read as a tree of its own)? Stops at the first: a page's title
 * alone does not make a frame one with text. A frame without text does no more than this.
 */
function hasText(root: Node): boolean {
  if (root.nodeType === 3) return /\S/.test((root as Text).data);
  // SHOW_ELEMENT | SHOW_TEXT; FILTER_ACCEPT 1, FILTER_REJECT 2 (the subtree too), FILTER_SKIP 3.
  const w = document.createTreeWalker(root, 5, (n) =>
    n.nodeType === 3 ? (/\S/.test((n as Text).data) ? 1 : 3) : (n as Element).shadowRoot ? 1 : LOADER_SKIP.has((n as Element).localName) ? 2 : 3,
  );
  return !!w.nextNode();
}

/**
 * `prepare` runs once, before the first tree with text is read (the loader reads its settings and
 * the full keys there): a frame without text never reads storage.
 */
export function createGate(prepare: () => Promise<void> = async () => undefined): Gate {
  const scanner = createScanner();
  let prepared: Promise<void> | null = null;
  const ready = () => (prepared ??= prepare().catch(() => undefined));
  const { feed, separate, flush } = scanner;
  let t0 = 0;
  const tired = () => now() - t0 > SLICE_MS;
  const rest = async () => {
    flush();
    await yieldTask();
    t0 = now();
  };

  const shadows: ShadowRoot[] = [];
  let observer: MutationObserver | null = null;

  /**
   * One tree, depth first; resumes after a yield where it left off. Where the page removed that
   * node meanwhile, the rest of the tree cannot be found from it: the walk gives up (throws), and
   * the loader loads the detector rather than risk missing a name.
   */
  /** A text node's data; a long one in pieces with a rest between (2 MB of text is ~60 ms to test). */
  async function text(data: string): Promise<void> {
    for (let i = 0; i < data.length; i += 32_768) {
      feed(data.slice(i, i + 32_768));
      if (tired()) await rest();
    }
  }

  /**
   * The mark an element's start or end puts in the text (gate-keys.ts), as collect.ts separates
   * there: none for plain inline elements (their text joins), a line break for `<br>`, "maybe"
   * around an inline element whose attributes may make the detector skip it, a nested block's
   * otherwise; null for a plain inline element.
   */
  const markOf = (el: Element, end: boolean): string | null =>
    plainInline(el) ? null : el.localName === 'br' ? '\n' : INLINE_TAGS.has(el.localName) && !el.shadowRoot ? (end ? MAYBE_CLOSE : MAYBE_OPEN) : end ? CLOSE : OPEN;

  async function walk(root: Node): Promise<void> {
    if (root.nodeType === 3) return text((root as Text).data);
    let n: Node | null = root.nodeType === 9 ? (root as Document).documentElement : root;
    const top = n;
    let steps = 0;
    // Once the text has passed, the rest of it changes nothing: the detector reads it all anyway.
    while (n && !scanner.hit) {
      let down = false;
      if (n.nodeType === 3) await text((n as Text).data);
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (el.shadowRoot && !shadows.includes(el.shadowRoot)) shadows.push(el.shadowRoot);
        // Not entered: as an element with nothing in it.
        if (LOADER_SKIP.has(el.localName)) feed(OPEN + CLOSE);
        else {
          const m = n !== top && markOf(el, false);
          if (m) feed(m);
          if (n.firstChild) down = true;
          else if (m) feed(markOf(el, true)!);
        }
      } else if (n.nodeType === 11) down = !!n.firstChild;
      if (++steps % 128 === 0 && tired()) {
        await rest();
        if (!n.isConnected && root.isConnected) throw new Error();
      }
      if (down) {
        n = n.firstChild;
        continue;
      }
      while (n && n !== top && !n.nextSibling) {
        n = n.parentNode;
        const m = n && n !== top && n.nodeType === 1 && markOf(n as Element, true);
        if (m) feed(m);
      }
      n = n && n !== top ? n.nextSibling : null;
    }
    separate();
  }

  async function read(root: Node): Promise<void> {
    // Nothing to read: not even the walk's code is run (a frame without text, decision 0280).
    if (!hasText(root)) return;
    const doc = root.nodeType === 9;
    const top = doc ? (root as Document).documentElement : root;
    const all = top?.nodeType === 1 ? (top as Element).getElementsByTagName('*') : null;
    const many = !!all && all.length >= IN_VIEW_MIN_ELEMENTS;
    // Storage asked first (decision 0284): a large page's boxes in view are read while it answers
    // (decision 0282), not before it is asked.
    const keysRead = ready();
    const first = many && doc ? inViewTrees(root as Document) : [];
    await keysRead;
    // A small tree (or a text node): its whole text at once, one native search; where no form's
    // key is anywhere in it, no walk (decision 0282). Open shadow roots are not in textContent:
    // trees that hold or host one, and shadow roots themselves, are walked.
    if (!many && (top?.nodeType === 3 || (all && ![top as Element, ...all].some((e) => e.shadowRoot))) && !scanner.mayHold(top!.textContent!)) {
      scanner.text = true;
      return;
    }
    t0 = now();
    for (const el of first) if (!scanner.hit) await walk(el);
    // The text in view tested now (decision 0284): a hit found here imports the detector at once,
    // not after a slice of the whole frame read in document order while the buffer filled.
    flush();
    await walk(root);
    // Open shadow roots met on the way: trees of their own, watched too.
    while (shadows.length) {
      const sr = shadows.shift()!;
      observer?.observe(sr, OPTIONS);
      separate();
      await walk(sr);
    }
    flush();
  }

  const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };
  let queue: MutationRecord[] = [];
  let busy = false;

  return {
    scanner,
    read,
    watch(root, onRead) {
      const drain = async () => {
        if (busy) return;
        busy = true;
        try {
          while (queue.length) {
            const records = queue;
            queue = [];
            // What the detector would read again: the block around changed text, a new block whole.
            const trees = new Set<Node>();
            for (const r of records) {
              if (r.type === 'childList') {
                for (const a of r.addedNodes) trees.add(a.nodeType === 1 && !INLINE_TAGS.has((a as Element).localName) ? a : blockOf(r.target));
                if (r.removedNodes.length) trees.add(blockOf(r.target));
              } else trees.add(blockOf(r.target));
            }
            for (const t of trees) if (t.isConnected) await read(t);
          }
        } finally {
          busy = false;
        }
        onRead();
      };
      observer = new MutationObserver((records) => {
        // Inside the page's own task: only queue.
        for (const r of records) queue.push(r);
        if (!busy) setTimeout(() => void drain(), 0);
      });
      observer.observe(root, OPTIONS);
    },
    disconnect() {
      observer?.disconnect();
      observer = null;
      queue = [];
    },
  };
}
