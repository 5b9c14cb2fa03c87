/**
 * Which parts of a page are reading text, and where a block of text begins and ends.
 *
 * Decided by tag name and attributes only: asking the engine for computed styles per node would
 * cost more than the matching itself on a large page. Visibility is checked later, and only
 * where a name was found (see collect.ts).
 */
import { dirOf as dirOfLanguage } from '../../shared/text-direction';

/**
 * Elements laid out inline by default. Their text joins the text around them, so that
 * `Kaz<b>akh</b>stan` or a name inside a link is read as one string. Everything else (including
 * custom elements, whose display we cannot know without styles) starts a block of its own.
 * `link` and `meta` render nothing and hold no text; pages put them inside paragraphs (every
 * Wikipedia reference carries a TemplateStyles `<link>`), and they must not split the text there.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'label', 'mark', 'nobr', 'q', 'ruby', 's', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'img', 'picture', 'link', 'meta',
]);

/**
 * Never reading text: form fields (the reader's own input), code, scripts and styles, embedded
 * documents (frames run their own content script), vector graphics and formulas, ruby
 * annotations (they interleave the base text).
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist',
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'code', 'pre', 'kbd', 'samp', 'listing', 'xmp', 'plaintext',
  'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio',
  'rt', 'rp',
]);

/**
 * The elements that may have a shadow root (the DOM standard's list for attachShadow(), plus
 * custom elements): only these are asked, since every question to an element costs a call into
 * the engine.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

export function mayHostShadow(localName: string): boolean {
  return SHADOW_HOSTS.has(localName) || localName.includes('-');
}

/** The attribute that marks Caravan's own UI (the tooltip host); its content is never scanned. */
export const UI_ATTRIBUTE = 'data-caravan-ui';

/**
 * The attributes isSkipped reads: an element matching none of these is not skipped for its
 * attributes. A style can only hide with "none" or "hidden" in it, so `style="white-space:nowrap"`
 * (common on inline elements) does not even need a look.
 */
export const MAY_SKIP = `[${UI_ATTRIBUTE}],[hidden],[contenteditable],[style*="none" i],[style*="hidden" i]`;

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/**
 * True when the element and everything in it is to be left alone. Cheap: a set lookup and a few
 * attribute reads. Inline `display:none` is caught here because it costs nothing; hiding by
 * class is caught by the visibility check on found mentions.
 */
export function isSkipped(el: Element, localName = el.localName): boolean {
  if (SKIP_TAGS.has(localName)) return true;
  // SVG/MathML content under an unknown root (e.g. <foreignObject> siblings) is not HTML text.
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if (!el.hasAttributes()) return false;
  // Most elements carry only class, id or href: one selector match rules them out.
  if (!el.matches(MAY_SKIP)) return false;
  if (el.hasAttribute(UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  if (style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * True when `node` is inside something skipped, up to its tree's root. Used for mutations, which
 * arrive anywhere (a textarea's default text, a keystroke in an editor, the tooltip re-rendering).
 */
export function insideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  const root = node.getRootNode();
  if (root instanceof ShadowRoot) return insideSkipped(root.host);
  return (root as Document).designMode === 'on';
}

/** A container of text: an element laid out as a block, or the root of a (shadow) tree. */
export type Block = Element | ShadowRoot;

/** The block whose inline content holds `node`. */
export function blockOf(node: Node): Block | null {
  let p: Node | null = node.nodeType === 1 && !isInline(node as Element) ? node : node.parentNode;
  while (p && p.nodeType === 1 && isInline(p as Element)) p = p.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  if (p instanceof ShadowRoot) return p;
  return (p as Document).documentElement ?? null;
}

/** Nearest `lang` for a block, crossing shadow boundaries; the document's as the last resort. */
export function langOf(block: Block): string {
  let el: Element | null = block instanceof ShadowRoot ? block.host : block;
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang') || 'und';
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'und';
}

/**
 * Direction from the nearest `dir` attribute, else from the language. Attributes, not computed
 * style: reading styles between our highlight writes would force a style pass per block.
 */
export function dirOf(block: Block, lang: string): 'ltr' | 'rtl' {
  let el: Element | null = block instanceof ShadowRoot ? block.host : block;
  while (el) {
    const found = el.closest('[dir]');
    const value = found?.getAttribute('dir')?.toLowerCase();
    if (value === 'rtl' || value === 'ltr') return value;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return dirOfLanguage(lang);
}

export interface LangDir {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * langOf and dirOf of the parent elements asked within the current task. A block without
 * attributes has its parent's language and direction, and a page's blocks share few parents; in
 * Firefox each DOM call from a content script crosses a wrapper, and the two walks per block were
 * 17 ms of the dense page (docs/perf-dense.md). Forgotten at the end of the task, so an attribute
 * changed later is read again.
 */
const parentLangDir = new Map<Element, LangDir>();
let forgetPending = false;

/** `{ lang: langOf(block), dir: dirOf(block, lang) }`, shared by the siblings of a parent. */
export function langDirOf(block: Block): LangDir {
  const parent = block instanceof ShadowRoot || block.hasAttributes() ? null : block.parentElement;
  if (!parent) {
    const lang = langOf(block);
    return { lang, dir: dirOf(block, lang) };
  }
  let known = parentLangDir.get(parent);
  if (!known) {
    const lang = langOf(parent);
    known = { lang, dir: dirOf(parent, lang) };
    parentLangDir.set(parent, known);
    if (!forgetPending) {
      forgetPending = true;
      queueMicrotask(() => {
        parentLangDir.clear();
        forgetPending = false;
      });
    }
  }
  return known;
}

/** Composed-tree ordering: nodes in shadow trees sort at their host's place. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  let x = a;
  let y = b;
  const rx = x.getRootNode();
  const ry = y.getRootNode();
  if (rx !== ry) {
    // Lift both to a shared tree: the deeper side goes up to its host until the roots agree.
    const chain = (n: Node): Node[] => {
      const out = [n];
      for (let r = n.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) out.push(r.host);
      return out;
    };
    const cx = chain(x);
    const cy = chain(y);
    const roots = new Map(cy.map((n) => [n.getRootNode(), n] as const));
    for (const n of cx) {
      const m = roots.get(n.getRootNode());
      if (m) {
        if (n === m) return n === a ? -1 : m === b ? 1 : 0; // host before its shadow content
        x = n;
        y = m;
        break;
      }
    }
  }
  const pos = x.compareDocumentPosition(y);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
