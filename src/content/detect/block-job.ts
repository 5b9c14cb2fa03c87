/**
 * One block's way through the detector, a step at a time: its text matched piece by piece (one
 * sense per document applied across blocks), then its matches mapped onto the page as ranges,
 * MAP_STEP a step, so neither a 2 MB block nor a name repeated 100,000 times makes a long task
 * (decision 0290).
 */
import type { OneSense } from '../../matching/document';
import type { Matcher } from '../../matching/types';
import type { Mention } from '../contracts';
import { staticRange } from '../ranges';
import { mapSpan, nextPiece, type Piece } from './block-text';
import { isRendered, type Collected } from './collect';
import { langDirOf, type Block } from './dom-rules';

export interface Found {
  entity: string;
  start: number;
  end: number;
  text: string;
}

export interface Job {
  block: Block;
  /** The block's text nodes; null while the text came from plainText() (read when needed). */
  parts: Collected | null;
  text: string;
  starts: number[] | null;
  /** The piece matched last (the first: from 0); the next one is found from it (nextPiece). */
  piece: Piece;
  matches: Found[];
  /** Read in the viewport pass: the reader sees it, so it is marked without waiting to be told. */
  viewport: boolean;
  /** Once every piece is matched: the mentions mapped onto the page so far, MAP_STEP a step. */
  mapping: Mapping | null;
}

export interface Mapping {
  read: { parts: Collected; starts: number[] };
  mentions: Mention[];
  at: number;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** Some match lay in text that is not rendered (the block is rechecked when attributes change). */
  unseen: boolean;
  rendered: Map<Element, boolean>;
}

/** Mentions mapped to ranges in one step: a block naming a name 100,000 times takes many slices. */
export const MAP_STEP = 1000;

export function newJob(block: Block, parts: Collected | null, text: string, starts: number[] | null, viewport: boolean): Job {
  return { block, parts, text, starts, piece: { from: 0, to: 0, next: 0, inWord: false }, matches: [], viewport, mapping: null };
}

/**
 * Matches the job's next piece. Returns the blocks matched earlier that one sense per document
 * hands back (this block named what they turned down: they are matched again).
 */
export function matchNext(j: Job, sense: OneSense<Block>, matcher: Matcher, chunkSize: number): Block[] {
  const { from, to } = (j.piece = nextPiece(j.text, j.piece.next, chunkSize, j.piece.inWord));
  if (to <= from) return [];
  const { matches: found, recheck } = sense.match(matcher, j.block, from === 0 && to === j.text.length ? j.text : j.text.slice(from, to));
  if (from === 0) j.matches.push(...found);
  else for (const m of found) j.matches.push({ entity: m.entity, start: m.start + from, end: m.end + from, text: m.text });
  return recheck;
}

/** Whether every piece of the job's text is matched. */
export const matchedAll = (j: Job): boolean => j.piece.next >= j.text.length;

export function startMapping(j: Job, read: Mapping['read']): Mapping {
  return (j.mapping = { read, mentions: [], at: 0, lang: null, dir: 'ltr', unseen: false, rendered: new Map() });
}

/** Maps the next MAP_STEP matches of a job to ranges. Returns whether all are mapped. */
export function mapSome(j: Job, mp: Mapping): boolean {
  const { mentions, rendered } = mp;
  const { parts: { parts, nodes }, starts } = mp.read;
  const stop = Math.min(j.matches.length, mp.at + MAP_STEP);
  for (; mp.at < stop; mp.at++) {
    const m = j.matches[mp.at]!;
    const span = mapSpan(parts, starts, m.start, m.end);
    if (!span) continue;
    const startNode = nodes[span.start.part]!;
    const endNode = nodes[span.end.part]!;
    const parent = startNode.parentElement;
    if (parent && !isRendered(parent, rendered)) {
      mp.unseen = true;
      continue;
    }
    const range = staticRange(startNode, span.start.offset, endNode, span.end.offset);
    if (mp.lang === null) {
      ({ lang: mp.lang, dir: mp.dir } = langDirOf(j.block));
    }
    mentions.push({ entity: m.entity, text: m.text, range, lang: mp.lang, dir: mp.dir });
  }
  return mp.at >= j.matches.length;
}
