/**
 * Search keys computed at seed time and query time with the same folding (foldKey), so that a
 * word typed in any script meets the word as stored.
 */
import { foldKey } from '../matching/normalize';
import type { Entity, Fact } from '../shared/pack-types';
import type { EntityRecord, FactRecord } from './schema';

/** Longer words are cut: IndexedDB keys cost memory per entry, and nobody types 40 letters to find one. */
const MAX_WORD = 40;

/** Folded words of a text, in order, possibly repeated. */
export function words(text: string): string[] {
  const key = foldKey(text);
  return key ? key.split(' ') : [];
}

export function factTerms(fact: Fact): string[] {
  const out = new Set<string>();
  for (const w of [...words(fact.summary.en), ...words(fact.quote)]) out.add(w.slice(0, MAX_WORD));
  return [...out];
}

/** Word-boundary tails of multi-word keys ("ashraf ghani" → "ghani"), minus forms already in keys. */
export function keyTails(keys: string[]): string[] {
  const own = new Set(keys);
  const out = new Set<string>();
  for (const key of keys) {
    const parts = key.split(' ');
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join(' ');
      if (!own.has(tail)) out.add(tail);
    }
  }
  return [...out];
}

export function toFactRecord(fact: Fact): FactRecord {
  return { ...fact, terms: factTerms(fact) };
}

export function toEntityRecord(entity: Entity): EntityRecord {
  return { ...entity, tails: keyTails(entity.keys) };
}

export function fromFactRecord(record: FactRecord): Fact {
  const { terms: _terms, ...fact } = record;
  return fact;
}

export function fromEntityRecord(record: EntityRecord): Entity {
  const { tails: _tails, ...entity } = record;
  return entity;
}

/** Upper bound for a prefix range: every string that starts with `prefix` sorts below it. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, prefix + '\uffff');
}
