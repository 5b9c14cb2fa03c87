/**
 * Is a page about the topic? Core entities (scope 'core' in the gazetteer) are the relation's own;
 * context entities (other states, world bodies, regions) are marked only where the page is on
 * topic, so that a world-news page stays unmarked. Pure: the content script, the background (which
 * sums a tab's frames), the evaluation scorer and the tests share it.
 *
 * The rule and its measurements: docs/decisions/0190-topic-scope.md.
 */
import type { EntityScope } from '../shared/gazetteer-types';

/** Where context entities are marked: on topic pages only (default), everywhere, or never. */
export type ContextMarking = 'topic' | 'everywhere' | 'never';

export interface TopicEvidence {
  /** Mentions of core entities. */
  core: number;
  /** Distinct core entities mentioned. */
  distinctCore: number;
  /** Characters of text read (all frames). */
  chars: number;
}

export type ScopeOf = (entity: string) => EntityScope | undefined;

/** Distinct core entities a page must name: one alone is a place name in passing ("Baikonur, Kazakhstan"). */
export const MIN_DISTINCT_CORE = 2;
/** Core mentions a page must hold at least, however short. */
export const MIN_CORE = 3;
/** And at least one core mention per this many characters, so a long page needs more than a few in passing. */
export const CHARS_PER_CORE = 20_000;

export function topicEvidence(mentions: readonly { entity: string }[], scopeOf: ScopeOf, chars: number): TopicEvidence {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return countedEvidence(counts, scopeOf, chars);
}

/**
 * The same evidence from the mentions' count per entity: the detector keeps those counts as mentions
 * change (BlockMentionIndex.entityCounts), so it need not pass over every mention after each change
 * (decision 0312).
 */
export function countedEvidence(counts: ReadonlyMap<string, number>, scopeOf: ScopeOf, chars: number): TopicEvidence {
  let core = 0;
  let distinctCore = 0;
  for (const [entity, n] of counts) {
    if (scopeOf(entity) !== 'core') continue;
    core += n;
    distinctCore++;
  }
  return { core, distinctCore, chars };
}

/** The core mentions a text of this length needs to be on topic. */
export function coreNeeded(chars: number): number {
  return Math.max(MIN_CORE, Math.ceil(chars / CHARS_PER_CORE));
}

/**
 * On topic: at least two distinct core entities, and core mentions at least three and at least one
 * per 20,000 characters read. Measured on 15 unrelated real pages and the topic texts (decision 0190).
 */
export function isOnTopic(e: TopicEvidence): boolean {
  return e.distinctCore >= MIN_DISTINCT_CORE && e.core >= coreNeeded(e.chars);
}

/**
 * Evidence summed over frames (a tab): mentions and characters add up; distinct core entities are
 * counted over the union, so each frame gives the ids it saw.
 */
export function combineEvidence(frames: Iterable<{ core: number; coreEntities: readonly string[]; chars: number }>): TopicEvidence {
  const seen = new Set<string>();
  let core = 0;
  let chars = 0;
  for (const f of frames) {
    core += f.core;
    chars += f.chars;
    for (const e of f.coreEntities) seen.add(e);
  }
  return { core, distinctCore: seen.size, chars };
}

/** The mentions a reader sees marked: core always, context as the reader chose. */
export function shownMentions<M extends { entity: string }>(mentions: readonly M[], scopeOf: ScopeOf, onTopic: boolean, mode: ContextMarking): M[] {
  const context = mode === 'everywhere' || (mode === 'topic' && onTopic);
  return mentions.filter((m) => scopeOf(m.entity) === 'core' || (context && scopeOf(m.entity) === 'context'));
}
