/**
 * The only way Caravan marks a page: CSS Custom Highlights over the mentions' ranges. The page's DOM is
 * never touched (no wrappers, no <style> element), so layout cannot shift and frameworks that
 * own the DOM never see a foreign node. The styles live in one constructable stylesheet, adopted
 * by the document and by every open shadow root we scan (styles do not cross shadow boundaries).
 */

export type MarkStyle = 'underline' | 'background' | 'none';

export const MENTION = 'caravan-mention';
/** A mention of an entity without facts in the enabled sources: a fainter mark (decision 0190). */
export const MENTION_DIM = 'caravan-mention-dim';
export const ACTIVE = 'caravan-active';
export const FLASH = 'caravan-flash';

// Mid-tone teals: readable over white and over near-black pages alike.
const UNDERLINE = '#14a394';
const TINT = 'rgba(20, 163, 148, 0.22)';
/** Elements whose text is (or is laid out as) Arabic script: by language, or by direction. */
const ARABIC_SCRIPT = ':is(:lang(fa), :lang(ps), :lang(prs), :lang(ar), :lang(ur), :dir(rtl))';
// Fainter, and dashed rather than dotted, so it differs by shape as well as by tone.
const UNDERLINE_DIM = 'rgba(20, 163, 148, 0.6)';
const TINT_DIM = 'rgba(20, 163, 148, 0.1)';

function css(style: MarkStyle): string {
  const mention =
    style === 'underline'
      ? `text-decoration: underline dotted ${UNDERLINE} 2px; text-underline-offset: 3px;`
      : style === 'background'
        ? `background-color: ${TINT};`
        : '';
  const dim =
    style === 'underline'
      ? `text-decoration: underline dashed ${UNDERLINE_DIM} 1px; text-underline-offset: 3px;`
      : style === 'background'
        ? `background-color: ${TINT_DIM};`
        : '';
  return [
    `::highlight(${MENTION}) { ${mention} }`,
    `::highlight(${MENTION_DIM}) { ${dim} }`,
    // Persian and Pashto letters carry dots below the baseline (ی, ن, ب): a dotted underline close
    // under them reads as more dots and changes the word. In Arabic-script text the mark is a thin
    // solid line set further down (chosen from screenshots in both browsers: docs/decisions/0001),
    // and the fainter mark keeps its dashes at the same distance.
    ...(style === 'underline'
      ? [
          `${ARABIC_SCRIPT}::highlight(${MENTION}) { text-decoration: underline solid ${UNDERLINE} 1.5px; text-underline-offset: 0.5em; }`,
          `${ARABIC_SCRIPT}::highlight(${MENTION_DIM}) { text-underline-offset: 0.5em; }`,
        ]
      : []),
    `::highlight(${ACTIVE}) { background-color: rgba(20, 163, 148, 0.32); text-decoration: underline solid ${UNDERLINE} 2px; }`,
    `${ARABIC_SCRIPT}::highlight(${ACTIVE}) { text-underline-offset: 0.5em; }`,
    `::highlight(${FLASH}) { background-color: rgba(250, 204, 21, 0.55); }`,
  ].join('\n');
}

export interface Highlights {
  /** Queued until flush(): each change to a registered highlight invalidates painting. `dim`: the fainter mark. */
  add(range: AbstractRange, dim?: boolean): void;
  /**
   * Unmarks a range. A mention gone from the page also loses the active mark; one that only
   * scrolled out of reach (`gone` false: the visibility gate) keeps it, or navigating to a mention
   * far from the last one could see its fresh active mark dropped by the gate's late report.
   */
  delete(range: AbstractRange, gone?: boolean): void;
  /** Applies queued adds and deletes at once (the detector calls it at the end of each slice). */
  flush(): void;
  /** The mention whose tooltip is open or focused; null clears. */
  setActive(range: AbstractRange | null): void;
  flash(range: AbstractRange): void;
  setStyle(style: MarkStyle): void;
  /** Brings the styles into a shadow root (or re-adopts them where a page replaced its list). */
  adopt(root: Document | ShadowRoot): void;
  /** Marking on or off: the ranges are kept, only the registration changes. */
  setEnabled(enabled: boolean): void;
  /** Drops every range and unregisters. */
  clear(): void;
  readonly supported: boolean;
  /** Whether the styles are adopted (they are not until the first mark). */
  readonly live: boolean;
}

export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createHighlights(initial: MarkStyle = 'underline'): Highlights {
  const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  if (!supported) {
    const noop = () => undefined;
    return { add: noop, delete: noop, flush: noop, setActive: noop, flash: noop, setStyle: noop, adopt: noop, setEnabled: noop, clear: noop, supported, live: false };
  }
  const mentions = new Highlight();
  const dimmed = new Highlight();
  const active = new Highlight();
  const flash = new Highlight();
  // Later layers paint over earlier ones where they overlap.
  active.priority = 1;
  flash.priority = 2;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css(initial));
  /** Roots that want the styles; adopted only once something is marked (see goLive). */
  const adopted = new Set<Document | ShadowRoot>([document]);
  let enabled = true;
  /**
   * Styles adopted and highlights registered. Not before the first mark: in Chromium, adopting a
   * sheet with ::highlight rules restyles the whole document (tens of ms on a large page), which
   * a page without mentions should never pay, and which must not be forced inside a slice.
   */
  let live = false;
  /** Range → whether it is dimmed. */
  const toAdd = new Map<AbstractRange, boolean>();
  const toDelete = new Set<AbstractRange>();
  let flashTimers: ReturnType<typeof setTimeout>[] = [];

  const register = () => {
    CSS.highlights.set(MENTION, mentions);
    CSS.highlights.set(MENTION_DIM, dimmed);
    CSS.highlights.set(ACTIVE, active);
    CSS.highlights.set(FLASH, flash);
  };
  const unregister = () => {
    for (const name of [MENTION, MENTION_DIM, ACTIVE, FLASH]) CSS.highlights.delete(name);
  };
  const adoptNow = (root: Document | ShadowRoot) => {
    const list = root.adoptedStyleSheets;
    if (!list.includes(sheet)) {
      // Firefox content scripts see the page's array through a wrapper that refuses push().
      root.adoptedStyleSheets = [...list, sheet];
    }
  };
  const adopt = (root: Document | ShadowRoot) => {
    adopted.add(root);
    if (live) adoptNow(root);
  };
  const goLive = () => {
    if (live || !enabled) return;
    live = true;
    register();
    for (const root of adopted) if (root.isConnected !== false) adoptNow(root);
  };
  const clearFlash = () => {
    for (const t of flashTimers) clearTimeout(t);
    flashTimers = [];
    flash.clear();
  };
  return {
    supported,
    get live() {
      return live;
    },
    add(range, dim = false) {
      toDelete.delete(range);
      toAdd.set(range, dim);
    },
    delete(range, gone = true) {
      if (!toAdd.delete(range)) toDelete.add(range);
      if (gone && active.has(range)) active.delete(range);
    },
    flush() {
      for (const r of toDelete) {
        mentions.delete(r);
        dimmed.delete(r);
      }
      for (const [r, dim] of toAdd) {
        // Re-marked in the other style (its entity's facts or the reader's choice changed).
        (dim ? mentions : dimmed).delete(r);
        (dim ? dimmed : mentions).add(r);
      }
      toDelete.clear();
      toAdd.clear();
      if (mentions.size || dimmed.size) goLive();
    },
    setActive(range) {
      active.clear();
      if (range) {
        active.add(range);
        goLive();
      }
    },
    flash(range) {
      goLive();
      clearFlash();
      flash.add(range);
      if (!reducedMotion()) {
        // Two short blinks draw the eye; without motion the mark simply stays for the duration.
        flashTimers.push(setTimeout(() => flash.delete(range), 250));
        flashTimers.push(setTimeout(() => flash.add(range), 450));
      }
      flashTimers.push(setTimeout(clearFlash, 1500));
    },
    setStyle: (style) => sheet.replaceSync(css(style)),
    adopt,
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (on) {
        if (mentions.size || dimmed.size) goLive();
      } else {
        live = false;
        unregister();
        clearFlash();
      }
    },
    clear() {
      toAdd.clear();
      toDelete.clear();
      mentions.clear();
      dimmed.clear();
      active.clear();
      clearFlash();
      unregister();
      for (const root of adopted) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // A root gone with its host: nothing to undo.
        }
      }
      adopted.clear();
      adopted.add(document);
      live = false;
    },
  };
}
