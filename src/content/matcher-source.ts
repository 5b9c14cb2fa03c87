/**
 * Where a frame's matcher and entity metadata come from: one seam, so how the matcher ships
 * changes here and nowhere else. The build compiles the matcher in Node and packs it into typed
 * arrays (virtual:matcher-index, decision 0220); a frame opens it in place, without parsing the
 * gazetteer or building a trie, and the same index answers each entity's scope and type.
 */
import matcherIndex from 'virtual:matcher-index';
import factSourcesJson from 'virtual:fact-sources';
import { openPacked, packedMatcher, type Packed } from '../matching/packed';
import type { Matcher } from '../matching/types';
import type { EntityScope } from '../shared/gazetteer-types';
import type { EntityType } from '../shared/pack-types';
import type { EntityMeta, FactSources } from './mark-rules';
import { traceMark } from './detect/trace';

let packed: Packed | null = null;
/** Opened once, by the first of the matcher or the mark rules to need it: header checks and the gram set. */
const index = (): Packed => (packed ??= openPacked(matcherIndex));

let factSources: FactSources | null = null;
export const factSourcesOf = (): FactSources => (factSources ??= JSON.parse(factSourcesJson) as FactSources);

let packSources: FactSources | null = null;
/**
 * The pack's fact sources with the reader's (the background knows those; the pack does not), in
 * place of the reader's given before: a name only the reader's documents speak of has facts, and
 * is marked so; one whose only source was removed has none again.
 */
export function setReaderFactSources(reader: FactSources): void {
  packSources ??= JSON.parse(factSourcesJson) as FactSources;
  const merged: Record<string, readonly string[]> = { ...packSources };
  for (const [entity, sources] of Object.entries(reader)) merged[entity] = [...new Set([...(merged[entity] ?? []), ...sources])];
  factSources = merged;
}

/** Scopes, types and fact sources: built the first time a mention is found (decision 0190). */
export function entityMeta(): EntityMeta {
  const { entities } = index();
  // Asked once per mention (the topic rule, the shown list): a page naming a name 100,000 times
  // asked the packed hash as often, 15 ms a pass. A few hundred entities: cached by id.
  const scopes = new Map<string, EntityScope | undefined>();
  const types = new Map<string, EntityType | undefined>();
  return {
    scopeOf: (id) => {
      if (!scopes.has(id)) scopes.set(id, entities.scopeOf(id) as EntityScope | undefined);
      return scopes.get(id);
    },
    typeOf: (id) => {
      if (!types.has(id)) types.set(id, entities.typeOf(id) as EntityType | undefined);
      return types.get(id);
    },
    factSources: factSourcesOf(),
  };
}

let matcher: Promise<Matcher> | null = null;
/**
 * Opened once, on first use: the detector asks at its start, while the settings' round trip is
 * under way (detector.ts), so the open costs no time of its own before the first match. No
 * warm-up match in front of the first: the viewport's own blocks compile the scanner's paths they
 * need, and the first mark in view does not wait for the other scripts' (decision 0292).
 */
export function loadMatcher(): Promise<Matcher> {
  return (matcher ??= (async () => {
    const m = packedMatcher(index());
    traceMark('matcher-open');
    return m;
  })());
}
