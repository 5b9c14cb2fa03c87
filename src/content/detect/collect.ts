/**
 * One block's inline text, read from the DOM: its text nodes in order, descending into inline
 * elements and stopping at nested blocks (scanned as blocks of their own) and skipped elements.
 */
import { isInline, isSkipped, type Block } from './dom-rules';
import { LINE_BREAK, RUN_BREAK, type Part } from './segments';

export interface Collected {
  parts: Part[];
  /** parts[i] comes from nodes[i]; null for separators. */
  nodes: (Text | null)[];
  /** Open shadow roots met on the way (hosts inside the block's inline content). */
  shadows: ShadowRoot[];
  /** Whether some real part has a character other than white space. */
  text: boolean;
}

/** Does `s` have a character other than ASCII white space? (Other spaces count as text: rare, and harmless.) */
function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c) return true;
  }
  return false;
}

const BREAK: Part = { text: RUN_BREAK, real: false };
const LINE: Part = { text: LINE_BREAK, real: false };

export function collectBlock(block: Block): Collected {
  const parts: Part[] = [];
  const nodes: (Text | null)[] = [];
  const shadows: ShadowRoot[] = [];
  let text = false;
  const separate = (p: Part) => {
    // Consecutive separators say nothing more than one.
    if (parts.length && !parts[parts.length - 1]!.real) return;
    parts.push(p);
    nodes.push(null);
  };
  // Iterative depth-first walk over the block's children; inline elements are entered.
  let node: Node | null = block.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length) {
        parts.push({ text: data, real: true });
        nodes.push(node as Text);
        if (!text) text = hasText(data);
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === 'br') separate(LINE);
      else if (isSkipped(el) || !isInline(el)) separate(BREAK);
      else {
        const sr = el.shadowRoot;
        if (sr) {
          // A host renders its shadow tree, not its children: that tree is scanned on its own.
          shadows.push(sr);
          separate(BREAK);
        } else enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== block && !node.nextSibling) node = node.parentNode;
    node = node && node !== block ? node.nextSibling : null;
  }
  return { parts, nodes, shadows, text };
}

/**
 * Is the text under `el` rendered? Asked only where a name was found, so it costs nothing on the
 * common page. `display: contents` elements have no box of their own: ask their parent.
 */
export function isRendered(el: Element, cache: Map<Element, boolean>): boolean {
  const hit = cache.get(el);
  if (hit !== undefined) return hit;
  let answer = true;
  if (typeof el.checkVisibility === 'function') {
    answer = el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    if (!answer && getComputedStyle(el).display === 'contents') {
      const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
      answer = parent ? isRendered(parent, cache) : true;
    }
  }
  cache.set(el, answer);
  return answer;
}
