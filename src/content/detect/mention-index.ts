/**
 * The current mentions, kept per block so a rescanned block replaces exactly its own, and the
 * MentionIndex the tooltip and the keyboard navigation read.
 */
import type { Mention, MentionIndex } from '../contracts';
import { blockOf, compareNodes, type Block } from './dom-rules';
import type { Gate } from './gate';
import { holdsPoint, rangeNow, sameRange } from '../ranges';

export class BlockMentionIndex implements MentionIndex {
  private readonly byBlock = new Map<Block, Mention[]>();
  private ordered: Mention[] | null = [];
  private readonly listeners = new Set<() => void>();
  private notifyPending = false;
  /** Current mentions per entity id (only ids with at least one). */
  private readonly perEntity = new Map<string, number>();
  count = 0;

  constructor(private readonly gate: Gate) {}

  /** Replaces a block's mentions. Returns whether anything changed. */
  set(block: Block, mentions: Mention[]): boolean {
    const old = this.byBlock.get(block);
    if (!old?.length && !mentions.length) return false;
    if (old && sameMentions(old, mentions)) {
      // Same text at the same places: keep the old ranges (the tooltip may hold one). The block
      // may have moved, though (a framework reordering a list moves nodes, and static ranges do
      // not notice): the document order is worked out again when next asked.
      this.ordered = null;
      return false;
    }
    this.gate.update(block, old, mentions);
    if (old) for (const m of old) this.tally(m.entity, -1);
    for (const m of mentions) this.tally(m.entity, 1);
    if (mentions.length) this.byBlock.set(block, mentions);
    else this.byBlock.delete(block);
    this.count += mentions.length - (old?.length ?? 0);
    this.changed();
    return true;
  }

  has(block: Block): boolean {
    return this.byBlock.has(block);
  }

  blocks(): IterableIterator<Block> {
    return this.byBlock.keys();
  }

  /** Drops the mentions of blocks that left the page (or whose text moved out of them). */
  sweep(): void {
    for (const [block, list] of this.byBlock) {
      if (!block.isConnected || list.some((m) => !m.range.startContainer.isConnected)) this.set(block, []);
    }
  }

  clear(): void {
    for (const [block, list] of this.byBlock) this.gate.update(block, list, []);
    this.byBlock.clear();
    this.perEntity.clear();
    this.count = 0;
    this.changed();
  }

  /**
   * How many current mentions each entity has, without putting them in document order: what a
   * caller that only counts needs after every change (the topic evidence, session.ts). all() sorts
   * the blocks and copies every mention, which after each slice of a dense page added up to tens of
   * milliseconds (decision 0312).
   */
  entityCounts(): ReadonlyMap<string, number> {
    return this.perEntity;
  }

  all(): readonly Mention[] {
    if (!this.ordered) {
      const blocks = [...this.byBlock.keys()].sort(compareNodes);
      this.ordered = blocks.flatMap((b) => this.byBlock.get(b)!);
    }
    return this.ordered;
  }

  at(clientX: number, clientY: number): Mention | null {
    const point = caretAt(clientX, clientY, this.shadowRoots());
    if (!point) return null;
    const block = blockOf(point.node);
    const list = block ? this.byBlock.get(block) : undefined;
    if (!list) return null;
    for (const m of list) {
      if (holdsPoint(m.range, point.node, point.offset) && underPointer(m.range, clientX, clientY)) return m;
    }
    // The caret lands between characters: at a mention's edge it may name the neighbour. The
    // rectangles decide.
    for (const m of list) if (underPointer(m.range, clientX, clientY)) return m;
    return null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private shadowRoots(): ShadowRoot[] {
    const roots = new Set<ShadowRoot>();
    for (const b of this.byBlock.keys()) {
      const r = b instanceof ShadowRoot ? b : b.getRootNode();
      if (r instanceof ShadowRoot) roots.add(r);
    }
    return [...roots];
  }

  private tally(entity: string, by: number): void {
    const n = (this.perEntity.get(entity) ?? 0) + by;
    if (n > 0) this.perEntity.set(entity, n);
    else this.perEntity.delete(entity);
  }

  private changed(): void {
    this.ordered = null;
    // One notification per task, however many blocks changed in it.
    if (this.notifyPending) return;
    this.notifyPending = true;
    queueMicrotask(() => {
      this.notifyPending = false;
      for (const l of this.listeners) {
        try {
          l();
        } catch (error) {
          console.error('[Caravan] mention listener failed:', error);
        }
      }
    });
  }
}

function sameMentions(a: Mention[], b: Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.entity !== b[i]!.entity || a[i]!.text !== b[i]!.text || !sameRange(a[i]!.range, b[i]!.range)) return false;
  }
  return true;
}

const SLOP = 2;

function underPointer(range: AbstractRange, x: number, y: number): boolean {
  for (const r of rangeNow(range).getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
