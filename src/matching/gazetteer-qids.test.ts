import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  id: string;
  type: string;
  qid?: string;
}

const entities = (JSON.parse(readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as { entities: Entry[] }).entities;

describe('Wikidata ids in data/gazetteer.json (docs/wikidata-ids.md)', () => {
  it('names each Wikidata item at most once: two entities with one QID would be one thing twice, or a wrong id', () => {
    const byQid = new Map<string, string[]>();
    for (const e of entities) if (e.qid) byQid.set(e.qid, [...(byQid.get(e.qid) ?? []), e.id]);
    expect([...byQid].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('keeps the ids checked against a second source for the cities that have them', () => {
    // Kandahar and Taloqan: the same ids in dr5hn/countries-states-cities-database and in another public dataset.
    const qidOf = (id: string) => entities.find((e) => e.id === id)?.qid;
    expect(qidOf('kandahar')).toBe('Q45604');
    expect(qidOf('taloqan')).toBe('Q477238');
    expect(qidOf('aktau')).toBe('Q198989');
  });
});
