/**
 * Is a page about the topic? Core entities (scope 'core' in the gazetteer) are the relation's own;
 * context entities (other states, world bodies, regions) are marked only where the page is on
 * topic, so that a world-news page stays unmarked. Pure: the content script, the evaluation
 * scorer and the tests share it.
 *
 * The rule and its thresholds are provisional: see docs/decisions for the measured choice.
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

export function topicEvidence(mentions: readonly { entity: string }[], scopeOf: ScopeOf, chars: number): TopicEvidence {
  const seen = new Set<string>();
  let core = 0;
  for (const m of mentions) {
    if (scopeOf(m.entity) !== 'core') continue;
    core++;
    seen.add(m.entity);
  }
  return { core, distinctCore: seen.size, chars };
}

/** Two distinct core entities, or one named again and again, make a page on topic. */
export function isOnTopic(e: TopicEvidence): boolean {
  return e.distinctCore >= 2 || e.core >= 3;
}

/** The mentions a reader sees marked: core always, context as the reader chose. */
export function shownMentions<M extends { entity: string }>(mentions: readonly M[], scopeOf: ScopeOf, onTopic: boolean, mode: ContextMarking): M[] {
  const context = mode === 'everywhere' || (mode === 'topic' && onTopic);
  return mentions.filter((m) => scopeOf(m.entity) === 'core' || (context && scopeOf(m.entity) === 'context'));
}
