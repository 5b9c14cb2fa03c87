/**
 * Whether each tab is on topic (decision 0190): each frame reports its topic evidence (core
 * mentions, the core entities among them, characters read), and the tab's state is the rule of
 * src/matching/scope.ts over their sum, so core names in an iframe turn on the context names of
 * the top frame. Pure data, no browser API: topic.ts keeps it across service-worker restarts.
 */
import { combineEvidence, isOnTopic } from '../matching/scope';

export interface FrameEvidence {
  core: number;
  coreEntities: string[];
  chars: number;
}

/** tab id → frame id → evidence (JSON-safe, for storage). */
export type TopicData = Record<string, Record<string, FrameEvidence>>;

export class TopicLedger {
  private readonly tabs = new Map<number, Map<number, FrameEvidence>>();

  /** Records a frame's evidence; returns the tab's topic state before and after. */
  report(tabId: number, frameId: number, evidence: FrameEvidence): { before: boolean; after: boolean } {
    const before = this.onTopic(tabId);
    let frames = this.tabs.get(tabId);
    if (!evidence.core && !evidence.chars) {
      frames?.delete(frameId);
      if (frames && !frames.size) this.tabs.delete(tabId);
    } else {
      if (!frames) this.tabs.set(tabId, (frames = new Map<number, FrameEvidence>()));
      frames.set(frameId, { core: evidence.core, coreEntities: [...evidence.coreEntities], chars: evidence.chars });
    }
    return { before, after: this.onTopic(tabId) };
  }

  onTopic(tabId: number): boolean {
    const frames = this.tabs.get(tabId);
    return frames ? isOnTopic(combineEvidence(frames.values())) : false;
  }

  /** A tab closed or its top frame navigated. */
  forget(tabId: number): boolean {
    return this.tabs.delete(tabId);
  }

  toJSON(): TopicData {
    const out: TopicData = {};
    for (const [tab, frames] of this.tabs) out[tab] = Object.fromEntries(frames);
    return out;
  }

  /** Rebuilds from stored data, dropping anything malformed rather than failing. */
  static from(data: unknown): TopicLedger {
    const ledger = new TopicLedger();
    if (typeof data !== 'object' || data === null) return ledger;
    const count = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);
    for (const [tab, frames] of Object.entries(data as Record<string, unknown>)) {
      if (!/^\d+$/.test(tab) || typeof frames !== 'object' || frames === null) continue;
      for (const [frame, raw] of Object.entries(frames as Record<string, unknown>)) {
        if (!/^\d+$/.test(frame) || typeof raw !== 'object' || raw === null) continue;
        const e = raw as Record<string, unknown>;
        const coreEntities = Array.isArray(e.coreEntities) ? e.coreEntities.filter((x): x is string => typeof x === 'string') : [];
        ledger.report(Number(tab), Number(frame), { core: count(e.core), coreEntities, chars: count(e.chars) });
      }
    }
    return ledger;
  }
}
