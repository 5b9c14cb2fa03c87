import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matching/compile';
import { FIXTURE } from '../matching/test-fixture';
import { maxTypos, namesInQuery, suggest, suggestIndex } from './query-names';

// The matcher's own test gazetteer (the shipped one is searched in the browsers: test/e2e/search.e2e.ts).
const matcher = compileMatcher(FIXTURE);
const index = suggestIndex(FIXTURE);

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
