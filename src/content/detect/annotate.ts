/**
 * The detector: finds the mentions of a page (or any Document / ShadowRoot), marks them, and keeps
 * them current while the page changes. Free of extension APIs, so the benchmark runs this very
 * code as a plain page script (createDetector + start + stats).
 *
 * Work is a queue of small steps run by the slicer: blocks seen in the viewport first, then
 * blocks touched by mutations, then the rest of the document in order. A block is scanned whole
 * (its inline text as one string, see collect.ts) and its mentions replace its previous ones.
 */
import type { Matcher } from '../../matching/types';
import type { Mention } from '../contracts';
import { collectBlock, isRendered } from './collect';
import { blockOf, dirOf, insideSkipped, isInline, isSkipped, langOf, type Block } from './dom-rules';
import { createGate } from './gate';
import { createHighlights, type Highlights, type MarkStyle } from './highlights';
import { MentionStore } from './store';
import { assemble, chunkBounds, mapSpan } from './segments';
import { createSlicer, type Slicer } from './slicer';
import { createWatcher, type Watcher } from './watch';

export interface DetectorOptions {
  /** Main-thread budget per slice, ms. */
  budgetMs?: number;
  /** Longest text matched in one step, UTF-16 units. */
  chunkSize?: number;
  /** Mark in the viewport first. */
  viewportFirst?: boolean;
  markStyle?: MarkStyle;
  /** Supplied by the content script to share one set of highlights; created otherwise. */
  highlights?: Highlights;
  /** Keep watching the page after the first pass. Default true. */
  observe?: boolean;
}

export interface DetectorStats {
  slices: number;
  longestSliceMs: number;
  totalMs: number;
  /** From start() to the first mark made from the viewport pass; null if it marked nothing. */
  firstViewportMarkMs: number | null;
  mentions: number;
  /** From start() to the end of the first full pass; null while it runs. */
  firstPassMs: number | null;
}

export interface Detector {
  /** Resolves when the whole page is annotated (the first full pass). */
  start(root: Document | ShadowRoot): Promise<void>;
  /** Resolves once no work is pending (mutations included). */
  idle(): Promise<void>;
  stats(): DetectorStats;
  stop(): void;
  readonly index: MentionStore;
  readonly highlights: Highlights;
}

interface Walk {
  walker: TreeWalker;
  root: Node;
  /** Rescan blocks even if already scanned (re-inserted content: its old ranges collapsed). */
  force: boolean;
}

interface Job {
  block: Block;
  parts: ReturnType<typeof collectBlock>;
  text: string;
  starts: number[];
  bounds: number[];
  next: number;
  matches: { entity: string; start: number; end: number; text: string }[];
  viewport: boolean;
}

const WALK_STEP = 256;

export function createDetector(matcher: Matcher, options: DetectorOptions = {}): Detector {
  const budgetMs = options.budgetMs ?? 8;
  const chunkSize = options.chunkSize ?? 2048;
  const highlights = options.highlights ?? createHighlights(options.markStyle);
  const gate = createGate(highlights);
  const index = new MentionStore(gate);

  const viewport: Block[] = [];
  const dirty = new Set<Block>();
  const walks: Walk[] = [];
  const scanned = new WeakSet<Block>();
  /** Blocks where a name was found in text that is not rendered: rechecked when attributes change. */
  const hidden = new Set<Block>();
  const roots = new WeakSet<Node>();
  let job: Job | null = null;
  /** The viewport is sampled in the first slice, not in start()'s caller's task. */
  let sample: Document | null = null;
  let t0 = 0;
  let firstViewportMarkMs: number | null = null;
  let firstPassMs: number | null = null;
  let stopped = false;

  const filter = (node: Node): number => {
    const el = node as Element;
    if (isSkipped(el)) {
      watcher?.rejected(el);
      return NodeFilter.FILTER_REJECT;
    }
    if (el.shadowRoot) addRoot(el.shadowRoot);
    return isInline(el) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
  };

  const walk = (root: Node, force: boolean): void => {
    const doc = root.ownerDocument ?? (root as Document);
    walks.push({ walker: doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, filter), root, force });
  };

  function addRoot(root: Document | ShadowRoot): void {
    if (roots.has(root)) return;
    roots.add(root);
    if (root instanceof ShadowRoot) {
      highlights.adopt(root);
      dirty.add(root);
    }
    watcher?.observe(root);
    walk(root, false);
    slicer?.kick();
  }

  /** Starts scanning a block; short texts finish within this step. */
  function begin(block: Block, viewportPass: boolean, trusted = false): void {
    scanned.add(block);
    hidden.delete(block);
    // Blocks handed over by a walk were vetted by its filter; others may sit anywhere.
    const editing = (block.ownerDocument ?? document).designMode === 'on';
    if (editing || !block.isConnected || (!trusted && insideSkipped(block))) {
      index.set(block, []);
      return;
    }
    const parts = collectBlock(block);
    for (const sr of parts.shadows) addRoot(sr);
    if (!parts.parts.some((p) => p.real && /\S/.test(p.text))) {
      index.set(block, []);
      return;
    }
    const { text, starts } = assemble(parts.parts);
    job = { block, parts, text, starts, bounds: chunkBounds(text, chunkSize), next: 0, matches: [], viewport: viewportPass };
    advance();
  }

  /** Matches the next chunk of the current job; at the end, maps and stores its mentions. */
  function advance(): void {
    const j = job!;
    const from = j.bounds[j.next]!;
    const to = j.bounds[j.next + 1]!;
    for (const m of matcher.match(j.text.slice(from, to))) {
      j.matches.push({ entity: m.entity, start: m.start + from, end: m.end + from, text: m.text });
    }
    j.next++;
    if (j.next < j.bounds.length - 1) return;
    job = null;
    finish(j);
  }

  function finish(j: Job): void {
    const mentions: Mention[] = [];
    let lang: string | null = null;
    let dir: 'ltr' | 'rtl' = 'ltr';
    let unseen = false;
    const rendered = new Map<Element, boolean>();
    const { parts, nodes } = j.parts;
    for (const m of j.matches) {
      const span = mapSpan(parts, j.starts, m.start, m.end);
      if (!span) continue;
      const startNode = nodes[span.start.part]!;
      const endNode = nodes[span.end.part]!;
      const parent = startNode.parentElement;
      if (parent && !isRendered(parent, rendered)) {
        unseen = true;
        continue;
      }
      const range = document.createRange();
      range.setStart(startNode, span.start.offset);
      range.setEnd(endNode, span.end.offset);
      if (lang === null) {
        lang = langOf(j.block);
        dir = dirOf(j.block, lang);
      }
      mentions.push({ entity: m.entity, text: m.text, range, lang, dir });
    }
    if (unseen) hidden.add(j.block);
    index.set(j.block, mentions);
    if (j.viewport && mentions.length && firstViewportMarkMs === null) firstViewportMarkMs = performance.now() - t0;
  }

  /** One small unit of work. Returns whether more remains. */
  function step(): boolean {
    if (stopped) return false;
    if (sample) {
      sampleViewport(sample);
      sample = null;
    } else if (job) advance();
    else if (viewport.length) begin(viewport.shift()!, true);
    else if (watcher?.pending()) watcher.process();
    else if (dirty.size) {
      const block = dirty.values().next().value!;
      dirty.delete(block);
      begin(block, false);
    } else if (walks.length) stepWalk(walks[0]!);
    return job !== null || sample !== null || viewport.length > 0 || dirty.size > 0 || walks.length > 0 || !!watcher?.pending();
  }

  function stepWalk(w: Walk): void {
    if (!w.walker.currentNode.isConnected && w.walker.currentNode !== w.root) {
      // Our place was removed from the page: start over; scanned blocks are not scanned twice.
      if (!w.root.isConnected) {
        walks.shift();
        return;
      }
      w.walker.currentNode = w.root;
      w.force = false;
    }
    for (let n = 0; n < WALK_STEP; n++) {
      const el = w.walker.nextNode() as Element | null;
      if (!el) {
        walks.shift();
        return;
      }
      if (w.force || !scanned.has(el)) {
        begin(el, false, true);
        return;
      }
    }
  }

  function sampleViewport(doc: Document): void {
    const w = doc.documentElement.clientWidth || innerWidth;
    const h = doc.documentElement.clientHeight || innerHeight;
    const seen = new Set<Block>();
    for (let y = h / 24; y < h; y += h / 12) {
      for (let x = w / 12; x < w; x += w / 6) {
        const el = doc.elementFromPoint(x, y);
        if (!el || el.shadowRoot || insideSkipped(el)) continue;
        const block = blockOf(el);
        if (block && !seen.has(block)) {
          seen.add(block);
          viewport.push(block);
        }
      }
    }
  }

  const onMutations = (blocks: Iterable<Block>, subtrees: Iterable<Node>, removed: boolean) => {
    for (const b of blocks) dirty.add(b);
    for (const n of subtrees) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (isSkipped(el)) {
        watcher?.rejected(el);
        continue;
      }
      if (el.shadowRoot) addRoot(el.shadowRoot);
      if (!isInline(el)) dirty.add(el);
      if (el.firstElementChild) walk(el, true);
    }
    if (removed) {
      index.sweep();
      for (const b of hidden) if (!b.isConnected) hidden.delete(b);
    }
    slicer?.kick();
  };

  const watcher: Watcher | null =
    options.observe === false
      ? null
      : createWatcher({
          changed: onMutations,
          recheck: (target) => {
            // Shown or hidden by a class, style or attribute: the blocks it holds (or that hold
            // it) get their visibility asked again.
            const near = (b: Block) => target === b || target.contains(b) || b.contains(target);
            for (const b of hidden) if (near(b)) dirty.add(b);
            for (const b of index.blocks()) if (near(b)) dirty.add(b);
          },
          account: (ms) => slicer?.account(ms),
        });
  const slicer: Slicer = createSlicer(step, budgetMs, () => highlights.flush());

  return {
    index,
    highlights,
    async start(root) {
      t0 = performance.now();
      stopped = false;
      if (root instanceof Document && options.viewportFirst !== false && root.documentElement) sample = root;
      addRoot(root);
      slicer.kick();
      await slicer.idle();
      if (firstPassMs === null) firstPassMs = performance.now() - t0;
    },
    idle: () => slicer.idle(),
    stats: () => ({ ...slicer.stats(), firstViewportMarkMs, firstPassMs, mentions: index.count }),
    stop() {
      stopped = true;
      watcher?.disconnect();
      slicer.stop();
      index.clear();
      gate.disconnect();
      highlights.flush();
      if (!options.highlights) highlights.clear();
    },
  };
}
