// The scope settings (decision 0190), apart from settings-schema.test.ts so the two change apart.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EntityType } from './pack-types';
import { DEFAULT_SETTINGS, ENTITY_TYPES, validateSettings } from './settings-schema';

describe('scope settings', () => {
  it('default to context on topic pages only, nothing muted, factless entities dimmed', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ contextMarking: 'topic', mutedEntities: [], mutedTypes: [], factlessEntities: 'dim' });
  });
  it('keep good values', () => {
    const { settings, problems } = validateSettings({ contextMarking: 'never', mutedEntities: ['iran', 'usa'], mutedTypes: ['region', 'person'], factlessEntities: 'hide' });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ contextMarking: 'never', mutedEntities: ['iran', 'usa'], mutedTypes: ['region', 'person'], factlessEntities: 'hide' });
  });
  it('let each bad value fall back alone, with its key named', () => {
    const { settings, problems } = validateSettings({ contextMarking: 'sometimes', mutedEntities: ['Iran <b>'], mutedTypes: ['planet'], factlessEntities: 'dim' });
    expect(settings.contextMarking).toBe('topic');
    expect(settings.mutedEntities).toEqual([]);
    expect(settings.mutedTypes).toEqual([]);
    expect(problems.map((p) => p.key).sort()).toEqual(['contextMarking', 'mutedEntities', 'mutedTypes']);
  });
  it('know every entity type (checked by the type check) and accept each', () => {
    expectTypeOf<Exclude<EntityType, (typeof ENTITY_TYPES)[number]>>().toEqualTypeOf<never>();
    expect(validateSettings({ mutedTypes: [...ENTITY_TYPES] }).problems).toEqual([]);
  });
});
