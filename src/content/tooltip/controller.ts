/**
 * The tooltip's state: which mention is open, how (hover, tap, keyboard), pinned or not, and the
 * card shown. Takes every browser dependency as a parameter (index.ts supplies the real ones), so
 * it runs under a DOM emulator in unit tests without the extension APIs.
 */
import { h } from 'preact';
import type { EntityCard } from '../../shared/messages';
// settings-keys, not settings-schema: the tooltip's module carries no schema library (decision 0300).
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-keys';
import type { EntityType } from '../../shared/pack-types';
import type { Mention, MentionIndex, TooltipApi } from '../contracts';
import { factState, type FactSources } from '../mark-rules';
import { CardCache, type FetchCard } from './cache';
import { contextEntities } from './context';
import { TooltipHost } from './host';
import { watchFocus } from './focus';
import { HoverController, sameMention, type HoverOptions } from './hover';
import { announcement, primaryLang, totalFacts, visibleFacts } from './model';
import { follow, rangeReference, type Point } from './position';
import { liveRange } from '../ranges';
import { t } from './i18n';
import { TooltipView, titleOf, type Status } from './view';

export interface ControllerDeps {
  fetchCard: FetchCard;
  openPanel(entity: string): void;
  /** Current settings now, and a way to hear of changes (returns an unsubscribe). */
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** Told when a mention's tooltip opens (its mention) or closes (null): detection marks it active. */
  onActiveChange?: (mention: Mention | null) => void;
  doc?: Document;
  hover?: Partial<Pick<HoverOptions, 'graceMs' | 'frame'>>;
  warn?: (...args: unknown[]) => void;
  /** Which sources hold a fact about each entity (decision 0190): tells "nothing yet" from "turned off". */
  factSources?: () => FactSources;
  /** Stops marking an entity, or every entity of a type (the reader's settings; applied live). */
  mute?: (what: { entity: string } | { type: EntityType }) => Promise<void>;
  /** The reader's settings as already read (lazy.ts); the defaults until `loadSettings` answers otherwise. */
  settings?: Settings;
  /** What opened the tooltip before its code had loaded (lazy.ts, decision 0300): replayed at start. */
  first?: FirstStep;
}

/** The reader's first step toward a tooltip, seen by lazy.ts while this module was loading. */
export type FirstStep =
  | { kind: 'hover'; point: Point; restedMs: number }
  | { kind: 'tap'; mention: Mention; point: Point }
  | { kind: 'focus'; element: Element }
  | { kind: 'open'; mention: Mention; options: { focus: boolean; reason: 'keyboard' | 'tap' | 'hover' } };

interface Open {
  mention: Mention;
  point: Point | null;
  lang: string;
  /** The other entities of the mention's block, which rank its facts. */
  context: string[];
  /** Opened from the keyboard: a dialog with focus inside, whatever the pin says. */
  keyboard: boolean;
  pinned: boolean;
  card: EntityCard | null | undefined;
  status: Status;
  /** Where focus was before the tooltip took it, to give it back on Escape or Close. */
  returnFocus: Element | null;
  /** Focus goes in once the card is placed (a hidden element cannot take focus). */
  focusPending: boolean;
  announcePending: boolean;
  request: number;
}

export function createTooltipController(index: MentionIndex, deps: ControllerDeps): TooltipApi {
  const doc = deps.doc ?? document;
  const warn = deps.warn ?? (() => undefined);
  const cache = new CardCache(deps.fetchCard);
  const host = new TooltipHost(doc);
  let settings: Settings = deps.settings ?? structuredClone(DEFAULT_SETTINGS);
  let state: Open | null = null;
  let card: HTMLDivElement | null = null;
  let stopFollow: (() => void) | null = null;
  let requests = 0;
  let destroyed = false;

  const stickiness = (): 'none' | 'dialog' | 'pinned' =>
    !state ? 'none' : state.pinned ? 'pinned' : state.keyboard ? 'dialog' : 'none';

  const hover = new HoverController(
    doc,
    index,
    {
      current: () => state?.mention ?? null,
      stickiness,
      show: (mention, point, reason) => show(mention, point, reason, false),
      hide: () => api.close({ restoreFocus: false }),
      isInside: (event) => host.isInside(event),
    },
    { delayMs: () => settings.hoverDelayMs, ...deps.hover },
  );

  function show(mention: Mention, point: Point | null, reason: 'keyboard' | 'tap' | 'hover' | 'focus', focus: boolean): void {
    if (destroyed) return;
    const previous = state;
    const same = previous !== null && sameMention(previous.mention, mention);
    const active = doc.activeElement;
    const lang = primaryLang(mention.lang);
    const context = contextEntities(mention, index.all());
    const cached = cache.peek(mention.entity, lang, context);
    state = {
      mention,
      point,
      lang,
      context,
      keyboard: focus || reason === 'keyboard' || (same && previous.keyboard),
      pinned: same && previous.pinned,
      card: cached,
      status: cached === undefined ? 'loading' : cached ? 'ready' : 'unknown',
      // Focus inside our own host is not a place to return to.
      returnFocus: same ? previous.returnFocus : active && !host.isInsideNode(active) ? active : null,
      focusPending: focus,
      // Opened from the keyboard, or by focus reaching a name: said to screen readers.
      announcePending: reason === 'keyboard' || reason === 'focus',
      request: ++requests,
    };
    hover.reset();
    if (cached === undefined) load(state);
    draw();
    if (!same || !stopFollow) place(state);
    else if (focus) focusIn();
    if (!same) deps.onActiveChange?.(mention);
  }

  function load(open: Open): void {
    const request = open.request;
    cache.get(open.mention.entity, open.lang, open.context).then(
      (result) => {
        if (state?.request !== request) return;
        state.card = result;
        state.status = result ? 'ready' : 'unknown';
        draw();
      },
      (error: unknown) => {
        if (state?.request !== request) return;
        warn('entity card failed:', error);
        // A refetch that failed keeps the facts already shown; a first fetch shows the failure.
        if (state.card === undefined) state.status = 'error';
        draw();
      },
    );
  }

  function place(open: Open): void {
    stopFollow?.();
    stopFollow = null;
    if (!card) return;
    const el = card;
    // Hidden until placed, so it never flashes at the viewport's corner.
    el.style.visibility = 'hidden';
    stopFollow = follow(rangeReference(liveRange(open.mention.range), open.point), el, () => {
      if (state === open && open.focusPending) focusIn();
    });
  }

  function focusIn(): void {
    if (!state || !card) return;
    state.focusPending = false;
    card.focus({ preventScroll: true });
  }

  function draw(): void {
    if (!state) return;
    const open = state;
    const facts = visibleFacts(open.card ?? null, settings.disabledSources);
    const total = totalFacts(open.card ?? null, facts.length, settings.disabledSources);
    const entity = open.card?.entity ?? cache.knownEntity(open.mention.entity);
    const mode = open.pinned || open.keyboard ? 'dialog' : 'tooltip';
    host.render(
      h(TooltipView, {
        mention: open.mention,
        entity,
        status: open.status,
        facts,
        total,
        mode,
        pinned: open.pinned,
        theme: settings.theme,
        cardRef: (el: HTMLDivElement | null) => {
          card = el;
        },
        onPin: () => {
          if (!state) return;
          state.pinned = !state.pinned;
          draw();
        },
        onClose: () => api.close({ restoreFocus: true }),
        onOpenPanel: () => deps.openPanel(open.mention.entity),
        ...(deps.factSources ? { factState: factState(open.mention.entity, deps.factSources(), settings.disabledSources) } : {}),
        ...(deps.mute ? { onMute: (what: 'entity' | 'type') => muteFrom(open, what, entity?.type) } : {}),
      }),
    );
    if (open.announcePending && open.status !== 'loading') {
      open.announcePending = false;
      const name = titleOf({ entity, mention: open.mention }).text;
      // An entity no source speaks of is announced as such, not as one whose sources are off.
      const nothing = total === 0 && open.status === 'ready' && deps.factSources && factState(open.mention.entity, deps.factSources(), []) === 'none';
      host.announce(nothing ? `${name}: ${t('tooltipNothingYet')}` : announcement(name, total, false));
    }
  }

  function muteFrom(open: Open, what: 'entity' | 'type', type: EntityType | undefined): void {
    if (!deps.mute || (what === 'type' && !type)) return;
    // Its marks go at once (the settings change re-marks every open tab); so does the tooltip.
    api.close({ restoreFocus: true });
    deps.mute(what === 'entity' ? { entity: open.mention.entity } : { type: type! }).catch((error: unknown) => warn('mute failed:', error));
  }

  /** Escape closes from anywhere; it is ours to swallow only when focus is in the tooltip. */
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!state || event.key !== 'Escape' || event.isComposing) return;
    const inside = host.activeElement() !== null;
    if (inside) {
      event.preventDefault();
      event.stopPropagation();
    }
    hover.suppress(state.mention);
    api.close({ restoreFocus: inside });
  };

  /** A dialog keeps Tab inside it: the last control wraps to the first and back. */
  host.on('keydown', (event) => {
    if (event.key !== 'Tab' || !state || stickiness() === 'none') return;
    const controls = host.focusables();
    if (controls.length === 0) return;
    const at = controls.indexOf(host.activeElement() as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : -1) : at === controls.length - 1 ? 0 : -1;
    if (next >= 0) {
      event.preventDefault();
      controls[next]!.focus();
    }
  });

  const unwatch = deps.watchSettings((next) => {
    const sourcesChanged = next.disabledSources.join('\n') !== settings.disabledSources.join('\n');
    settings = next;
    if (sourcesChanged) api.invalidate();
    else draw();
  });
  deps.loadSettings().then(
    (loaded) => {
      if (!destroyed) {
        settings = loaded;
        draw();
      }
    },
    (error: unknown) => warn('settings unavailable, using defaults:', error),
  );
  // A mention whose text left the page takes its (unpinned) tooltip with it.
  const unsubscribe = index.onChange(() => {
    if (state && !state.pinned && !index.all().some((m) => sameMention(m, state!.mention))) api.close({ restoreFocus: false });
  });
  doc.addEventListener('keydown', onKeyDown, true);
  hover.start();
  const first = deps.first;
  const unwatchFocus = watchFocus(
    doc,
    index,
    {
      current: () => state?.mention ?? null,
      show: (mention) => show(mention, null, 'focus', false),
      hide: () => {
        if (state && !state.pinned && host.activeElement() === null) api.close({ restoreFocus: false });
      },
      isInsideNode: (node) => host.isInsideNode(node),
    },
    first?.kind === 'focus' ? first.element : null,
  );

  const api: TooltipApi = {
    open(mention, options) {
      show(mention, null, options.reason, options.focus);
    },
    close(options) {
      if (!state) return;
      const open = state;
      const restore = options?.restoreFocus ?? host.activeElement() !== null;
      state = null;
      stopFollow?.();
      stopFollow = null;
      hover.reset();
      host.clear();
      card = null;
      deps.onActiveChange?.(null);
      const target = open.returnFocus as HTMLElement | null;
      if (restore && target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
    },
    isOpen: () => state !== null,
    invalidate() {
      cache.invalidate();
      if (!state) return;
      // The facts shown stay (filtered by the new settings at once) until the new card replaces them.
      state.request = ++requests;
      load(state);
      draw();
    },
    destroy() {
      api.close({ restoreFocus: false });
      destroyed = true;
      hover.stop();
      unwatchFocus();
      unwatch();
      unsubscribe();
      doc.removeEventListener('keydown', onKeyDown, true);
      host.destroy();
    },
  };
  if (first?.kind === 'hover') hover.prime(first.point, first.restedMs);
  else if (first?.kind === 'tap') show(first.mention, first.point, 'tap', false);
  else if (first?.kind === 'open') api.open(first.mention, first.options);
  return api;
}
