/**
 * What each frame of each tab last said it mentions. A page's text may sit in its frames (an
 * embedded article, a cross-origin widget), each with a content script of its own: the badge
 * counts the entities of all of them, and the panel asks every frame that has any. Reports are
 * kept by the document that sent them (page-frames.ts, decision 0351): a new top document voids
 * the old page's. Pure data, no browser API: frames.ts keeps it across service-worker restarts.
 */
import { PageFrames, type PageFramesData } from './page-frames';

export type LedgerData = PageFramesData;

/** A stored list as report() keeps it (distinct, sorted), or null for anything else or nothing. */
const entityList = (raw: unknown): string[] | null => {
  const list = Array.isArray(raw) ? [...new Set(raw.filter((e): e is string => typeof e === 'string'))].sort() : [];
  return list.length ? list : null;
};

export class FrameLedger {
  constructor(private readonly reports = new PageFrames<string[]>()) {}

  /**
   * Records a frame's report from a document that started at `origin`; returns whether anything
   * changed. An empty report forgets the frame; a report from a page the tab has left is dropped.
   */
  report(tabId: number, frameId: number, entities: readonly string[], origin?: number): boolean {
    if (!this.reports.current(tabId, origin)) return false;
    const old = this.reports.get(tabId, frameId);
    const next = [...new Set(entities)].sort();
    if (!next.length) return this.reports.delete(tabId, frameId);
    if (old && old.length === next.length && old.every((e, i) => e === next[i])) {
      // The same entities; the frame's document may be a newer one (a frame that navigated).
      this.reports.set(tabId, frameId, next, origin);
      return false;
    }
    return this.reports.set(tabId, frameId, next, origin);
  }

  /** The tab's top document started at `origin`: the old page's reports go. Whether any changed. */
  startPage(tabId: number, origin: number): boolean {
    const before = this.reports.frameIds(tabId).length;
    this.reports.startPage(tabId, origin);
    return this.reports.frameIds(tabId).length !== before;
  }

  /** The top document showing now (page-frames.ts showPage): whether the tab's page changed. */
  showPage(tabId: number, origin: number): boolean {
    return this.reports.showPage(tabId, origin) !== 'same';
  }

  /** Distinct entities over all of a tab's frames. */
  entityCount(tabId: number): number {
    const all = new Set<string>();
    for (const list of this.reports.values(tabId)) for (const e of list) all.add(e);
    return all.size;
  }

  /** The frames to ask for mentions: the top frame always, then those that reported any, in order. */
  frames(tabId: number): number[] {
    const ids = new Set([0, ...this.reports.frameIds(tabId)]);
    return [...ids].sort((a, b) => a - b);
  }

  /** A tab closed: its frames' reports are void. */
  forget(tabId: number): boolean {
    return this.reports.forget(tabId);
  }

  toJSON(): LedgerData {
    return this.reports.toJSON();
  }

  /** Rebuilds from stored data, dropping anything malformed rather than failing. */
  static from(data: unknown): FrameLedger {
    return new FrameLedger(PageFrames.from(data, entityList));
  }
}
