import { describe, expect, it } from 'vitest';
import { factState, markKinds, rulesKey, type EntityMeta, type MarkRules } from './mark-rules';

const meta: EntityMeta = {
  scopeOf: (id) => ({ kazakhstan: 'core', kabul: 'core', 'kz-ghost': 'core', iran: 'context' } as const)[id as 'kabul'],
  typeOf: (id) => ({ kazakhstan: 'country', kabul: 'city', 'kz-ghost': 'organization', iran: 'country' } as const)[id as 'kabul'],
  factSources: { kazakhstan: ['a', 'b'], kabul: ['b'], iran: ['a'] },
};
const rules = (over: Partial<MarkRules> = {}): MarkRules => ({
  onTopic: false,
  contextMarking: 'topic',
  mutedEntities: [],
  mutedTypes: [],
  factlessEntities: 'dim',
  disabledSources: [],
  ...over,
});
const kinds = (r: MarkRules) => ['kazakhstan', 'kabul', 'kz-ghost', 'iran', 'unknown'].map(markKinds(meta, r));

describe('mark rules', () => {
  it('marks core always, context only on a topic page, dims an entity without facts', () => {
    expect(kinds(rules())).toEqual(['mark', 'mark', 'dim', null, null]);
    expect(kinds(rules({ onTopic: true }))).toEqual(['mark', 'mark', 'dim', 'mark', null]);
  });
  it('follows the context-marking choice', () => {
    expect(kinds(rules({ contextMarking: 'everywhere' }))[3]).toBe('mark');
    expect(kinds(rules({ onTopic: true, contextMarking: 'never' }))[3]).toBeNull();
  });
  it('hides what the reader muted, by entity or by type, even a core entity', () => {
    expect(kinds(rules({ onTopic: true, mutedEntities: ['kazakhstan'] }))).toEqual([null, 'mark', 'dim', 'mark', null]);
    expect(kinds(rules({ onTopic: true, mutedTypes: ['country'] }))).toEqual([null, 'mark', 'dim', null, null]);
  });
  it('treats facts only in turned-off sources as factless, and can hide factless entities', () => {
    expect(kinds(rules({ disabledSources: ['b'] }))).toEqual(['mark', 'dim', 'dim', null, null]);
    expect(kinds(rules({ disabledSources: ['b'], factlessEntities: 'hide' }))).toEqual(['mark', null, null, null, null]);
  });
  it('tells no facts at all from facts only in turned-off sources', () => {
    expect(factState('kz-ghost', meta.factSources, [])).toBe('none');
    expect(factState('kabul', meta.factSources, ['b'])).toBe('disabled');
    expect(factState('kazakhstan', meta.factSources, ['b'])).toBe('facts');
    expect(factState('constructor', meta.factSources, [])).toBe('none');
  });
  it('keys rules so only a change that touches marks refilters', () => {
    expect(rulesKey(rules())).toBe(rulesKey(rules()));
    expect(rulesKey(rules({ mutedEntities: ['iran'] }))).not.toBe(rulesKey(rules()));
  });
});
