/**
 * Sentence segmentation with exact UTF-16 offsets: every sentence satisfies
 * `text.slice(s.start, s.end) === s.text`, so a fact's quote can always be found again in its
 * document. Pure; runs in Node (the build) and in the browser alike.
 *
 * Intl.Segmenter does the linguistic work; on top of it we
 *  - cut at every line break, because headlines, bylines and bullet lines carry no final period
 *    and must not be glued to the paragraph that follows;
 *  - re-join the splits ICU gets wrong in German (ordinal dates "am 16. April", abbreviations
 *    "z. B.", "Nr. 5"), where a period does not end the sentence;
 *  - trim whitespace and leading bullet marks, and drop segments with nothing left.
 */

export interface Sentence {
  /** Position among all sentences of the document (0-based); fact ids are built from it. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Month names after which a German "16." is an ordinal day, not a sentence end. */
const DE_MONTHS = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember',
];
/** Nouns German writes after an ordinal number ("im 21. Jahrhundert", "auf dem 24. Platz"). */
const DE_ORDINAL_NOUNS = ['jahrhundert', 'jahrestag', 'platz', 'stelle', 'rang', 'mal', 'sitzung', 'tagung', 'gipfel'];
/**
 * Abbreviations (lowercased, without the period) that never end a sentence: the next segment is
 * glued back whatever it starts with. Kept short and reviewed: a wrong entry glues two real
 * sentences together. Anything else ("usw.", Russian "г.") is re-joined only when the next segment
 * starts lowercase or with a digit, which a real sentence start does not.
 */
const NEVER_FINAL: Record<string, readonly string[]> = {
  de: ['z', 'b', 'bzw', 'ca', 'dr', 'prof', 'nr', 'vgl', 'u', 'a', 'd', 'h', 'inkl', 'ggf', 'sog', 'st', 'evtl', 'abs', 'gem'],
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'approx', 'gen', 'col', 'lt', 'sgt'],
  ru: ['им', 'ул', 'см', 'проф', 'акад'],
};

const BULLET = /^[•·▪◦‣*\-–—]\s+/u;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? lang;
}

/**
 * True where ICU split after a period that does not end a sentence. `before` is the text up to and
 * including the period, `after` the text of the next segment.
 */
function falseBreak(before: string, after: string, lang: string): boolean {
  const tail = /(\S+)\.\s*$/u.exec(before);
  if (!tail) return false;
  const word = tail[1]!.replace(/^[([„“"«]+/u, '');
  const next = /^\s*([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  const nextLower = next.toLowerCase();
  // A sentence never starts lowercase in the Latin and Cyrillic scripts we segment.
  const startsLower = next !== '' && next !== next.toUpperCase() && next[0] === nextLower[0];
  if (lang === 'de' && /^\d{1,2}$/.test(word)) {
    return startsLower || DE_MONTHS.includes(nextLower) || DE_ORDINAL_NOUNS.includes(nextLower);
  }
  if (NEVER_FINAL[lang]?.includes(word.toLowerCase())) return true;
  return /^\p{L}{1,5}$/u.test(word) && startsLower;
}

/** Trims whitespace and a leading bullet, keeping exact offsets. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  const bullet = BULLET.exec(text.slice(start, end));
  if (bullet) start += bullet[0].length;
  return [start, end];
}

/** Splits `text` into sentences with offsets. Deterministic for a given ICU version. */
export function sentencesOf(text: string, lang: string): Sentence[] {
  const base = baseLang(lang);
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  // Lines first: a line break always ends a sentence.
  const lines: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push([from, m.index]);
    from = m.index + m[0].length;
  }
  lines.push([from, text.length]);

  for (const [lineStart, lineEnd] of lines) {
    const line = text.slice(lineStart, lineEnd);
    const pieces: [number, number][] = [];
    for (const seg of segmenter.segment(line)) {
      const s = lineStart + seg.index;
      const e = s + seg.segment.length;
      const prev = pieces[pieces.length - 1];
      if (prev && falseBreak(text.slice(prev[0], prev[1]), seg.segment, base)) prev[1] = e;
      else pieces.push([s, e]);
    }
    for (const [s0, e0] of pieces) {
      const [s, e] = trimmed(text, s0, e0);
      if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
        out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
      }
    }
  }
  return out;
}
