/**
 * A reader's document → its source record and facts, with the build's own pure modules
 * (src/facts/derive.ts: segmentation, the matcher, cue terms, dates in both calendars, quantities,
 * topics). Long documents are derived in chunks of whole lines (~4,000 characters), yielding between chunks and
 * reporting progress, so the context that derives (the background) keeps answering tooltips.
 * Lines always end sentences, so chunking changes no quote or offset; only the matcher's
 * document-wide context (one sense per document, ambiguity windows) is per chunk.
 * No summary is written: a reader's fact has its quote, and the UIs show that instead. Pure.
 */
import { deriveFacts } from '../facts/derive';
import { sentencesOf } from '../facts/sentences';
import type { Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Fact, Source } from '../shared/pack-types';
import { dirOf } from '../shared/text-direction';
import type { KeptSource } from './kept';

export interface DeriveTools {
  matcher: Matcher;
  /** The gazetteer's entries with their cue terms (cues.ts) and ambiguous forms (contained.ts). */
  entries: readonly GazetteerEntry[];
}

export interface DeriveOptions {
  /**
   * UTF-16 units per chunk (whole lines; a longer line is a chunk of its own). Default 4,000:
   * ~35 ms of work in Node (dates and quantities cost ~0.5 ms a sentence), so the background
   * answers a tooltip between chunks within a frame or two.
   */
  chunkChars?: number;
  /** Called after each chunk with the characters done so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks: gives the event loop back. Default: a macrotask. */
  yieldFn?: () => Promise<void>;
}

export interface Derived {
  source: Source;
  facts: Fact[];
}

const macrotask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** [start, end) ranges of whole lines, each about `size` long. */
export function chunksOf(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      // No line break in reach: cut at the next one, however far (a line is never split).
      end = nl > start ? nl + 1 : (text.indexOf('\n', end) + 1 || text.length);
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The fact store's record of a reader's source. */
export function readerSourceRecord(kept: KeptSource): Source {
  return {
    id: kept.id,
    title: kept.title,
    lang: kept.lang,
    published: kept.published ?? null,
    ...(kept.url ? { url: kept.url } : {}),
    ...(kept.author ? { outlet: kept.author } : {}),
    dir: dirOf(kept.lang),
    length: kept.text.length,
    text: kept.text,
    reader: { addedAt: kept.addedAt, ...(kept.author ? { author: kept.author } : {}) },
  };
}

export async function deriveKept(kept: KeptSource, tools: DeriveTools, options: DeriveOptions = {}): Promise<Derived> {
  const { text } = kept;
  const yieldFn = options.yieldFn ?? macrotask;
  const facts: Fact[] = [];
  let sentencesBefore = 0;
  for (const [start, end] of chunksOf(text, options.chunkChars ?? 4_000)) {
    const chunk = text.slice(start, end);
    for (const f of deriveFacts({ id: kept.id, lang: kept.lang }, chunk, tools.matcher, tools.entries, {})) {
      const index = sentencesBefore + Number(f.id.slice(f.id.lastIndexOf('#') + 1));
      facts.push({ ...f, id: `${kept.id}#${index}`, start: f.start + start, end: f.end + start });
    }
    sentencesBefore += sentencesOf(chunk, kept.lang).length;
    options.onProgress?.(end, text.length);
    if (end < text.length) await yieldFn();
  }
  return { source: readerSourceRecord(kept), facts };
}
