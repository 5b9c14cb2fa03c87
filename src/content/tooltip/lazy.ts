/**
 * The tooltip as the detector holds it before its code has loaded (decision 0300): a TooltipApi
 * that only watches for the reader's first step toward a tooltip — the pointer resting on a
 * mention, a tap on one, focus reaching one, or a call to `open` (keyboard navigation) — and then
 * imports the tooltip's module, starts the real controller and hands it that step. A frame whose
 * mentions are never hovered, focused or stepped to never loads the tooltip's code.
 *
 * Its listeners are the controller's own, fewer: one passive pointermove (checked at most once
 * per animation frame against `index.at`, as hover.ts does), pointerdown/up for taps, focusin,
 * and keydown for an Escape while the module loads.
 */
import type { MentionIndex, TooltipApi } from '../contracts';
import type { ControllerDeps, FirstStep } from './controller';
import { mentionIn, offers } from './focus';
import { TAP_SLOP_PX } from './limits';

/** What the tooltip's module (module.ts) offers. */
export interface TooltipModule {
  createTooltipController(index: MentionIndex, deps: ControllerDeps): TooltipApi;
}

/** The reader's step as seen so far; a hover's point is the pointer's latest when the module arrives. */
type Pending = Exclude<FirstStep, { kind: 'hover' }> | { kind: 'hover'; since: number };

export function lazyTooltip(index: MentionIndex, deps: ControllerDeps, load: () => Promise<TooltipModule>): TooltipApi {
  const doc = deps.doc ?? document;
  const win = doc.defaultView ?? window;
  const warn = deps.warn ?? (() => undefined);
  let real: TooltipApi | null = null;
  let loading: Promise<void> | null = null;
  let destroyed = false;
  let pending: Pending | null = null;
  let pointer: { x: number; y: number } | null = null;
  let framePending = false;
  let tap: { id: number; x: number; y: number } | null = null;

  const take = (step: Pending): void => {
    // A hover in progress does not restart its clock; any other step replaces what was pending.
    if (!(step.kind === 'hover' && pending?.kind === 'hover')) pending = step;
    if (loading) return;
    // The reader's settings are read alongside, so the first tooltip already has their hover
    // delay and theme (the controller would otherwise start from the defaults for a moment).
    loading = Promise.all([load(), deps.loadSettings().catch(() => undefined)]).then(
      ([module, loaded]) => {
        if (destroyed) return;
        stop();
        const step = pending;
        pending = null;
        let first: FirstStep | undefined;
        if (step?.kind === 'hover') first = pointer ? { kind: 'hover', point: { ...pointer }, restedMs: performance.now() - step.since } : undefined;
        else if (step) first = step;
        real = module.createTooltipController(index, { ...deps, ...(first ? { first } : {}), ...(loaded ? { settings: loaded } : {}) });
      },
      (error: unknown) => {
        // The next step tries again (an extension reloaded under the page, a busy browser).
        loading = null;
        warn('the tooltip failed to load:', error);
      },
    );
  };

  const onMove = (e: Event): void => {
    const p = e as PointerEvent;
    if (p.pointerType === 'touch') return;
    pointer = { x: p.clientX, y: p.clientY };
    if (framePending) return;
    framePending = true;
    win.requestAnimationFrame(() => {
      framePending = false;
      if (real || !pointer) return;
      if (index.at(pointer.x, pointer.y)) take({ kind: 'hover', since: performance.now() });
      else if (pending?.kind === 'hover') pending = null;
    });
  };
  const onOut = (e: Event): void => {
    if ((e as PointerEvent).relatedTarget === null) pointer = null;
  };
  const onDown = (e: Event): void => {
    const p = e as PointerEvent;
    tap = p.pointerType === 'touch' ? { id: p.pointerId, x: p.clientX, y: p.clientY } : null;
  };
  const onUp = (e: Event): void => {
    const p = e as PointerEvent;
    const start = tap;
    tap = null;
    if (p.pointerType !== 'touch' || !start || start.id !== p.pointerId) return;
    if (Math.hypot(p.clientX - start.x, p.clientY - start.y) > TAP_SLOP_PX) return;
    const mention = index.at(p.clientX, p.clientY);
    if (mention) take({ kind: 'tap', mention, point: { x: p.clientX, y: p.clientY } });
  };
  const onFocus = (e: Event): void => {
    const el = e.target instanceof Element ? e.target : null;
    if (offers(el) && mentionIn(el, index)) take({ kind: 'focus', element: el });
  };

  // Escape while the module loads: the reader no longer wants the tooltip they asked for.
  const onKey = (e: Event): void => {
    if ((e as KeyboardEvent).key === 'Escape') pending = null;
  };

  const passive = { passive: true, capture: true };
  const listeners: Array<[string, (e: Event) => void]> = [
    ['keydown', onKey],
    ['pointermove', onMove],
    ['pointerout', onOut],
    ['pointerdown', onDown],
    ['pointerup', onUp],
    ['focusin', onFocus],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, passive);
  function stop(): void {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, passive);
  }

  return {
    open(mention, options) {
      if (real) real.open(mention, options);
      else take({ kind: 'open', mention, options });
    },
    close(options) {
      if (real) real.close(options);
      else pending = null;
    },
    isOpen: () => real?.isOpen() ?? false,
    invalidate: () => real?.invalidate(),
    destroy() {
      destroyed = true;
      pending = null;
      stop();
      real?.destroy();
      real = null;
    },
  };
}
