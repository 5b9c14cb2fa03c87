/**
 * A PDF's bytes → its text (paragraphs kept, src/reader/pdf-layout.ts) and its title, author and
 * date, through pdf.js, or a refusal: a file that is not a PDF or is damaged, one locked with a
 * password, one with no text layer (a scan). pdf.js is handed in (the options page's lazily loaded
 * bundle, pdf-entry.ts, gives the browser build; the unit test Node's), so this runs in both.
 * Nothing is fetched: the document is given as bytes, and no font, CMap or wasm address is set, so
 * pdf.js has nowhere to fetch from (it reads text without them); eval is off for MV3's CSP.
 */
import type { getDocument as GetDocument } from 'pdfjs-dist';
import type { Refusal } from './input';
import { pdfDate, pdfPagesToText, type PdfTextItem } from './pdf-layout';

export interface PdfJs {
  getDocument: typeof GetDocument;
}

export type ReadPdf =
  | { ok: true; text: string; title?: string; author?: string; published?: string; pages: number }
  | { ok: false; refusal: Refusal };

/** Fewer letters than this in the whole document: there is no text layer to speak of (a scan). */
const MIN_LETTERS = 20;

const clean = (value: unknown): string | undefined => {
  const s = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  return s || undefined;
};

/** `onPage(done, pages)` after each page's text is read (a long PDF takes a while). */
export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array, onPage?: (done: number, pages: number) => void): Promise<ReadPdf> {
  const task = pdfjs.getDocument({
    // A copy: pdf.js transfers the buffer to its worker.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'PasswordException') return { ok: false, refusal: { problem: 'readerPdfLocked', args: [] } };
      return { ok: false, refusal: { problem: 'readerPdfDamaged', args: [] } };
    }
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((i): i is PdfTextItem & (typeof content.items)[number] => 'str' in i));
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    const text = pdfPagesToText(pages);
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { ok: false, refusal: { problem: 'readerPdfNoText', args: [] } };
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const fields = (info ?? {}) as Record<string, unknown>;
    const title = clean(fields.Title) ?? clean(metadata?.get('dc:title'));
    const author = clean(fields.Author) ?? clean(metadata?.get('dc:creator'));
    const published = pdfDate(fields.CreationDate) ?? pdfDate(fields.ModDate);
    return {
      ok: true,
      text,
      pages: doc.numPages,
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      ...(published ? { published } : {}),
    };
  } finally {
    await task.destroy();
  }
}
