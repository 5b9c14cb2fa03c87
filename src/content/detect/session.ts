/**
 * One frame's detection session: runs the detector while the site is not paused, owns the
 * highlights, answers the content script's messages (list, navigate, reveal, toggle) and tells
 * its listener which entities the frame mentions. No extension API here: index.ts supplies the
 * matcher, the tooltip and the message plumbing.
 */
import type { Matcher } from '../../matching/types';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { createDetector, type Detector } from './annotate';
import { createHighlights, type MarkStyle } from './highlights';
import { nextIndex, scrollToMention } from './navigate';
import { rangeNow } from '../ranges';

export interface SessionDeps {
  /** Called when the first text worth scanning is found (never in a frame without any). */
  matcher: () => Promise<Matcher>;
  /** Builds the tooltip over the session's (stable) index. */
  tooltip: (index: MentionIndex, onActiveChange: (m: Mention | null) => void) => TooltipApi;
  /** Called (debounced) with the distinct entities of the frame whenever they change. */
  onEntities: (entities: string[]) => void;
  debounceMs?: number;
}

export interface Session {
  /** Starts or stops with the site's settings; restyles live. */
  apply(state: { runs: boolean; markStyle: MarkStyle }): void;
  /**
   * The frame's mentions once pending work is done, or after ANSWER_WAIT_MS with `state: 'busy'`:
   * `'idle'` is a positive signal that the detector has nothing left to do (tests wait for it
   * before asserting that something was not found).
   */
  mentions(): Promise<{ mentions: Array<{ entity: string; text: string }>; state: 'idle' | 'busy' }>;
  navigate(direction: 1 | -1): { index: number; total: number };
  reveal(entity: string): Promise<boolean>;
  toggleMarking(): { enabled: boolean };
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
  let lastSent = '';

  // Stable across pause/unpause: the tooltip keeps one index for the life of the page.
  const index: MentionIndex = {
    all: () => detector?.index.all() ?? [],
    at: (x, y) => (detector && marking ? detector.index.at(x, y) : null),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  const report = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const entities = [...new Set(index.all().map((m) => m.entity))].sort();
      const key = entities.join(',');
      if (key === lastSent) return;
      lastSent = key;
      deps.onEntities(entities);
    }, deps.debounceMs ?? 300);
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
    apply({ runs, markStyle }) {
      highlights.setStyle(markStyle);
      if (runs && !detector) {
        highlights.setEnabled(marking);
        detector = createDetector(deps.matcher, { highlights });
        unsubscribe = detector.index.onChange(changed);
        tooltip = deps.tooltip(index, setActive);
        void detector.start(document);
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
      if (!detector) return { mentions: [], state: 'idle' };
      const state = await Promise.race([
        detector.idle().then(() => 'idle' as const),
        new Promise<'busy'>((r) => setTimeout(() => r('busy'), ANSWER_WAIT_MS)),
      ]);
      return { mentions: index.all().map((m) => ({ entity: m.entity, text: m.text })), state };
    },
    navigate(direction) {
      const all = index.all();
      const i = nextIndex(all, active && all.includes(active) ? active : null, direction);
      if (i < 0) return { index: -1, total: all.length };
      const m = all[i]!;
      setActive(m);
      scrollToMention(m);
      if (marking) tooltip?.open(m, { focus: true, reason: 'keyboard' });
      return { index: i, total: all.length };
    },
    async reveal(entity) {
      if (!detector) return false;
      await Promise.race([detector.idle(), new Promise((r) => setTimeout(r, ANSWER_WAIT_MS))]);
      const all = index.all().filter((m) => m.entity === entity);
      const m = all.find((x) => rangeNow(x.range).getClientRects().length > 0) ?? all[0];
      if (!m) return false;
      scrollToMention(m);
      highlights.flash(m.range);
      return true;
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
