/**
 * What a reader's document must be before anything is derived or stored: text (not a binary
 * file), not empty, not too long, in a language Caravan reads. Each refusal is one plain sentence.
 * The options page checks a file with these before sending it; the background checks again at the
 * boundary. Pure.
 */
import { detectLanguage, isReaderLang, type ReaderLang } from './language';

/** 2 million UTF-16 units: a long book; a 1 MB article derives in seconds. */
export const MAX_TEXT_CHARS = 2_000_000;
/** A file larger than this is refused before it is read (a 10 MB document, a video). */
export const MAX_FILE_BYTES = 4_000_000;
export const MAX_TITLE_CHARS = 300;

export const INPUT_MESSAGES_EN = {
  readerEmpty: 'The document is empty: there is no text to derive facts from.',
  readerBinary: 'The file is not text (it looks like a binary file such as an image, an archive or a program), so Caravan cannot read it.',
  readerTooLarge: 'The document is too large ($1): Caravan takes documents of up to $2.',
  readerLanguage: 'Caravan reads English, German, Russian, Persian and Pashto; this document is in none of them (or choose its language).',
  readerLanguageUnknown: '“$1” is not a language Caravan reads: choose English, German, Russian, Persian or Pashto.',
  readerFileType: '“$1” is not a file Caravan reads: choose a .txt, .md, .html or .pdf file.',
  readerPdfDamaged: 'The PDF cannot be read: the file is damaged, or is not a PDF.',
  readerPdfLocked: 'The PDF is locked with a password, so Caravan cannot read its text.',
  readerPdfNoText: 'The PDF has no text to read: its pages look like scanned images, and Caravan does not read text in images.',
  readerPdfFailed: 'Caravan’s PDF reader failed to start ($1); the document was not added.',
  readerNoTitle: 'Give the document a title.',
} as const;

export type InputProblem = keyof typeof INPUT_MESSAGES_EN;

export interface Refusal {
  problem: InputProblem;
  args: string[];
}

export type Checked = { ok: true; text: string; lang: ReaderLang } | { ok: false; refusal: Refusal };

const refuse = (problem: InputProblem, ...args: string[]): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { problem, args } });

export function sizeLabel(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** True where the bytes are not text: NUL bytes, or many control characters, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/** A document's text and language, checked; `lang` is the reader's choice, else detected. */
export function checkText(text: string, lang?: string): Checked {
  // U+FFFD in quantity: bytes that were not UTF-8 (a binary file decoded as text).
  const replaced = text.slice(0, 8192).split('\uFFFD').length - 1;
  if (text.includes('\u0000') || replaced > 16) return refuse('readerBinary');
  const clean = text.replace(/\r\n?/g, '\n');
  if (!/[\p{L}\p{N}]/u.test(clean)) return refuse('readerEmpty');
  if (clean.length > MAX_TEXT_CHARS) return refuse('readerTooLarge', sizeLabel(clean.length), sizeLabel(MAX_TEXT_CHARS));
  if (lang !== undefined && lang !== '') {
    if (!isReaderLang(lang)) return refuse('readerLanguageUnknown', lang);
    return { ok: true, text: clean, lang };
  }
  const detected = detectLanguage(clean);
  return detected ? { ok: true, text: clean, lang: detected } : refuse('readerLanguage');
}

/** A file's bytes checked before decoding: size, then binary. */
export function checkFileBytes(name: string, bytes: Uint8Array): Refusal | null {
  if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(name)) return { problem: 'readerFileType', args: [name] };
  if (bytes.length > MAX_FILE_BYTES) return { problem: 'readerTooLarge', args: [sizeLabel(bytes.length), sizeLabel(MAX_FILE_BYTES)] };
  if (bytes.length === 0) return { problem: 'readerEmpty', args: [] };
  if (looksBinary(bytes)) return { problem: 'readerBinary', args: [] };
  return null;
}

/** The English sentence of a refusal (the UI translates through i18n with the same key). */
export function refusalText(r: Refusal, translate?: (key: string, args: string[]) => string): string {
  const t = translate?.(r.problem, r.args);
  if (t) return t;
  return r.args.reduce<string>((s, a, i) => s.replace(`$${i + 1}`, a), INPUT_MESSAGES_EN[r.problem]);
}

/** An error whose message is a refusal's sentence, so the reply carries it as it is. */
export class RefusedInput extends Error {
  override name = 'RefusedInput';
  constructor(readonly refusal: Refusal) {
    super(refusalText(refusal));
  }
}
