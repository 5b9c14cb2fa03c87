import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matching/compile';
import { loadGazetteer } from '../matching/gazetteer-file';
import { packedNames } from '../matching/packed';
import { packMatcher, packRepositoryMatcher } from '../matching/packed-build';
import { foldKey } from '../matching/normalize';
import { FIXTURE } from '../matching/test-fixture';
import type { Lookalikes } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { LANGS } from '../shared/pack-types';
import { entityNames, maxTypos, namesInQuery, suggest, suggestIndex } from './query-names';

// The matcher's own test gazetteer (the shipped one is searched in the browsers: test/e2e/search.e2e.ts).
const matcher = compileMatcher(FIXTURE);
// The names as the panel reads them: from the packed index's forms.
const index = suggestIndex(packedNames(packMatcher(FIXTURE)));

describe('namesInQuery', () => {
  it.each([
    ['Kazakhstan', 'Kazakhstan'],
    ['Казахстан', 'Казахстан'],
    ['Казахстана', 'Казахстана'],
    ['قزاقستان', 'قزاقستان'],
    ['Kasachstans', 'Kasachstans'],
    ['kazakhstan', 'kazakhstan'],
  ])('finds kazakhstan in %s, with the text that named it', (query, text) => {
    expect(namesInQuery(matcher, query)).toEqual([{ entity: 'kazakhstan', text }]);
  });

  it('finds a surname alone, and counts an ambiguous one that a page would need context for', () => {
    expect(namesInQuery(matcher, 'Токаев').map((h) => h.entity)).toEqual(['tokayev']);
    expect(namesInQuery(matcher, 'Tokayev').map((h) => h.entity)).toEqual(['tokayev']);
    // "Ghani" alone: the matcher turns it down on a page without Afghanistan nearby; a query means it.
    expect(matcher.match('Ghani')).toEqual([]);
    expect(namesInQuery(matcher, 'Ghani')).toEqual([{ entity: 'ashraf-ghani', text: 'Ghani' }]);
  });

  it('lists each entity once, in query order', () => {
    expect(namesInQuery(matcher, 'Kabul and Kazakhstan, Kabul again').map((h) => h.entity)).toEqual(['kabul', 'kazakhstan']);
  });

  it('finds nothing in a query that names nothing', () => {
    expect(namesInQuery(matcher, 'wheat flour')).toEqual([]);
    expect(namesInQuery(matcher, 'Kazakhtan')).toEqual([]);
  });
});

describe('suggest', () => {
  it('offers the name a typo meant, in its own script', () => {
    expect(suggest(index, 'Kazakhtan')[0]).toEqual({ entity: 'kazakhstan', name: 'Kazakhstan', distance: 1 });
    expect(suggest(index, 'Казахтан')[0]).toMatchObject({ entity: 'kazakhstan', name: 'Казахстан' });
    expect(suggest(index, 'قزاقتان')[0]).toMatchObject({ entity: 'kazakhstan', name: 'قزاقستان' });
    expect(suggest(index, 'Afganistan')[0]).toMatchObject({ entity: 'afghanistan', distance: 1 });
  });

  it('offers one name per entity, closest first, at most the limit', () => {
    const out = suggest(index, 'Kazakhtan', 3);
    expect(out.length).toBeLessThanOrEqual(3);
    expect(new Set(out.map((s) => s.entity)).size).toBe(out.length);
    expect(out.map((s) => s.distance)).toEqual([...out.map((s) => s.distance)].sort((a, b) => a - b));
  });

  it('offers nothing for an exact name, a short query or a word far from every name', () => {
    expect(suggest(index, 'Kazakhstan')).toEqual([]);
    expect(suggest(index, 'Ka')).toEqual([]);
    expect(suggest(index, 'photosynthesis')).toEqual([]);
  });

  it('allows more typos in longer names', () => {
    expect([maxTypos(3), maxTypos(5), maxTypos(9)]).toEqual([0, 1, 2]);
    expect(suggest(index, 'Kazakstn')[0]?.entity).toBe('kazakhstan');
    expect(suggest(index, 'Kabl')[0]?.entity).toBe('kabul');
  });
});

describe('suggestIndex, from the packed index', () => {
  it('offers a typo of an alias as the entity\'s name in the alias\'s language', () => {
    expect(index.names.find((n) => n.key === 'kazakh')).toEqual({ key: 'kazakh', entity: 'kazakhstan', name: 'Kazakhstan' });
    expect(index.names.find((n) => n.key === foldKey('kasachisch'))).toMatchObject({ entity: 'kazakhstan', name: 'Kasachstan' });
    expect(index.names.find((n) => n.key === foldKey('قزاق'))).toMatchObject({ entity: 'kazakhstan', name: 'قزاقستان' });
  });

  it('offers the English name for an alias in a language the entity has no name in', () => {
    const herat: GazetteerEntry = { id: 'herat', type: 'city', scope: 'core', description: 'A city.', names: { en: 'Herat', fa: 'هرات' }, aliases: { de: ['Heratstadt'] } };
    const names = suggestIndex(packedNames(packMatcher([herat]))).names;
    expect(names).toEqual([
      { key: 'herat', entity: 'herat', name: 'Herat' },
      { key: foldKey('هرات'), entity: 'herat', name: 'هرات' },
      { key: 'heratstadt', entity: 'herat', name: 'Herat' },
    ]);
    expect(suggest({ names }, 'Heratstad')).toEqual([{ entity: 'herat', name: 'Herat', distance: 1 }]);
  });

  it('leaves the look-alikes out: no typo is offered a word that only resembles a name', () => {
    const lookalikes = { blockers: [{ looksLike: 'kabul', is: 'river', lang: 'en', text: 'Kabul River', literal: false, exact: false }], demonyms: [], after: [], before: [], titles: [] };
    const forms = packedNames(packMatcher(FIXTURE, { lookalikes: lookalikes as Lookalikes }));
    expect(forms.filter((f) => f.blocker).map((f) => f.form.text)).toEqual(['Kabul River']);
    expect(suggestIndex(forms).names.map((n) => n.key)).not.toContain(foldKey('Kabul River'));
    expect(suggestIndex(forms)).toEqual(index);
  });

  it('reads back every entity\'s names of the shipped gazetteer exactly (no alias taken for a name)', () => {
    const names = entityNames(packedNames(packRepositoryMatcher(process.cwd())));
    const entries = loadGazetteer();
    expect(names.size).toBe(entries.length);
    for (const e of entries) {
      const want = LANGS.flatMap((lang) => (e.names[lang]?.trim() ? [[lang, e.names[lang]] as const] : []));
      expect([...(names.get(e.id) ?? [])], e.id).toEqual(want);
    }
  });
});
