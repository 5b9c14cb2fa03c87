/**
 * Whether each tab is on topic (decision 0190): each frame reports its topic evidence (core
 * mentions, the core entities among them, characters read), and the tab's state is the rule of
 * src/matching/scope.ts over their sum, so core names in an iframe turn on the context names of
 * the top frame. Evidence is kept by the document that sent it (page-frames.ts, decision 0351): a
 * new top document voids the old page's. Pure data, no browser API: topic.ts keeps it across
 * service-worker restarts.
 */
import { combineEvidence, isOnTopic } from '../matching/scope';
import { PageFrames, type PageFramesData } from './page-frames';

export interface FrameEvidence {
  core: number;
  coreEntities: string[];
  chars: number;
}

export type TopicData = PageFramesData;

const count = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);
/** Stored evidence as report() keeps it, or null for anything else or nothing. */
const evidenceOf = (raw: unknown): FrameEvidence | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  const coreEntities = Array.isArray(e.coreEntities) ? e.coreEntities.filter((x): x is string => typeof x === 'string') : [];
  const out = { core: count(e.core), coreEntities, chars: count(e.chars) };
  return out.core || out.chars ? out : null;
};

export class TopicLedger {
  constructor(private readonly frames = new PageFrames<FrameEvidence>()) {}

  /** Records a frame's evidence from a document that started at `origin`; returns the tab's topic state before and after. */
  report(tabId: number, frameId: number, evidence: FrameEvidence, origin?: number): { before: boolean; after: boolean } {
    const before = this.onTopic(tabId);
    if (!evidence.core && !evidence.chars) {
      if (this.frames.current(tabId, origin)) this.frames.delete(tabId, frameId);
    } else {
      this.frames.set(tabId, frameId, { core: evidence.core, coreEntities: [...evidence.coreEntities], chars: evidence.chars }, origin);
    }
    return { before, after: this.onTopic(tabId) };
  }

  /** The tab's top document started at `origin`: the old page's evidence goes. The state before and after. */
  startPage(tabId: number, origin: number): { before: boolean; after: boolean } {
    const before = this.onTopic(tabId);
    this.frames.startPage(tabId, origin);
    return { before, after: this.onTopic(tabId) };
  }

  /** The top document showing now (page-frames.ts showPage): the state before and after, and whether the page was restored. */
  showPage(tabId: number, origin: number): { before: boolean; after: boolean; restored: boolean } {
    const before = this.onTopic(tabId);
    const shown = this.frames.showPage(tabId, origin);
    return { before, after: this.onTopic(tabId), restored: shown === 'earlier' };
  }

  onTopic(tabId: number): boolean {
    const list = this.frames.values(tabId);
    return list.length ? isOnTopic(combineEvidence(list)) : false;
  }

  /** A tab closed. */
  forget(tabId: number): boolean {
    return this.frames.forget(tabId);
  }

  toJSON(): TopicData {
    return this.frames.toJSON();
  }

  /** Rebuilds from stored data, dropping anything malformed rather than failing. */
  static from(data: unknown): TopicLedger {
    return new TopicLedger(PageFrames.from(data, evidenceOf));
  }
}
