/** "On this page": the tab's mentions counted per entity and grouped by entity type. Pure, unit-tested. */
import type { PageMention } from '../shared/messages';
import type { Entity, EntityType } from '../shared/pack-types';

/** The order types are shown in when counts tie. */
export const TYPE_PRIORITY: readonly EntityType[] = [
  'country',
  'person',
  'organization',
  'city',
  'region',
  'agreement',
  'program',
  'event',
  'other',
];

export interface MentionedEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  /** The forms the page used, most frequent first. */
  forms: string[];
}

export interface MentionGroup {
  type: EntityType;
  entities: MentionedEntity[];
  total: number;
}

const rank = (type: EntityType): number => {
  const i = TYPE_PRIORITY.indexOf(type);
  return i < 0 ? TYPE_PRIORITY.length : i;
};

/**
 * Counts the mentions (or tallies: a form with its `count`) per entity, names them from `lookup` (unknown entities are kept under
 * "other", named by the page's text) and orders entities by count, then type priority, then name;
 * groups follow the order of their first entity.
 */
export function groupMentions(
  mentions: ReadonlyArray<PageMention & { count?: number }>,
  lookup: (id: string) => { entity: Entity | null; name: string } | undefined,
): MentionGroup[] {
  const byId = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const m of mentions) {
    const entry = byId.get(m.entity) ?? { count: 0, forms: new Map() };
    const n = m.count ?? 1;
    entry.count += n;
    entry.forms.set(m.text, (entry.forms.get(m.text) ?? 0) + n);
    byId.set(m.entity, entry);
  }
  const entities: MentionedEntity[] = [...byId].map(([id, { count, forms }]) => {
    const known = lookup(id);
    const sortedForms = [...forms].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    return {
      id,
      count,
      forms: sortedForms,
      type: known?.entity?.type ?? 'other',
      name: known?.entity ? known.name : (sortedForms[0] ?? id),
    };
  });
  entities.sort((a, b) => b.count - a.count || rank(a.type) - rank(b.type) || a.name.localeCompare(b.name));
  const groups = new Map<EntityType, MentionGroup>();
  for (const e of entities) {
    const g = groups.get(e.type) ?? { type: e.type, entities: [], total: 0 };
    g.entities.push(e);
    g.total += e.count;
    groups.set(e.type, g);
  }
  return [...groups.values()];
}
