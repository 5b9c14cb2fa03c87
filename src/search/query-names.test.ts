import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matching/compile';
import { parseGazetteer } from '../matching/gazetteer-load';
import { parseLookalikes } from '../matching/lookalikes';
import { FIXTURE } from '../matching/test-fixture';
import { maxTypos, namesInQuery, suggest, suggestIndex } from './query-names';

// The shipped gazetteer and look-alikes, compiled as the popup compiles them.
const root = join(__dirname, '..', '..');
const entries = parseGazetteer(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8'), 'data/gazetteer.json');
const lookalikes = parseLookalikes(readFileSync(join(root, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', entries);
const matcher = compileMatcher(entries, { lookalikes });
const index = suggestIndex(entries);

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

  it('counts a surname typed alone, which a page would need context for', () => {
    expect(namesInQuery(matcher, 'Токаев').map((h) => h.entity)).toEqual(['tokayev']);
    expect(namesInQuery(matcher, 'Tokayev').map((h) => h.entity)).toEqual(['tokayev']);
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
    const small = suggestIndex(FIXTURE);
    expect(suggest(small, 'Kazakstn')[0]?.entity).toBe('kazakhstan');
    expect(suggest(small, 'Kabl')[0]?.entity).toBe('kabul');
  });
});
