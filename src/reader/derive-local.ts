/**
 * A reader's document → its source record and facts, with the build's own pure modules
 * (src/facts/derive.ts: segmentation, the matcher, cue terms, dates in both calendars, quantities,
 * topics). Long documents are derived in chunks of whole lines (~4,000 characters), yielding between chunks and
 * reporting progress, so the context that derives (the background) keeps answering tooltips.
 * Lines always end sentences, so chunking changes no quote or offset. The names are matched over
 * the whole document first, chunk by chunk with one sense per document across them (OneSense, as
 * matchDocument does for a page's blocks): a surname alone in a later chunk is the person its
 * full name named in an earlier one (decision 0253).
 * No summary is written: a reader's fact has its quote, and the UIs show that instead. Pure.
 */
import { deriveFacts } from '../facts/derive';
import { sentencesOf } from '../facts/sentences';
import { OneSense } from '../matching/document';
import type { Match, Matcher } from '../matching/types';
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

/**
 * Every chunk's mentions, matched as one document's blocks: what a chunk names firmly holds in
 * every other chunk, before or after it. Chunks that turned down a form of an entity named only
 * further on are matched once more at the end (as matchDocument does). Yields every few chunks:
 * the matcher is ~2.5 ms per 16,000 characters, so a slice is a few milliseconds.
 */
async function matchChunks(text: string, chunks: readonly [number, number][], matcher: Matcher, yieldFn: () => Promise<void>): Promise<Match[][]> {
  const sense = new OneSense<number>();
  const out: Match[][] = [];
  const again = new Set<number>();
  for (let i = 0; i < chunks.length; i++) {
    const [start, end] = chunks[i]!;
    const { matches, recheck } = sense.match(matcher, i, text.slice(start, end));
    out[i] = matches;
    for (const k of recheck) again.add(k);
    if (i % 8 === 7) await yieldFn();
  }
  for (const i of again) {
    const [start, end] = chunks[i]!;
    out[i] = sense.match(matcher, i, text.slice(start, end)).matches;
  }
  return out.map((m) => [...m].sort((a, b) => a.start - b.start || a.end - b.end));
}

export async function deriveKept(kept: KeptSource, tools: DeriveTools, options: DeriveOptions = {}): Promise<Derived> {
  const { text } = kept;
  const yieldFn = options.yieldFn ?? macrotask;
  const chunks = chunksOf(text, options.chunkChars ?? 4_000);
  const mentions = await matchChunks(text, chunks, tools.matcher, yieldFn);
  const facts: Fact[] = [];
  let sentencesBefore = 0;
  for (const [i, [start, end]] of chunks.entries()) {
    const chunk = text.slice(start, end);
    for (const f of deriveFacts({ id: kept.id, lang: kept.lang }, chunk, tools.matcher, tools.entries, {}, mentions[i])) {
      const index = sentencesBefore + Number(f.id.slice(f.id.lastIndexOf('#') + 1));
      facts.push({ ...f, id: `${kept.id}#${index}`, start: f.start + start, end: f.end + start });
    }
    sentencesBefore += sentencesOf(chunk, kept.lang).length;
    options.onProgress?.(end, text.length);
    if (end < text.length) await yieldFn();
  }
  return { source: readerSourceRecord(kept), facts };
}
