/**
 * Keyboard focus offers a tooltip too: when focus lands on an element of the page (a link, a
 * button, anything focusable) whose text holds a mention, that mention's tooltip opens beside it,
 * without taking focus from the page; when focus moves on (and not into the tooltip), it closes.
 * A reader who tabs through a page meets the same facts as one who points.
 */
import type { Mention, MentionIndex } from '../contracts';

export interface FocusTarget {
  current(): Mention | null;
  show(mention: Mention): void;
  /** Closes a tooltip this watcher opened, unless the reader pinned it or went into it. */
  hide(): void;
  isInsideNode(node: Node | null): boolean;
}

/** Focusable elements with more text than this are regions, not names: they offer nothing. */
const MAX_TEXT = 300;

/** Whether focus on `el` offers a tooltip (not the page itself, not an editor, not a region). */
export function offers(el: Element | null): el is HTMLElement {
  if (!el || el === el.ownerDocument.body || el === el.ownerDocument.documentElement) return false;
  if ((el as HTMLElement).isContentEditable || el.closest('input, textarea, select')) return false;
  return (el.textContent?.length ?? 0) <= MAX_TEXT;
}

/** The first mention of the index inside `el`, in document order. */
export function mentionIn(el: Element, index: MentionIndex): Mention | null {
  return index.all().find((m) => el.contains(m.range.startContainer) && el.contains(m.range.endContainer)) ?? null;
}

/**
 * `initial`: an element focus reached before the watcher started (the tooltip's code loads on that
 * first focus, decision 0300): treated as that focus, if focus is still there.
 */
export function watchFocus(doc: Document, index: MentionIndex, target: FocusTarget, initial: Element | null = null): () => void {
  let opened: Mention | null = null;
  const onIn = (event: Pick<FocusEvent, 'target'>): void => {
    const el = event.target instanceof Element ? event.target : null;
    if (!el || target.isInsideNode(el) || !offers(el)) return;
    const mention = mentionIn(el, index);
    if (!mention) return;
    opened = mention;
    target.show(mention);
  };
  const onOut = (event: FocusEvent): void => {
    if (!opened || target.current() !== opened) {
      opened = null;
      return;
    }
    const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (next && target.isInsideNode(next)) return;
    opened = null;
    target.hide();
  };
  doc.addEventListener('focusin', onIn, true);
  doc.addEventListener('focusout', onOut, true);
  if (initial?.isConnected && doc.activeElement === initial) onIn({ target: initial });
  return () => {
    doc.removeEventListener('focusin', onIn, true);
    doc.removeEventListener('focusout', onOut, true);
  };
}
