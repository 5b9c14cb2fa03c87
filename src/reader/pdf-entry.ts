/**
 * The `pdf-text.js` bundle: pdf.js and the reading of a PDF, imported by the options page only
 * when the reader chooses a PDF (so the page does not carry pdf.js otherwise). pdf.js parses in
 * its worker, the build's copy of `pdf.worker.mjs`, addressed inside the extension: no CDN.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { readPdf, type ReadPdf } from './pdf-text';

/** `workerSrc`: the extension's URL of pdf.worker.mjs (runtime.getURL), given by the page. */
export function readPdfBytes(bytes: Uint8Array, workerSrc: string, onPage?: (done: number, pages: number) => void): Promise<ReadPdf> {
  GlobalWorkerOptions.workerSrc = workerSrc;
  return readPdf({ getDocument }, bytes, onPage);
}
