/**
 * The one owner of the tooltip's place in the page: a host element with a closed shadow root,
 * in the document only while a tooltip is shown. Everything the tooltip draws lives in that root,
 * so page CSS cannot restyle it (see styles.ts) and its CSS cannot reach the page, and page script
 * cannot read the closed root's content.
 */
import { render as renderPreact, type ComponentChild } from 'preact';
import { HOST_INLINE, TOOLTIP_CSS } from './styles';

const TAG = 'caravan-tooltip';
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export class TooltipHost {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly live: HTMLElement;
  private rendered = false;
  /** How the styles got in: adopted (constructable) or a <style> element. */
  readonly styleMode: 'adopted' | 'element';

  constructor(private readonly doc: Document = document) {
    const made = createHost(doc);
    this.host = made.host;
    this.shadow = made.shadow;
    this.styleMode = injectStyles(this.shadow, doc);
    // Outside the Preact tree, so it survives re-renders and a change of its text is announced.
    this.live = doc.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.mount = doc.createElement('div');
    this.shadow.append(this.live, this.mount);
  }

  /** Draws `content` into the shadow root, putting the host into the page first if needed. */
  render(content: ComponentChild): void {
    // Re-appended if the page removed it (some apps rebuild <html>'s children).
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    renderPreact(content, this.mount);
    this.rendered = true;
  }

  /** Empties the tooltip and takes the host out of the page. */
  clear(): void {
    if (this.rendered) renderPreact(null, this.mount);
    this.rendered = false;
    this.live.textContent = '';
    this.host.remove();
  }

  isShown(): boolean {
    return this.rendered && this.host.isConnected;
  }

  /** Text for screen readers (aria-live polite, inside the shadow root). */
  announce(text: string, onAnnounced?: () => void): void {
    // Emptied first, and filled a moment after the region is in the page, so screen readers
    // notice the change (and the same words said twice are announced twice).
    this.live.textContent = '';
    setTimeout(() => {
      if (!this.host.isConnected) return;
      this.live.textContent = text;
      onAnnounced?.();
    }, 50);
  }

  /** True for an event whose target is in the tooltip: events from a shadow root are retargeted to the host. */
  isInside(event: Event): boolean {
    return event.target === this.host || event.composedPath().includes(this.host);
  }

  isInsideNode(node: Node | null): boolean {
    return node === this.host || (node !== null && this.shadow.contains(node));
  }

  /** Where focus is inside the tooltip, or null when it is elsewhere. */
  activeElement(): Element | null {
    return this.shadow.activeElement;
  }

  focusables(): HTMLElement[] {
    return [...this.shadow.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.isConnected);
  }

  query<E extends Element = HTMLElement>(selector: string): E | null {
    return this.shadow.querySelector<E>(selector);
  }

  /** Listens inside the shadow root (keyboard events there never reach page listeners first). */
  on<K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
    this.shadow.addEventListener(type, listener as EventListener);
  }

  destroy(): void {
    this.clear();
  }
}

function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(TAG);
  try {
    return { host: decorate(host), shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    // A page that defined <caravan-tooltip> itself (and attached its own root) gets a plain div.
    const div = doc.createElement('div');
    return { host: decorate(div), shadow: div.attachShadow({ mode: 'closed' }) };
  }
}

function decorate(host: HTMLElement): HTMLElement {
  // Page scripts that skip their own widgets look for this; detection skips it as well.
  host.setAttribute('data-caravan-ui', '');
  for (const [property, value] of HOST_INLINE) host.style.setProperty(property, value, 'important');
  return host;
}

/** A constructable sheet where the browser lets a content script adopt one, else a <style> element. */
function injectStyles(shadow: ShadowRoot, doc: Document): 'adopted' | 'element' {
  try {
    const View = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new View();
    sheet.replaceSync(TOOLTIP_CSS);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return 'adopted';
  } catch {
    // Firefox content scripts may refuse a sheet built in their own compartment: fall through.
  }
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  shadow.append(style);
  return 'element';
}
