/**
 * One document → its facts: one fact per sentence that links at least one entity, by name (the
 * matcher, with the names inside longer names: contained.ts) or by cue terms (cues.ts). A sentence
 * that names nothing but states a figure or a date is a fact about what its paragraph (its line)
 * names. Topics, dates and quantities are read from the sentence itself, never from its
 * neighbours, so a fact says only what its quote says. Pure.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Fact } from '../shared/pack-types';
import { compileCues } from '../matching/cues';
import type { Match, Matcher } from '../matching/types';
import { containmentOf, namedBy } from './contained';
import { extractDates } from './dates';
import { extractQuantities } from './quantities';
import { sentencesOf, type Sentence } from './sentences';
import { sentenceTopics } from './topics';

export interface SummaryEntry {
  /** The first characters of the quote the summary was written for. */
  quoteStart: string;
  en: string;
}
export type Summaries = Record<string, SummaryEntry>;

export interface DeriveSource {
  id: string;
  /** BCP 47 language of the document. */
  lang: string;
}

/** Page furniture that is never a statement, whatever it names. */
const BOILERPLATE: RegExp[] = [
  /^(comments?|post a comment|leave a (comment|reply)|your (name|e-?mail( address)?)|share( this)?|print|tags?:?.*)$/iu,
  /^(kommentare?|ihr name|teilen|drucken|комментарии|ваше имя|نظرات|ارسال نظر|نام شما)$/iu,
  /^(https?:\/\/|www\.)\S+$/iu,
  /^story code\s*:/iu,
  /^publish date/iu,
];

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const FINAL = /[.!?؟۔…]["'”’»“)\]]*$/u;

/**
 * A line that is a heading (headline, section title, bulleted teaser): a whole line of at most
 * fifteen words without sentence-final punctuation. Its content is the article's claim about
 * itself, restated in the body, so it is counted as a sentence but yields no fact.
 */
export function isHeading(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = text.indexOf('\n', s.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trim().replace(/^[•·▪◦‣*\-–—]\s+/u, '');
  return line === s.text && !FINAL.test(s.text) && s.text.split(/\s+/u).length <= 15;
}

/**
 * A dateline ("21 سنبله 1396, 12:28 کابل"): nothing but a date, a time, punctuation and names.
 * It names a place without saying anything about it.
 */
function isDateline(s: Sentence, dates: readonly { start: number; end: number }[], names: { start: number; end: number }[]): boolean {
  if (!dates.length) return false;
  let rest = s.text;
  const cut = [...dates, ...names.map((n) => ({ start: n.start - s.start, end: n.end - s.start }))].sort((a, b) => b.start - a.start);
  for (const c of cut) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  return !/\p{L}/u.test(rest.replace(/\d{1,2}:\d{2}/gu, ''));
}

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.some((re) => re.test(sentence.trim()));
}

/**
 * Facts of one document. `summaries` supplies the English summary by fact id; a missing one is
 * left empty here and reported by the pack build (summary-check.ts), which knows the file lines.
 */
export function deriveFacts(
  source: DeriveSource,
  text: string,
  matcher: Matcher,
  entries: readonly GazetteerEntry[],
  summaries: Summaries,
  /**
   * The text's mentions (offsets into `text`, sorted), when the caller matched it with more
   * context than the text itself holds (a chunk of a longer document: src/reader/derive-local.ts).
   */
  given?: readonly Match[],
): Fact[] {
  const sentences = sentencesOf(text, source.lang);
  const cues = compileCues(entries);
  const contained = containmentOf(entries);
  // Matching the whole document once lets ambiguous forms find support in neighbouring sentences.
  const matches = given ?? matcher.match(text);
  const firm = matches.filter((x) => !contained.isAmbiguous(x.entity, x.form));
  /** What the mentions within [start, end) and the cue terms of `span` name, in order. */
  const named = (start: number, end: number, span: string): string[] => {
    const out: string[] = [];
    for (const x of within(matches, start, end)) for (const e of namedBy(x, contained, firm)) if (!out.includes(e)) out.push(e);
    for (const e of cues.entities(span)) if (!out.includes(e)) out.push(e);
    return out;
  };
  const facts: Fact[] = [];
  for (const s of sentences) {
    const inside = within(matches, s.start, s.end);
    if (isBoilerplate(s.text) || isHeading(text, s)) continue;
    // Read once: the dateline test and the fact both need them (half of a long document's time).
    const found = extractDates(s.text, source.lang);
    if (isDateline(s, found, inside)) continue;
    let entities = named(s.start, s.end, s.text);
    const dates = found.map((d) => d.iso);
    const quantities = extractQuantities(s.text, source.lang);
    if (!entities.length && (dates.length || quantities.length)) {
      // A figure or a date with no name ("The target is one billion dollars."): about what the
      // paragraph around it names.
      const p = paragraphOf(text, s.start, s.end);
      entities = named(p.start, p.end, text.slice(p.start, p.end));
    }
    if (!entities.length) continue;
    const id = `${source.id}#${s.index}`;
    const fact: Fact = {
      id,
      source: source.id,
      lang: source.lang,
      quote: s.text,
      start: s.start,
      end: s.end,
      entities,
      topics: sentenceTopics(s.text, source.lang),
      ...(dates[0] ? { date: dates[0] } : {}),
      dates,
      quantities,
      summary: { en: summaries[id]?.en ?? '' },
    };
    facts.push(fact);
  }
  return facts;
}

/** The mentions that lie wholly within [start, end) (`matches` sorted by start). */
function within(matches: readonly Match[], start: number, end: number): Match[] {
  let a = 0;
  let b = matches.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (matches[m]!.start < start) a = m + 1;
    else b = m;
  }
  const out: Match[] = [];
  for (let k = a; k < matches.length && matches[k]!.start < end; k++) if (matches[k]!.end <= end) out.push(matches[k]!);
  return out;
}

/** The line around [start, end): a paragraph of the corpus, which writes one per line. */
export function paragraphOf(text: string, start: number, end: number): { start: number; end: number } {
  const nl = text.indexOf('\n', end);
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: nl < 0 ? text.length : nl };
}
