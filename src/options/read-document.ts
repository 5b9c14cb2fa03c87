/**
 * A file the reader chose or dropped → a title and plain text, or a refusal. HTML is parsed with
 * DOMParser into an inert document and only its text is read (never assigned to innerHTML);
 * block elements end lines, so paragraphs stay paragraphs for the segmenter.
 */
import { checkFileBytes, MAX_FILE_BYTES, sizeLabel, type Refusal } from '../reader/input';

export type ReadDocument = { ok: true; title: string; text: string } | { ok: false; refusal: Refusal };

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

/** Markdown's marks that are not words: headings' #, emphasis, links' targets, images. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

const baseName = (name: string): string => name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();

export async function readDocumentFile(file: File): Promise<ReadDocument> {
  // Name and size first, from the File itself: a 10 MB document is refused without being read.
  if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(file.name)) return { ok: false, refusal: { problem: 'readerFileType', args: [file.name] } };
  if (file.size > MAX_FILE_BYTES) return { ok: false, refusal: { problem: 'readerTooLarge', args: [sizeLabel(file.size), sizeLabel(MAX_FILE_BYTES)] } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const refusal = checkFileBytes(file.name, bytes);
  if (refusal) return { ok: false, refusal };
  const raw = new TextDecoder('utf-8').decode(bytes);
  if (/\.(html?|xhtml)$/i.test(file.name)) {
    const doc = htmlToDocument(raw);
    return { ok: true, title: doc.title || baseName(file.name), text: doc.text };
  }
  const text = /\.(md|markdown)$/i.test(file.name) ? markdownToText(raw) : raw;
  return { ok: true, title: baseName(file.name), text };
}
