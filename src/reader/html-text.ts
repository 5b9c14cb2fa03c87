/**
 * HTML → plain text for the reader's documents (a chosen .html file, an article Readability
 * extracted): parsed with DOMParser into an inert document (no script runs, nothing loads, nothing
 * is assigned to innerHTML) and only its text read. Block elements end lines, so paragraphs stay
 * paragraphs for the segmenter. Needs a DOM: for the extension's pages, not the background.
 */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figcaption', 'br', 'hr', 'address',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);

/** The text of a node's subtree, a line per block. */
export function textOfNode(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node, pre = false): void => {
    if (node.nodeType === 3) {
      // A line break in HTML source is a space, except inside <pre>.
      out.push(pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).localName : '';
    if (SKIP.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || name === 'pre');
    if (block) out.push('\n');
  };
  walk(root);
  return tidy(out.join(''));
}

/** Whitespace collapsed within lines, empty lines dropped. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function htmlToDocument(html: string): { title: string; text: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { title: doc.title.trim(), text: doc.body ? textOfNode(doc.body) : '' };
}

