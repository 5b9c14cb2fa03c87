/**
 * The detector: finds the mentions of a page (or any Document / ShadowRoot), marks them, and keeps
 * them current while the page changes. Free of extension APIs, so the benchmark runs this very
 * code as a plain page script (createDetector + start + stats).
 *
 * Work is a queue of small steps run by the slicer: blocks seen in the viewport first, then
 * blocks touched by mutations, then the rest of the document in order. A block is scanned whole
 * (its inline text as one string, see collect.ts) and its mentions replace its previous ones.
 */
import { OneSense } from '../../matching/document';
import type { Matcher } from '../../matching/types';
import type { Mention } from '../contracts';
import { staticRange } from '../ranges';
import { collectBlock, hasText, isRendered, plainText, type Collected } from './collect';
import { blockOf, dirOf, insideSkipped, isInline, isSkipped, langOf, type Block } from './dom-rules';
import { createGate, type KindOf } from './gate';
import { createHighlights, type Highlights, type MarkStyle } from './highlights';
import { BlockMentionIndex } from './mention-index';
import { assemble, mapSpan, nextPiece, type Piece } from './block-text';
import { createSlicer, type Slicer } from './slicer';
import { nextBlock, startWalk, type Walk, type WalkHooks } from './walk';
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
  /**
   * With a lazily loaded matcher: how much text (non-blank UTF-16 units, summed over blocks) a
   * tree must show before the matcher is loaded. A frame with less (an ad, a blank widget) never
   * compiles one. Default 20.
   */
  minText?: number;
  /** How each mention is marked (scope, muting, factless); every mention is fully marked otherwise. */
  kind?: KindOf;
}

/** A matcher, or how to get one when the first text worth scanning is found. */
export type MatcherSource = Matcher | (() => Promise<Matcher>);

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
  readonly index: BlockMentionIndex;
  readonly highlights: Highlights;
  /** Marks the known mentions by a new `kind`, without reading the page again. */
  refilter(kind: KindOf): void;
  /** Characters of text read in the blocks scanned (the topic rule's length, decision 0190). */
  chars(): number;
}

interface Job {
  block: Block;
  /** The block's text nodes; null while the text came from plainText() (read when needed). */
  parts: Collected | null;
  text: string;
  starts: number[] | null;
  /** The piece matched last (the first: from 0); the next one is found from it (nextPiece). */
  piece: Piece;
  matches: { entity: string; start: number; end: number; text: string }[];
  viewport: boolean;
  /** Once every piece is matched: the mentions mapped onto the page so far, MAP_STEP a step. */
  mapping: Mapping | null;
}

interface Mapping {
  read: { parts: Collected; starts: number[] };
  mentions: Mention[];
  at: number;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  unseen: boolean;
  rendered: Map<Element, boolean>;
}

/** Mentions mapped to ranges in one step: a block naming a name 100,000 times takes many slices. */
const MAP_STEP = 1000;

const WALK_STEP = 256;

export function createDetector(source: MatcherSource, options: DetectorOptions = {}): Detector {
  let matcher: Matcher | null = typeof source === 'function' ? null : source;
  let loading: Promise<void> | null = null;
  /** Blocks with text, met before the matcher was there: begun again once it is. */
  const waiting = new Set<Block>();
  let waitingChars = 0;
  const minText = options.minText ?? 20;
  const budgetMs = options.budgetMs ?? 8;
  const chunkSize = options.chunkSize ?? 2048;
  const highlights = options.highlights ?? createHighlights(options.markStyle);
  const gate = createGate(highlights, (ms) => slicer?.account(ms), options.kind);
  /** Text length per scanned block, and their sum: a rescanned block replaces its own count. */
  const lengths = new WeakMap<Block, number>();
  let chars = 0;
  const measured = (block: Block, length: number) => {
    chars += length - (lengths.get(block) ?? 0);
    lengths.set(block, length);
  };
  const index = new BlockMentionIndex(gate);
  /** One sense per page: a surname counts anywhere once the page named its person firmly. */
  const sense = new OneSense<Block>();

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

  const walk = (root: Node, force: boolean): void => {
    walks.push(startWalk(root, force));
  };
  const walkHooks: WalkHooks = { rejected: (el) => watcher?.rejected(el), shadow: (sr) => addRoot(sr) };

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

  /** A block's text nodes (collectBlock); the open shadow roots met among them become roots of their own. */
  function readBlock(block: Block): Collected {
    const parts = collectBlock(block);
    for (const sr of parts.shadows) addRoot(sr);
    return parts;
  }

  /**
   * Starts scanning a block; short texts finish within this step. Returns whether the block was
   * plain (see plainText): nothing inside it is a block of its own, so a walk need not enter it.
   */
  function begin(block: Block, viewportPass: boolean, trusted = false): boolean {
    scanned.add(block);
    hidden.delete(block);
    // Blocks handed over by a walk were vetted by its filter; others may sit anywhere.
    const editing = (block.ownerDocument ?? document).designMode === 'on';
    if (editing || !block.isConnected || (!trusted && insideSkipped(block))) {
      index.set(block, []);
      return false;
    }
    // Most blocks hold only inline text and most have no name in it: their text is read in one
    // call, and their text nodes only where a name was found (finish()).
    const plain = plainText(block);
    let parts: Collected | null = null;
    let text: string;
    let starts: number[] | null = null;
    if (plain !== null) {
      if (!hasText(plain)) {
        index.set(block, []);
        return true;
      }
      text = plain;
      measured(block, text.length);
    } else {
      parts = readBlock(block);
      if (!parts.text) {
        index.set(block, []);
        return false;
      }
      ({ text, starts } = assemble(parts.parts));
      measured(block, text.length);
    }
    if (!matcher) wait(block, text);
    else start(block, parts, text, starts, viewportPass);
    return plain !== null;
  }

  function start(block: Block, parts: Collected | null, text: string, starts: number[] | null, viewportPass: boolean): void {
    job = { block, parts, text, starts, piece: { from: 0, to: 0, next: 0, inWord: false }, matches: [], viewport: viewportPass, mapping: null };
    advance();
  }

  /**
   * The text nodes behind a job's text. Null when they no longer spell it (the page changed it
   * between slices, or a shadow host inside made plainText() differ): the block is then matched
   * again over what collectBlock() reads.
   */
  function nodesOf(j: Job): { parts: Collected; starts: number[] } | null {
    if (j.parts && j.starts) return { parts: j.parts, starts: j.starts };
    const parts = readBlock(j.block);
    const { text, starts } = assemble(parts.parts);
    if (text === j.text) return { parts, starts };
    start(j.block, parts, text, starts, j.viewport);
    return null;
  }

  /** Keeps a block for when the matcher is there; loads it once there is text enough. */
  function wait(block: Block, text: string): void {
    if (!waiting.has(block)) {
      waiting.add(block);
      waitingChars += text.trim().length;
    }
    if (loading || waitingChars < minText || typeof source !== 'function') return;
    loading = source().then(
      (m) => {
        matcher = m;
        for (const b of waiting) dirty.add(b);
        waiting.clear();
        slicer.kick();
      },
      // Whoever supplies the matcher reports its failure (the session, once per frame).
      () => undefined,
    );
  }

  /** Resolves once no work is pending, the matcher's loading included. */
  async function settled(): Promise<void> {
    await slicer.idle();
    if (loading) {
      await loading;
      await slicer.idle();
    }
  }

  /** Matches the next chunk of the current job; at the end, maps and stores its mentions. */
  function advance(): void {
    const j = job!;
    if (j.mapping) {
      mapSome(j, j.mapping);
      return;
    }
    const { from, to } = (j.piece = nextPiece(j.text, j.piece.next, chunkSize, j.piece.inWord));
    if (to > from) {
      const { matches: found, recheck } = sense.match(matcher!, j.block, from === 0 && to === j.text.length ? j.text : j.text.slice(from, to));
      for (const b of recheck) if (b.isConnected) dirty.add(b);
      if (from === 0) j.matches.push(...found);
      else for (const m of found) j.matches.push({ entity: m.entity, start: m.start + from, end: m.end + from, text: m.text });
    }
    if (j.piece.next < j.text.length) return;
    finish(j);
  }

  /** Every piece is matched: maps the mentions onto the page (mapSome), or stores that there are none. */
  function finish(j: Job): void {
    if (!j.matches.length) {
      job = null;
      index.set(j.block, []);
      return;
    }
    job = null;
    const read = nodesOf(j);
    // The page changed the text meanwhile: nodesOf() started the block over.
    if (!read) return;
    j.mapping = { read, mentions: [], at: 0, lang: null, dir: 'ltr', unseen: false, rendered: new Map() };
    job = j;
    mapSome(j, j.mapping);
  }

  /** Maps the next MAP_STEP matches of a job to ranges; after the last, stores the block's mentions. */
  function mapSome(j: Job, mp: Mapping): void {
    const { mentions, rendered } = mp;
    const { parts: { parts, nodes }, starts } = mp.read;
    const stop = Math.min(j.matches.length, mp.at + MAP_STEP);
    for (; mp.at < stop; mp.at++) {
      const m = j.matches[mp.at]!;
      const span = mapSpan(parts, starts, m.start, m.end);
      if (!span) continue;
      const startNode = nodes[span.start.part]!;
      const endNode = nodes[span.end.part]!;
      const parent = startNode.parentElement;
      if (parent && !isRendered(parent, rendered)) {
        mp.unseen = true;
        continue;
      }
      const range = staticRange(startNode, span.start.offset, endNode, span.end.offset);
      if (mp.lang === null) {
        mp.lang = langOf(j.block);
        mp.dir = dirOf(j.block, mp.lang);
      }
      mentions.push({ entity: m.entity, text: m.text, range, lang: mp.lang, dir: mp.dir });
    }
    if (mp.at < j.matches.length) return;
    job = null;
    if (mp.unseen) hidden.add(j.block);
    index.set(j.block, mentions);
    if (j.viewport && mentions.length && firstViewportMarkMs === null) firstViewportMarkMs = performance.now() - t0;
  }

  /** One small unit of work. Returns whether more remains. */
  function step(): boolean {
    if (stopped) return false;
    // The matcher is on its way: rest until it is there (it kicks the slicer), rather than read
    // blocks that would have to be read again.
    if (!matcher && loading) return false;
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
    if (w.at !== w.root && !w.root.contains(w.at)) {
      // Our place was removed from the page (or moved out of the root): start over; scanned
      // blocks are not scanned twice.
      if (!w.root.isConnected) {
        walks.shift();
        return;
      }
      w.at = w.root;
      w.down = true;
      w.force = false;
    }
    for (let n = 0; n < WALK_STEP; n++) {
      const el = nextBlock(w, walkHooks);
      if (!el) {
        walks.shift();
        return;
      }
      if (w.force || !scanned.has(el)) {
        if (begin(el, false, true)) w.down = false;
        return;
      }
    }
  }

  function sampleViewport(doc: Document): void {
    const w = doc.documentElement.clientWidth || innerWidth;
    const h = doc.documentElement.clientHeight || innerHeight;
    const seen = new Set<Block>();
    const hit = new Set<Element>();
    // 4 rows × 3 columns: each point is a hit test, and on a busy page (many layers, fixed
    // headers) one costs up to 0.3 ms in Chromium, so 24 points cost msn.com a quarter of its
    // whole pass. A block of text is rarely narrower than a third of the viewport or shorter than
    // a quarter of it; what the sample misses is scanned right after.
    for (let y = h / 8; y < h; y += h / 4) {
      for (let x = w / 6; x < w; x += w / 3) {
        const el = doc.elementFromPoint(x, y);
        if (!el || hit.has(el)) continue;
        hit.add(el);
        if (el.shadowRoot || insideSkipped(el)) continue;
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
  const slicer: Slicer = createSlicer(step, budgetMs, () => {
    const was = highlights.live;
    highlights.flush();
    // The first mark adopted the styles: let the engine restyle in its own rendering step.
    return !was && highlights.live;
  });

  return {
    index,
    highlights,
    async start(root) {
      t0 = performance.now();
      stopped = false;
      if (root instanceof Document && options.viewportFirst !== false && root.documentElement) sample = root;
      addRoot(root);
      slicer.kick();
      await settled();
      if (firstPassMs === null) firstPassMs = performance.now() - t0;
    },
    idle: settled,
    refilter: (kind) => gate.refilter(kind),
    chars: () => chars,
    stats: () => ({ ...slicer.stats(), firstViewportMarkMs, firstPassMs, mentions: index.count }),
    stop() {
      stopped = true;
      watcher?.disconnect();
      slicer.stop();
      index.clear();
      sense.clear();
      gate.disconnect();
      highlights.flush();
      if (!options.highlights) highlights.clear();
    },
  };
}
