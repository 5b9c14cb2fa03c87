/**
 * Places the card next to its mention with Floating UI and keeps it there while the page scrolls
 * or resizes. The mention is a Range, not an element (detection adds no wrappers we could rely
 * on), so the reference is a virtual element built from the range's client rects.
 */
import { autoUpdate, computePosition, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** The card's largest size where the room allows it (styles.ts sets the same as its CSS limits). */
export const CARD_MAX = { width: 380, height: 460 } as const;
/** The card never shrinks below this height: a scrolling list of one line would be useless. */
const CARD_MIN_HEIGHT = 96;
const EDGE = 8;

export interface Point {
  x: number;
  y: number;
}

/** Distance from a point to a rect, 0 inside it. */
function distance(rect: DOMRectReadOnly, p: Point): number {
  const dx = Math.max(rect.left - p.x, 0, p.x - rect.right);
  const dy = Math.max(rect.top - p.y, 0, p.y - rect.bottom);
  return Math.hypot(dx, dy);
}

function lineRects(range: Range): DOMRectReadOnly[] {
  // Zero-width rects come from line ends and collapsed boundaries; they are not a line of the mention.
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** Which line of a (possibly wrapped) mention the card should sit against: the one nearest the pointer. */
export function nearestLine(rects: readonly DOMRectReadOnly[], pointer: Point | null): number {
  if (!pointer || rects.length < 2) return 0;
  let best = 0;
  let bestDistance = Infinity;
  rects.forEach((rect, i) => {
    const d = distance(rect, pointer);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * A virtual element over one line of the range. The line is chosen once, at open; the rect is
 * read afresh on every call, so it follows scrolling and reflow.
 */
export function rangeReference(range: Range, pointer: Point | null): VirtualElement {
  const line = nearestLine(lineRects(range), pointer);
  let last: DOMRect = range.getBoundingClientRect();
  const contextElement =
    range.startContainer instanceof Element ? range.startContainer : (range.startContainer.parentElement ?? undefined);
  return {
    getBoundingClientRect(): DOMRect {
      const rects = lineRects(range);
      const rect = rects[Math.min(line, rects.length - 1)];
      // A range whose text left the page keeps its last place until the tooltip closes.
      if (rect) last = DOMRect.fromRect(rect);
      return last;
    },
    getClientRects: () => {
      const rects = lineRects(range);
      const rect = rects[Math.min(line, rects.length - 1)];
      return (rect ? [rect] : [last]) as unknown as DOMRectList;
    },
    ...(contextElement ? { contextElement } : {}),
  };
}

/**
 * Positions `card` against `reference` now and on every scroll/resize/size change until the
 * returned stop is called. The card is `position: fixed`, so coordinates are the viewport's.
 */
/**
 * The side with the room for the card: below (preferred) where its natural height fits, else the
 * side with more room. Chosen here rather than by Floating UI's flip, which judges by the size the
 * card was capped to on the previous update and so could keep a squeezed card on the small side.
 */
export function chooseSide(reference: Pick<DOMRectReadOnly, 'top' | 'bottom'>, naturalHeight: number, viewportHeight: number, gap: number): 'bottom' | 'top' {
  const below = viewportHeight - reference.bottom - gap - EDGE;
  const above = reference.top - gap - EDGE;
  return below >= naturalHeight || below >= above ? 'bottom' : 'top';
}

const GAP = 6;

/**
 * Positions `card` against `reference` now and on every scroll/resize/size change until the
 * returned stop is called. The card is `position: fixed`, so coordinates are the viewport's.
 */
export function follow(reference: VirtualElement, card: HTMLElement, onPlaced?: () => void): () => void {
  let stopped = false;
  const update = (): void => {
    // The card's own height, uncapped by the previous update (its CSS still caps it at 460 px).
    card.style.maxHeight = '';
    const natural = card.getBoundingClientRect().height;
    const side = chooseSide(reference.getBoundingClientRect(), natural, innerHeight, GAP);
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: `${side}-start`,
      // size caps the card to the room on its side, so its header (name, pin, close) never leaves
      // the window and the facts scroll inside; shift keeps it in horizontally.
      middleware: [
        offset(GAP),
        size({
          padding: EDGE,
          apply({ availableHeight, elements }) {
            const s = elements.floating.style;
            // Width: the window's, not the room beside the mention's start (a name at the right
            // edge would squeeze the card to a sliver); shift then slides it into view.
            s.maxWidth = `${Math.max(0, Math.min(CARD_MAX.width, innerWidth - 2 * EDGE))}px`;
            s.maxHeight = `${Math.max(Math.min(CARD_MIN_HEIGHT, innerHeight - 2 * EDGE), Math.min(CARD_MAX.height, Math.floor(availableHeight)))}px`;
          },
        }),
        shift({ padding: EDGE, crossAxis: true }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      // Scrolled out of view with its mention: hidden, not floating over unrelated text.
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
      onPlaced?.();
    });
  };
  const cleanup = autoUpdate(reference, card, update);
  return () => {
    stopped = true;
    cleanup();
  };
}
