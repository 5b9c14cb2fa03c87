/**
 * A file the reader chose or dropped → a title and plain text, or a refusal. HTML goes through
 * src/reader/html-text.ts (DOMParser, text only, never innerHTML).
 */
import { htmlToDocument } from '../reader/html-text';
import { checkFileBytes, MAX_FILE_BYTES, sizeLabel, type Refusal } from '../reader/input';
import type { ReadPdf } from '../reader/pdf-text';

export { htmlToDocument, textOfNode } from '../reader/html-text';

export type ReadDocument =
  | { ok: true; title: string; text: string; author?: string; published?: string }
  | { ok: false; refusal: Refusal };

export type PdfReader = (bytes: Uint8Array, onPage?: (done: number, pages: number) => void) => Promise<ReadPdf>;

/**
 * pdf.js, loaded the first time a PDF is chosen (the `pdf-text.js` bundle, ~1.6 MB with its
 * worker, is not part of this page otherwise), and its worker, both from the extension itself.
 */
const extensionPdfReader: PdfReader = async (bytes, onPage) => {
  // The runtime from the global namespace (as ui/i18n.ts does): this module is also unit-tested outside an extension.
  const g = globalThis as { browser?: { runtime: { getURL(p: string): string } }; chrome?: { runtime: { getURL(p: string): string } } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('not in the extension');
  const module = (await import(/* @vite-ignore */ runtime.getURL('pdf-text.js'))) as typeof import('../reader/pdf-entry');
  return module.readPdfBytes(bytes, runtime.getURL('pdf.worker.mjs'), onPage);
};

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

export async function readDocumentFile(
  file: File,
  readPdfBytes: PdfReader = extensionPdfReader,
  onPage?: (done: number, pages: number) => void,
): Promise<ReadDocument> {
  // Name and size first, from the File itself: a 10 MB document is refused without being read.
  const pdf = /\.pdf$/i.test(file.name);
  if (!pdf && !/\.(txt|md|markdown|html?|xhtml)$/i.test(file.name)) return { ok: false, refusal: { problem: 'readerFileType', args: [file.name] } };
  if (file.size > MAX_FILE_BYTES) return { ok: false, refusal: { problem: 'readerTooLarge', args: [sizeLabel(file.size), sizeLabel(MAX_FILE_BYTES)] } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (pdf) return readPdfFile(file.name, bytes, readPdfBytes, onPage);
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

async function readPdfFile(name: string, bytes: Uint8Array, readPdfBytes: PdfReader, onPage?: (done: number, pages: number) => void): Promise<ReadDocument> {
  if (bytes.length === 0) return { ok: false, refusal: { problem: 'readerEmpty', args: [] } };
  let read: ReadPdf;
  try {
    read = await readPdfBytes(bytes, onPage);
  } catch (error) {
    // pdf.js's bundle or worker did not load (not the document's fault).
    return { ok: false, refusal: { problem: 'readerPdfFailed', args: [error instanceof Error ? error.message : String(error)] } };
  }
  if (!read.ok) return read;
  return {
    ok: true,
    title: read.title ?? baseName(name),
    text: read.text,
    ...(read.author ? { author: read.author } : {}),
    ...(read.published ? { published: read.published } : {}),
  };
}
