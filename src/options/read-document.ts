/**
 * A file the reader chose or dropped → a title and plain text, or a refusal. HTML goes through
 * src/reader/html-text.ts (DOMParser, text only, never innerHTML).
 */
import { htmlToDocument } from '../reader/html-text';
import { checkFileBytes, MAX_FILE_BYTES, sizeLabel, type Refusal } from '../reader/input';

export { htmlToDocument, textOfNode } from '../reader/html-text';

export type ReadDocument = { ok: true; title: string; text: string } | { ok: false; refusal: Refusal };

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
