/**
 * A PDF page's text items (as pdf.js's `getTextContent` gives them: strings with positions) →
 * paragraphs. Items are joined into lines by their baselines and into blocks by the gaps between
 * lines (a gap wider than a line, or a change of type size, starts a new block), so a paragraph
 * that the PDF broke into lines reads as one line of text again, and a word hyphenated at a line
 * end is whole. Lines end sentences for the derivation (src/facts/sentences.ts), so this is what
 * keeps a quote whole. Pure.
 */

export interface PdfTextItem {
  str: string;
  /** The text matrix [a, b, c, d, e, f]: e, f the origin; |d| (or |b|) the type size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

const sizeOf = (item: PdfTextItem): number => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1;

/** The items of one page → its lines, top to bottom as the PDF wrote them. */
export function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  let brokeAfter = false;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = sizeOf(item);
    const sameLine = current !== null && !brokeAfter && Math.abs(y - current.y) < 0.5 * Math.max(size, current.size);
    if (!sameLine) {
      if (current) lines.push(current);
      current = { text: item.str, y, size, end: x + item.width };
    } else if (current) {
      // A gap wider than a fifth of the type between two items is a space the PDF did not write.
      const gap = x - current.end;
      const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
      current.text += !spaced && gap > 0.2 * size ? ` ${item.str}` : item.str;
      current.end = x + item.width;
      current.size = Math.max(current.size, size);
    }
    brokeAfter = item.hasEOL === true;
    // An item that is only the line's end (pdf.js gives those) carries no position worth keeping.
    if (current && !item.str && item.hasEOL) current.end = Math.max(current.end, x);
  }
  if (current) lines.push(current);
  return lines.map(({ text, y, size }) => ({ text: text.replace(/\s+/g, ' ').trim(), y, size })).filter((l) => l.text);
}

/**
 * Joins a paragraph's lines: a word hyphenated at a line's end is made whole; a hyphen before a
 * capital (Mazar-i-|Sharif) belongs to the name and stays, without a space.
 */
function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a)) return /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : a + b;
  return `${a} ${b}`;
}

/** One page's lines → its paragraphs. */
export function blocksOf(lines: readonly Line[]): string[] {
  const blocks: string[] = [];
  let text = '';
  let prev: Line | null = null;
  for (const line of lines) {
    const gap = prev ? Math.abs(prev.y - line.y) : 0;
    const newBlock =
      !prev ||
      gap > 1.6 * Math.max(prev.size, line.size) ||
      // A heading: another type size.
      Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size) ||
      // Moved up (a new column) or far down.
      line.y > prev.y + 0.5 * line.size;
    if (newBlock) {
      if (text) blocks.push(text);
      text = line.text;
    } else {
      text = joinLines(text, line.text);
    }
    prev = line;
  }
  if (text) blocks.push(text);
  return blocks;
}

/** A page number alone ("3", "- 3 -", "Page 3 of 9"): furniture, not text. */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|seite\s+|стр\.?\s*|страница\s+)?\d{1,4}(?:\s*(?:of|von|из|\/)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?؟۔…:]["'”’»“)\]]*$/u;

/**
 * Every page's items → the document's text: one paragraph a line, a blank line between them.
 * Page numbers are dropped, and a paragraph that runs on to the next page (no sentence end before
 * the break, a lower-case word after it) is joined again.
 */
export function pdfPagesToText(pages: readonly (readonly PdfTextItem[])[]): string {
  const blocks: string[] = [];
  for (const items of pages) {
    const page = blocksOf(linesOf(items)).filter((b) => !PAGE_NUMBER.test(b));
    const first = page[0];
    const last = blocks.at(-1);
    if (first !== undefined && last !== undefined && !ENDS_SENTENCE.test(last) && /^\p{Ll}/u.test(first)) {
      blocks[blocks.length - 1] = joinLines(last, first);
      page.shift();
    }
    blocks.push(...page);
  }
  return blocks.join('\n\n');
}

/** A PDF date (`D:YYYYMMDDHHmmSS…`) → `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); anything else → undefined. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return y;
  if (d && (Number(d) < 1 || Number(d) > 31)) return `${y}-${mo}`;
  return [y, mo, d].filter(Boolean).join('-');
}
