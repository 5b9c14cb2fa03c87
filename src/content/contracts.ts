/**
 * The seam between the content script's parts: detection (src/content/detect/) finds and marks
 * mentions; the tooltip (src/content/tooltip/) explains them. Each side codes against these types.
 */

/** One detected mention on the page, in document order. */
export interface Mention {
  /** Gazetteer id. */
  entity: string;
  /** The exact page text of the mention. */
  text: string;
  /**
   * The mention's place (it may cross inline element boundaries): a StaticRange, which costs the
   * page nothing when its text changes; ranges.ts makes live ones for measuring.
   */
  range: AbstractRange;
  /** The language of the text around it (closest `lang` attribute, else the document's), e.g. "de". */
  lang: string;
  /** Direction of the text around it. */
  dir: 'ltr' | 'rtl';
}

/** What detection offers the tooltip and the keyboard navigation. */
export interface MentionIndex {
  /** Every current mention, in document order. */
  all(): readonly Mention[];
  /** The mention under a viewport point, or null (caretPositionFromPoint + the range's client rects). */
  at(clientX: number, clientY: number): Mention | null;
  /** Called after mentions are added or removed. Returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** What the tooltip offers the rest of the content script. */
export interface TooltipApi {
  /** Opens the tooltip for a mention at once (keyboard navigation, tap). Focus moves into it when `focus`. */
  open(mention: Mention, options: { focus: boolean; reason: 'keyboard' | 'tap' | 'hover' }): void;
  close(options?: { restoreFocus: boolean }): void;
  isOpen(): boolean;
  /** Drops cached entity cards (sources toggled, settings changed). */
  invalidate(): void;
  destroy(): void;
}
