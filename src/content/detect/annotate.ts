/**
 * The detector: finds the mentions of a page (or any Document / ShadowRoot), marks them, and keeps
 * them current while the page changes. Free of extension APIs, so the benchmark runs this very
 * code as a plain page script (createDetector + start + stats).
 *
 * Work is a queue of small steps run by the slicer: blocks seen in the viewport first, then
 * blocks touched by mutations, then the rest of the document in order. A block is scanned whole
 * (its inline text as one string, see collect.ts) and its mentions replace its previous ones.
 * The order of that work is work-order.ts's; one block's matching and mapping is block-job.ts's.
 */
import { OneSense } from '../../matching/document';
import type { Detector, DetectorOptions, MatcherSource } from './detector-api';
import type { Matcher } from '../../matching/types';
import { collectBlock, hasText, plainText, type Collected } from './collect';
import { insideSkipped, isInline, isSkipped, type Block } from './dom-rules';
import { createGate, type KindOf } from './gate';
import { createHighlights } from './highlights';
import { BlockMentionIndex } from './mention-index';
import { assemble } from './block-text';
import { mapSome, matchedAll, matchNext, newJob, startMapping, type Job } from './block-job';
import { createSlicer, type Slicer } from './slicer';
import { traceMark } from './trace';
import { nearViewport, sampleViewport } from './viewport';
import { nextBlock, startWalk, type Walk, type WalkHooks } from './walk';
import { createWatcher, type Watcher } from './watch';
import { hasWork, nextWork, type Pending } from './work-order';

export type { Detector, DetectorOptions, DetectorStats, MatcherSource } from './detector-api';

const WALK_STEP = 256;
/**
 * Blocks with shown mentions whose box is read, at most, before one is marked in view: a page
 * whose names are all off screen would otherwise ask for one per such block for its whole pass.
 */
const MAX_BOX_TESTS = 64;

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
  /** Whether a mention shown to the reader was marked as in view (from then on the observer alone tells). */
  let markedInView = false;
  /** Box reads so far (nearViewport): until the first mark in view, each costs a layout at most. */
  let boxTests = 0;
  /** Which mentions are shown (the gate's rule; refilter changes it). */
  let kindNow: KindOf = options.kind ?? (() => 'mark');
  /** From start() to the first mentions stored, in view or not (the trace's mark). */
  let firstMarkMs: number | null = null;
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
    job = newJob(block, parts, text, starts, viewportPass);
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
    traceMark('matcher-ask');
    loading = source().then(
      (m) => {
        traceMark('matcher');
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

  /** Matches the next piece of the current job; at the end, maps and stores its mentions. */
  function advance(): void {
    const j = job!;
    if (j.mapping) {
      if (mapSome(j, j.mapping)) store(j);
      return;
    }
    for (const b of matchNext(j, sense, matcher!, chunkSize)) if (b.isConnected) dirty.add(b);
    if (matchedAll(j)) finish(j);
  }

  /** Every piece is matched: maps the mentions onto the page, or stores that there are none. */
  function finish(j: Job): void {
    job = null;
    if (!j.matches.length) {
      index.set(j.block, []);
      return;
    }
    const read = nodesOf(j);
    // The page changed the text meanwhile: nodesOf() started the block over.
    if (!read) return;
    job = j;
    if (mapSome(j, startMapping(j, read))) store(j);
  }

  /** The block's mentions are all mapped: they replace its previous ones, and are marked. */
  function store(j: Job): void {
    job = null;
    const { mentions, unseen } = j.mapping!;
    if (unseen) hidden.add(j.block);
    // A block the reader sees is marked now, not once the observer reports in a later frame:
    // one the viewport's sample found, or, until the first mark in view, one whose box is near
    // the viewport (the sample misses small blocks between its points, and blocks that the
    // page's styles place far from their order: yahoo-2's headline in Chromium). Only mentions
    // the reader is shown count: a context name held on a page not yet on topic neither ends
    // the box tests nor spends them (decision 0292).
    const shown = mentions.some((m) => kindNow(m) !== null);
    if (mentions.length && (j.viewport || (!markedInView && shown && boxTests++ < MAX_BOX_TESTS && nearViewport(j.block)))) {
      gate.inView(j.block);
      if (!markedInView && shown) {
        markedInView = true;
        traceMark('first-mark-in-view');
        // The slice ends here: its flush registers the mark and the next wait is for a frame,
        // rather than matching on for the rest of its budget first.
        slicer.endSlice();
      }
    }
    index.set(j.block, mentions);
    if (mentions.length && firstMarkMs === null) {
      firstMarkMs = performance.now() - t0;
      traceMark(j.viewport ? 'first-mentions-viewport' : 'first-mentions-rest');
    }
    if (j.viewport && mentions.length && firstViewportMarkMs === null) firstViewportMarkMs = performance.now() - t0;
  }

  const pending = (): Pending => ({
    sample: sample !== null,
    job: job !== null,
    viewport: viewport.length,
    mutations: !!watcher?.pending(),
    dirty: dirty.size,
    walks: walks.length,
    // The matcher is on its way: rest until it is there (it kicks the slicer), rather than read
    // blocks that would have to be read again.
    awaitingMatcher: !matcher && loading !== null,
  });

  /** One small unit of work. Returns whether more remains. */
  function step(): boolean {
    if (stopped) return false;
    const now = pending();
    switch (nextWork(now)) {
      case null:
        return false;
      case 'sample':
        traceMark('sample');
        viewport.push(...sampleViewport(sample!));
        sample = null;
        traceMark('sampled');
        break;
      case 'job':
        advance();
        break;
      case 'viewport':
        begin(viewport.shift()!, true);
        break;
      case 'mutations':
        watcher!.process();
        break;
      case 'dirty': {
        const block = dirty.values().next().value!;
        dirty.delete(block);
        begin(block, false);
        break;
      }
      case 'walk':
        stepWalk(walks[0]!);
        break;
    }
    return hasWork(pending());
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
  /** Whether the highlights were live at the end of the last slice. */
  let wasLive = false;
  const slicer: Slicer = createSlicer(step, budgetMs, () => {
    highlights.flush();
    // The first mark adopted the styles: let the engine restyle and paint in its own rendering
    // step. Asked across slices, not around the flush: the highlights also go live inside a
    // step, when a mention stored turns the page on topic and its context names are shown
    // (session.ts refilter), and that first mark waited for a frame no less (decision 0292).
    const first = !wasLive && highlights.live;
    wasLive = highlights.live;
    if (first) traceMark('live');
    return first;
  });

  return {
    index,
    highlights,
    async start(root) {
      t0 = performance.now();
      traceMark('annotate-start');
      stopped = false;
      if (root instanceof Document && options.viewportFirst !== false && root.documentElement) sample = root;
      addRoot(root);
      slicer.kick();
      await settled();
      if (firstPassMs === null) {
        firstPassMs = performance.now() - t0;
        traceMark('first-pass');
      }
    },
    idle: settled,
    refilter(kind) {
      kindNow = kind;
      gate.refilter(kind);
      // The rule now shows mentions held in view (the page turned on topic inside a step): the
      // slice ends, and its end waits for a frame to paint them.
      if (!wasLive && highlights.live) slicer.endSlice();
    },
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
