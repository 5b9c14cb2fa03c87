/**
 * One frame's detection session: runs the detector while the site is not paused, owns the
 * highlights, answers the content script's messages (list, navigate, reveal, toggle) and tells
 * its listener which entities the frame mentions. No extension API here: index.ts supplies the
 * matcher, the tooltip and the message plumbing.
 */
import { countedEvidence, isOnTopic, topicEvidence } from '../../matching/scope';
import type { DetectionStatus } from '../../shared/messages';
import { listMentions, type MentionList } from '../../shared/mention-list';
import type { Matcher } from '../../matching/types';
import { markKinds, rulesKey, type EntityMeta, type MarkRules } from '../mark-rules';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { createDetector, type Detector } from './annotate';
import type { KindOf, MarkKind } from './gate';
import { createHighlights, type MarkStyle } from './highlights';
import { nextIndex, scrollToMention } from './navigate';
import { rangeNow } from '../ranges';
import { traceMark } from './trace';

export interface SessionDeps {
  /** Called when the first text worth scanning is found (never in a frame without any). */
  matcher: () => Promise<Matcher>;
  /** Builds the tooltip over the session's (stable) index. */
  tooltip: (index: MentionIndex, onActiveChange: (m: Mention | null) => void) => TooltipApi;
  /**
   * Called (debounced) when the frame's report changes: the distinct entities the reader sees
   * marked (badge, panel), and the frame's topic evidence over every mention found (the
   * background sums the tab's frames and says whether the tab is on topic: setTabTopic).
   */
  onReport: (report: FrameReport) => void;
  /** Scopes, types and fact sources of the entities; asked once the first mention is found. */
  meta: () => EntityMeta;
  debounceMs?: number;
}

export interface FrameReport {
  entities: string[];
  evidence: { core: number; coreEntities: string[]; chars: number };
}

/**
 * Where detection stands in a frame, for `page-mentions`: 'off' (paused or not allowed here),
 * 'loading' (the matcher is being compiled), 'failed' (its compile failed: nothing will be found
 * until the page is reloaded), 'ready' (everything else, a frame that never needed the matcher too).
 */
export type { DetectionStatus };

/** The reader's marking choices; whether the page is on topic is the session's to work out. */
export type MarkChoices = Omit<MarkRules, 'onTopic'>;

export interface Session {
  /** Starts or stops with the site's settings; restyles live. */
  apply(state: { runs: boolean; markStyle: MarkStyle; marks: MarkChoices }): void;
  /** The tab's topic state as the background worked it out over all frames; null: unknown (this frame decides alone). */
  setTabTopic(onTopic: boolean | null): void;
  /** Whether context entities count as on topic here now. */
  readonly onTopic: boolean;
  /**
   * What the reader sees marked, once pending work is done, or after ANSWER_WAIT_MS with `state:
   * 'busy'`: `'idle'` is a positive signal that the detector has nothing left to do (tests wait for
   * it before asserting that something was not found).
   */
  mentions(): Promise<MentionList & { state: 'idle' | 'busy' }>;
  status(): DetectionStatus;
  /** Next/previous mention; with `entity`, of that entity's only, flashed, without the tooltip (the side panel's stepper). */
  navigate(direction: 1 | -1, entity?: string): { index: number; total: number };
  reveal(entity: string): Promise<boolean>;
  toggleMarking(): { enabled: boolean };
  /** What `deps.meta` answers changed (e.g. which entities have facts): re-mark by it. */
  metaChanged(): void;
  /** Whether marking is on (the reader can turn it off on a page). */
  readonly marking: boolean;
  readonly index: MentionIndex;
  readonly detector: Detector | null;
}

/** Longest a `page-mentions` answer waits for pending work, so a busy page still gets an answer. */
const ANSWER_WAIT_MS = 3000;

export function createSession(deps: SessionDeps): Session {
  const highlights = createHighlights();
  let detector: Detector | null = null;
  let tooltip: TooltipApi | null = null;
  let marking = true;
  let active: Mention | null = null;
  const listeners = new Set<() => void>();
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent: string | null = null;
  let choices: MarkChoices | null = null;
  let tabTopic: boolean | null = null;
  let localTopic = false;
  let meta: EntityMeta | null = null;
  let kindOf: ((entity: string) => MarkKind) | null = null;
  let appliedKey = '';
  /** The shown mentions, cached while neither the detector's list nor the rules change. */
  let shownFrom: readonly Mention[] | null = null;
  let shown: readonly Mention[] = [];

  let compile: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  // Every detector of the frame (one per unpause) asks through here: the failure is told once.
  const matcher = (): Promise<Matcher> => {
    if (compile === 'idle') compile = 'loading';
    return deps.matcher().then(
      (m) => {
        compile = 'ready';
        return m;
      },
      (error: unknown) => {
        if (compile !== 'failed') console.error('[Caravan] the name matcher failed to compile; nothing is marked in this frame:', error);
        compile = 'failed';
        throw error;
      },
    );
  };

  const onTopicNow = () => tabTopic ?? localTopic;
  const kind: KindOf = (m) => {
    if (!choices) return 'mark';
    if (!kindOf) {
      meta ??= deps.meta();
      kindOf = markKinds(meta, { ...choices, onTopic: onTopicNow() });
    }
    return kindOf(m.entity);
  };
  let listedFrom: readonly Mention[] | null = null;
  let listed: MentionList | null = null;
  /** What the reader sees marked: the detector finds every mention, this is the subset shown. */
  const visible = (): readonly Mention[] => {
    const all = detector?.index.all() ?? [];
    if (all !== shownFrom) {
      shownFrom = all;
      shown = all.filter((m) => kind(m) !== null);
    }
    return shown;
  };
  /** The rules changed (settings, topic): re-mark what is known and tell the listeners. */
  const refilter = () => {
    const key = choices ? rulesKey({ ...choices, onTopic: onTopicNow() }) : '';
    if (key === appliedKey) return;
    appliedKey = key;
    kindOf = null;
    shownFrom = null;
    detector?.refilter(kind);
    changed();
  };

  // Stable across pause/unpause: the tooltip keeps one index for the life of the page.
  const index: MentionIndex = {
    all: visible,
    at: (x, y) => {
      const m = detector && marking ? detector.index.at(x, y) : null;
      return m && kind(m) !== null ? m : null;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  const report = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const all = detector?.index.all() ?? [];
      const entities = [...new Set(visible().map((m) => m.entity))].sort();
      const scopeOf = all.length ? (meta ??= deps.meta()).scopeOf : () => undefined;
      const ev = topicEvidence(all, scopeOf, detector?.chars() ?? 0);
      const coreEntities = [...new Set(all.filter((m) => scopeOf(m.entity) === 'core').map((m) => m.entity))].sort();
      const evidence = { core: ev.core, coreEntities, chars: ev.chars };
      // A frame that never found anything has nothing to report (its text alone changes no topic).
      if (lastSent === null && !all.length) return;
      const key = JSON.stringify([entities, evidence]);
      if (key === lastSent) return;
      lastSent = key;
      deps.onReport({ entities, evidence });
    }, deps.debounceMs ?? 300);
  };

  /** The detector's mentions changed: this frame's own evidence may have turned the topic. */
  const found = () => {
    const counts = detector?.index.entityCounts();
    const local = !!counts?.size && isOnTopic(countedEvidence(counts, (meta ??= deps.meta()).scopeOf, detector?.chars() ?? 0));
    if (local !== localTopic) {
      localTopic = local;
      traceMark(`local-topic-${local}`);
      if (tabTopic === null) {
        refilter();
        return;
      }
    }
    changed();
  };

  const changed = () => {
    if (active && !active.range.startContainer.isConnected) active = null;
    for (const l of listeners) l();
    report();
  };

  const setActive = (m: Mention | null) => {
    if (m) active = m;
    highlights.setActive(m?.range ?? null);
  };

  return {
    index,
    get detector() {
      return detector;
    },
    get onTopic() {
      return onTopicNow();
    },
    setTabTopic(onTopic) {
      if (onTopic === tabTopic) return;
      traceMark(`tab-topic-${onTopic}`);
      tabTopic = onTopic;
      refilter();
    },
    metaChanged() {
      meta = null;
      appliedKey = '';
      refilter();
      // An open tooltip asks for its card again (the reader's facts changed with the meta).
      tooltip?.invalidate();
    },
    apply({ runs, markStyle, marks }) {
      highlights.setStyle(markStyle);
      choices = marks;
      refilter();
      if (runs && !detector) {
        highlights.setEnabled(marking);
        detector = createDetector(matcher, { highlights, kind });
        unsubscribe = detector.index.onChange(found);
        tooltip = deps.tooltip(index, setActive);
        // The first pass read the page's length: the evidence goes out with it.
        void detector.start(document).then(report);
      } else if (!runs && detector) {
        // Paused: nothing of Caravan stays on the page.
        tooltip?.destroy();
        tooltip = null;
        unsubscribe?.();
        detector.stop();
        detector = null;
        active = null;
        highlights.setActive(null);
        highlights.setEnabled(false);
        changed();
      }
    },
    async mentions() {
      if (!detector) return { mentions: [], total: 0, tally: [], state: 'idle' };
      const state = await Promise.race([
        detector.idle().then(() => 'idle' as const),
        new Promise<'busy'>((r) => setTimeout(() => r('busy'), ANSWER_WAIT_MS)),
      ]);
      // What the reader sees marked, not every name found; counted once per change of the marks.
      const all = index.all();
      if (all !== listedFrom) {
        listedFrom = all;
        listed = listMentions(all);
      }
      return { ...listed!, state };
    },
    status() {
      if (!detector) return 'off';
      return compile === 'failed' ? 'failed' : compile === 'loading' ? 'loading' : 'ready';
    },
    navigate(direction, entity) {
      const all = entity === undefined ? index.all() : index.all().filter((m) => m.entity === entity);
      const i = nextIndex(all, active && all.includes(active) ? active : null, direction);
      if (i < 0) return { index: -1, total: all.length };
      const m = all[i]!;
      setActive(m);
      if (entity === undefined) {
        void scrollToMention(m);
        if (marking) tooltip?.open(m, { focus: true, reason: 'keyboard' });
      } else {
        // Asked from the side panel, which keeps the reader's focus: the page only shows where.
        void scrollToMention(m).then(() => highlights.flash(m.range));
      }
      return { index: i, total: all.length };
    },
    async reveal(entity) {
      if (!detector) return false;
      await Promise.race([detector.idle(), new Promise((r) => setTimeout(r, ANSWER_WAIT_MS))]);
      const all = index.all().filter((m) => m.entity === entity);
      const m = all.find((x) => rangeNow(x.range).getClientRects().length > 0) ?? all[0];
      if (!m) return false;
      await scrollToMention(m);
      highlights.flash(m.range);
      return true;
    },
    get marking() {
      return marking;
    },
    toggleMarking() {
      marking = !marking;
      highlights.setEnabled(marking && detector !== null);
      if (!marking) {
        tooltip?.close({ restoreFocus: false });
        highlights.setActive(null);
      }
      return { enabled: marking };
    },
  };
}
