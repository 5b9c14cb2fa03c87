/**
 * Splits a document into paragraphs of plain and highlighted runs, for rendering as text nodes
 * (never as HTML). Pure, unit-tested.
 */

export interface Run {
  text: string;
  mark: boolean;
}

export interface Paragraph {
  /** Offset of the paragraph's first unit in the document. */
  start: number;
  runs: Run[];
  /** True where the paragraph holds (part of) the highlight. */
  marked: boolean;
}

/** The full text, split on blank lines or line breaks, with [start, end) highlighted. */
export function paragraphsOf(text: string, start = -1, end = -1): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pStart = m.index;
    const pEnd = pStart + m[0].length;
    if (!m[0].trim()) continue;
    const runs: Run[] = [];
    const from = Math.max(pStart, start);
    const to = Math.min(pEnd, end);
    if (start >= 0 && from < to) {
      if (from > pStart) runs.push({ text: text.slice(pStart, from), mark: false });
      runs.push({ text: text.slice(from, to), mark: true });
      if (to < pEnd) runs.push({ text: text.slice(to, pEnd), mark: false });
      out.push({ start: pStart, runs, marked: true });
    } else {
      out.push({ start: pStart, runs: [{ text: m[0], mark: false }], marked: false });
    }
  }
  return out;
}
