/**
 * What each frame of each tab last said it mentions. A page's text may sit in its frames (an
 * embedded article, a cross-origin widget), each with a content script of its own: the badge
 * counts the entities of all of them, and the panel asks every frame that has any.
 * Pure data, no browser API: frames.ts keeps it across service-worker restarts.
 */

/** tab id → frame id → entity ids (JSON-safe, for storage). */
export type LedgerData = Record<string, Record<string, string[]>>;

export class FrameLedger {
  private readonly tabs = new Map<number, Map<number, string[]>>();

  /** Records a frame's report; returns whether anything changed. An empty report forgets the frame. */
  report(tabId: number, frameId: number, entities: readonly string[]): boolean {
    let frames = this.tabs.get(tabId);
    const old = frames?.get(frameId);
    const next = [...new Set(entities)].sort();
    if (!next.length) {
      if (!old) return false;
      frames!.delete(frameId);
      if (!frames!.size) this.tabs.delete(tabId);
      return true;
    }
    if (old && old.length === next.length && old.every((e, i) => e === next[i])) return false;
    if (!frames) this.tabs.set(tabId, (frames = new Map<number, string[]>()));
    frames.set(frameId, next);
    return true;
  }

  /** Distinct entities over all of a tab's frames. */
  entityCount(tabId: number): number {
    const all = new Set<string>();
    for (const list of this.tabs.get(tabId)?.values() ?? []) for (const e of list) all.add(e);
    return all.size;
  }

  /** The frames to ask for mentions: the top frame always, then those that reported any, in order. */
  frames(tabId: number): number[] {
    const ids = new Set([0, ...(this.tabs.get(tabId)?.keys() ?? [])]);
    return [...ids].sort((a, b) => a - b);
  }

  /** A tab closed or its top frame navigated: its frames' reports are void. */
  forget(tabId: number): boolean {
    return this.tabs.delete(tabId);
  }

  toJSON(): LedgerData {
    const out: LedgerData = {};
    for (const [tab, frames] of this.tabs) out[tab] = Object.fromEntries(frames);
    return out;
  }

  /** Rebuilds from stored data, dropping anything malformed rather than failing. */
  static from(data: unknown): FrameLedger {
    const ledger = new FrameLedger();
    if (typeof data !== 'object' || data === null) return ledger;
    for (const [tab, frames] of Object.entries(data as Record<string, unknown>)) {
      if (!/^\d+$/.test(tab) || typeof frames !== 'object' || frames === null) continue;
      for (const [frame, list] of Object.entries(frames as Record<string, unknown>)) {
        if (!/^\d+$/.test(frame) || !Array.isArray(list)) continue;
        ledger.report(Number(tab), Number(frame), list.filter((e): e is string => typeof e === 'string'));
      }
    }
    return ledger;
  }
}
