/**
 * What the detector offers (annotate.ts builds it): its options, its statistics and its API.
 */
import type { Matcher } from '../../matching/types';
import type { BlockMentionIndex } from './mention-index';
import type { KindOf } from './gate';
import type { Highlights, MarkStyle } from './highlights';

export interface DetectorOptions {
  /** Main-thread budget per slice, ms. */
  budgetMs?: number;
  /** Longest text matched in one step, UTF-16 units. */
  chunkSize?: number;
  /** Mark in the viewport first. */
  viewportFirst?: boolean;
  markStyle?: MarkStyle;
  /** Supplied by the content script to share one set of highlights; created otherwise. */
  highlights?: Highlights;
  /** Keep watching the page after the first pass. Default true. */
  observe?: boolean;
  /**
   * With a lazily loaded matcher: how much text (non-blank UTF-16 units, summed over blocks) a
   * tree must show before the matcher is loaded. A frame with less (an ad, a blank widget) never
   * compiles one. Default 20.
   */
  minText?: number;
  /** How each mention is marked (scope, muting, factless); every mention is fully marked otherwise. */
  kind?: KindOf;
}

/** A matcher, or how to get one when the first text worth scanning is found. */
export type MatcherSource = Matcher | (() => Promise<Matcher>);

export interface DetectorStats {
  slices: number;
  longestSliceMs: number;
  totalMs: number;
  /** From start() to the first mark made from the viewport pass; null if it marked nothing. */
  firstViewportMarkMs: number | null;
  mentions: number;
  /** From start() to the end of the first full pass; null while it runs. */
  firstPassMs: number | null;
}

export interface Detector {
  /** Resolves when the whole page is annotated (the first full pass). */
  start(root: Document | ShadowRoot): Promise<void>;
  /** Resolves once no work is pending (mutations included). */
  idle(): Promise<void>;
  stats(): DetectorStats;
  stop(): void;
  readonly index: BlockMentionIndex;
  readonly highlights: Highlights;
  /** Marks the known mentions by a new `kind`, without reading the page again. */
  refilter(kind: KindOf): void;
  /** Characters of text read in the blocks scanned (the topic rule's length, decision 0190). */
  chars(): number;
}
