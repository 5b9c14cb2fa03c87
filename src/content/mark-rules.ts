/**
 * Which mentions the reader sees marked, and how (decision 0190): core entities always, context
 * entities as `contextMarking` says (on topic pages only, everywhere, never); nothing the reader
 * muted (an entity, or a whole type); an entity without facts in the enabled sources dimmed or
 * not marked. Pure (no DOM, no extension API): the content script applies it, tests run it in Node.
 */
import { shownMentions, type ContextMarking, type ScopeOf } from '../matching/scope';
import type { EntityType } from '../shared/pack-types';
import type { MarkKind } from './detect/gate';

/** Entity id → the sources holding a fact about it; entities without any fact are absent. Emitted by the build. */
export type FactSources = Readonly<Record<string, readonly string[]>>;

/** 'facts': some enabled source has one; 'disabled': only sources the reader turned off; 'none': no source at all. */
export type FactState = 'facts' | 'disabled' | 'none';

export function factState(entity: string, sources: FactSources, disabledSources: readonly string[]): FactState {
  const list = Object.hasOwn(sources, entity) ? sources[entity]! : [];
  if (!list.length) return 'none';
  return list.some((s) => !disabledSources.includes(s)) ? 'facts' : 'disabled';
}

export interface EntityMeta {
  scopeOf: ScopeOf;
  typeOf(entity: string): EntityType | undefined;
  factSources: FactSources;
}

export interface MarkRules {
  onTopic: boolean;
  contextMarking: ContextMarking;
  mutedEntities: readonly string[];
  mutedTypes: readonly EntityType[];
  factlessEntities: 'dim' | 'hide';
  disabledSources: readonly string[];
}

/** The mark for each entity under these rules, worked out once per entity. */
export function markKinds(meta: EntityMeta, rules: MarkRules): (entity: string) => MarkKind {
  const muted = new Set(rules.mutedEntities);
  const mutedTypes = new Set<string>(rules.mutedTypes);
  const memo = new Map<string, MarkKind>();
  return (entity) => {
    let kind = memo.get(entity);
    if (kind !== undefined) return kind;
    const type = meta.typeOf(entity);
    if (muted.has(entity) || (type !== undefined && mutedTypes.has(type))) kind = null;
    else if (!shownMentions([{ entity }], meta.scopeOf, rules.onTopic, rules.contextMarking).length) kind = null;
    else if (factState(entity, meta.factSources, rules.disabledSources) !== 'facts') kind = rules.factlessEntities === 'dim' ? 'dim' : null;
    else kind = 'mark';
    memo.set(entity, kind);
    return kind;
  };
}

/** A mark-rules key, to tell whether a settings change touches the marks at all. */
export function rulesKey(rules: MarkRules): string {
  return JSON.stringify([rules.onTopic, rules.contextMarking, rules.mutedEntities, rules.mutedTypes, rules.factlessEntities, rules.disabledSources]);
}
