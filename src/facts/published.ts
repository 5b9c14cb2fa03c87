/**
 * The publication date of a document, where the document itself states one: a labelled line
 * ("Publish date Saturday 8 February 2025 - 13:06") or a dateline at the top or bottom ("21 سنبله
 * 1396, 12:28 کابل"). Only a full day counts, and only from those two places: a date in the
 * body is what the article talks about, not when it appeared. No statement → null, never a guess.
 * Pure.
 */
import { extractDates } from './dates';

/** Labels that introduce the publication date, per language (matched case-insensitively at a line start). */
const LABEL = /^\s*(publish(ed)?(\s+date|\s+on)?|date\s+published|posted(\s+on)?|veröffentlicht(\s+am)?|datum|опубликовано|дата\s+публикации|تاریخ\s+(انتشار|نشر)|منتشر\s+شده)\s*:?/iu;

/** How many non-empty lines at the top and at the bottom a dateline may stand in. */
const EDGE_LINES = 3;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A line that is only a date, a time and at most a few words of place: "21 سنبله 1396, 12:28 کابل". */
function datelineDate(line: string, lang: string): string | undefined {
  const dates = extractDates(line, lang);
  const first = dates[0];
  if (!first || !DAY.test(first.iso) || dates.length > 1) return undefined;
  const rest = (line.slice(0, first.start) + ' ' + line.slice(first.end))
    .replace(/\d{1,2}:\d{2}(:\d{2})?/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = rest ? rest.split(' ') : [];
  return words.length <= 3 && !words.some((w) => /\p{N}/u.test(w)) ? first.iso : undefined;
}

export function publishedDate(text: string, lang: string): string | null {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (!label) continue;
    // The label may be glued to the date by page extraction: "Publish dateSaturday 8 February 2025".
    const first = extractDates(line.slice(label[0].length), lang)[0];
    if (first && DAY.test(first.iso)) return first.iso;
  }
  const edges = lines.length <= 2 * EDGE_LINES ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  for (const line of edges) {
    const iso = datelineDate(line, lang);
    if (iso) return iso;
  }
  return null;
}
