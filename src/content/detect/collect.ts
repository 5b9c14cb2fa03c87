/**
 * One block's inline text, read from the DOM: its text nodes in order, descending into inline
 * elements and stopping at nested blocks (scanned as blocks of their own) and skipped elements.
 */
import { INLINE_TAGS, isSkipped, MAY_SKIP, type Block } from './dom-rules';
import { LINE_BREAK, RUN_BREAK, type Part } from './block-text';

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
export function hasText(s: string): boolean {
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
      const name = el.localName;
      if (name === 'br') separate(LINE);
      else if (!INLINE_TAGS.has(name) || isSkipped(el, name)) separate(BREAK);
      else {
        const sr = name === 'span' ? el.shadowRoot : null;
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
 * Any descendant that makes collectBlock() do more than concatenate text nodes: a non-inline
 * element (nested block, skipped element, <br>) or an inline one with attributes that may skip it.
 */
const NOT_PLAIN = `:not(${[...INLINE_TAGS].join(',')}),${MAY_SKIP}`;

/**
 * The inline text of a block whose descendants are all plain inline elements, read with one
 * native call (no JS per text node); null for any other block. For such a block it equals the
 * text collectBlock() assembles, so offsets found in it hold there too. The detector does not
 * enter such a block, so an open shadow root on a <span> inside it is not looked for (a <span>
 * is the only inline element that may host one; components are custom elements, which are not
 * plain). Where a name is found, collectBlock() runs and does find it.
 */
export function plainText(block: Block): string | null {
  if (block.nodeType !== 1 || (block as Element).querySelector(NOT_PLAIN)) return null;
  return block.textContent;
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
