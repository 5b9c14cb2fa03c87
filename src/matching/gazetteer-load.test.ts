import { describe, expect, it } from 'vitest';
import { GazetteerError, parseGazetteer } from './gazetteer-load';

const ok = (id: string, extra = '') =>
  `    { "id": "${id}", "type": "country", "scope": "core", "names": { "en": "${id.toUpperCase()} land" }, "description": "d"${extra} }`;
const doc = (...entities: string[]) => `{\n  "entities": [\n${entities.join(',\n')}\n  ]\n}\n`;
const err = (text: string) => {
  try {
    parseGazetteer(text, 'data/gazetteer.json');
  } catch (e) {
    expect(e).toBeInstanceOf(GazetteerError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('parseGazetteer', () => {
  it('returns the entries of a valid file', () => {
    const es = parseGazetteer(doc(ok('a'), ok('b', ', "context": ["a"], "aliases": { "de": ["Bland"] }, "ambiguous": ["Bland"]')), 'g.json');
    expect(es.map((e) => e.id)).toEqual(['a', 'b']);
    expect(es[1]!.aliases).toEqual({ de: ['Bland'] });
  });
  it('reports JSON syntax errors with the line', () => {
    expect(err('{\n  "entities": [\n    { "id": "a", }\n  ]\n}')).toMatch(/^data\/gazetteer\.json:3: JSON syntax error/);
  });
  it('reports a wrong top level', () => {
    expect(err('[]')).toBe('data/gazetteer.json:1: expected { "entities": [ … ] }');
  });
  it('reports missing, invalid and duplicate ids', () => {
    expect(err(doc(ok('a'), '    { "type": "city", "scope": "core", "names": { "en": "X" }, "description": "d" }'))).toBe('data/gazetteer.json:4: entity without "id"');
    expect(err(doc(ok('Bad_Id')))).toBe('data/gazetteer.json:3: invalid id "Bad_Id" (must match /^[a-z0-9][a-z0-9-]*$/)');
    expect(err(doc(ok('a'), ok('a')))).toMatch(/^data\/gazetteer\.json:4: duplicate id "a" \(first at line 3\)/);
  });
  it('reports unknown types and missing names.en', () => {
    expect(err(doc(ok('a').replace('"country"', '"planet"')))).toMatch(/^data\/gazetteer\.json:3: "a": unknown type "planet"/);
    expect(err(doc('    {\n      "id": "a", "type": "city", "scope": "core",\n      "names": { "de": "A" }, "description": "d"\n    }'))).toBe('data/gazetteer.json:5: "a": missing names.en');
  });
  it('reports a missing or unknown scope, a malformed qid and an empty namesFrom', () => {
    expect(err(doc(ok('a').replace('"scope": "core", ', '')))).toBe('data/gazetteer.json:3: "a": scope must be "core" or "context"');
    expect(err(doc(ok('a').replace('"core"', '"world"')))).toBe('data/gazetteer.json:3: "a": scope must be "core" or "context"');
    expect(err(doc(ok('a', ', "qid": "232"')))).toBe('data/gazetteer.json:3: "a": qid must be a Wikidata id such as "Q232"');
    expect(err(doc(ok('a', ', "namesFrom": " "')))).toBe('data/gazetteer.json:3: "a": namesFrom must be a non-empty string');
    expect(parseGazetteer(doc(ok('a', ', "qid": "Q232", "namesFrom": "CLDR"')), 'g.json')[0]).toMatchObject({ scope: 'core', qid: 'Q232', namesFrom: 'CLDR' });
  });
  it('reports empty forms', () => {
    expect(err(doc(ok('a', ',\n      "aliases": { "en": ["  "] }')))).toBe('data/gazetteer.json:4: "a": empty form in aliases.en');
    expect(err(doc(ok('a', ',\n      "aliases": { "en": ["--"] }')))).toBe('data/gazetteer.json:4: "a": empty form in aliases.en');
  });
  it('reports ambiguous / caseSensitive entries that are not forms of the entity', () => {
    expect(err(doc(ok('a', ',\n      "ambiguous": ["Nope"]')))).toBe(
      'data/gazetteer.json:4: "a": ambiguous form "Nope" is not one of the entity\'s names or aliases');
    expect(err(doc(ok('a', ',\n      "caseSensitive": ["a land"]')))).toMatch(/^data\/gazetteer\.json:4: "a": caseSensitive form "a land"/);
  });
  it('reports unknown context ids', () => {
    expect(err(doc(ok('a', ',\n      "context": ["zz"]')))).toBe('data/gazetteer.json:4: "a": unknown context entity "zz"');
  });
  it('reports forms of two entities that fold to the same key', () => {
    expect(err(doc(ok('a'), ok('b', ',\n      "aliases": { "de": ["Á-Land"] }')))).toBe(
      'data/gazetteer.json:5: "b": form "Á-Land" folds to "a land", like form "A land" of "a" (line 3)');
  });
  it('reports every problem, in line order', () => {
    const m = err(doc(ok('a', ', "context": ["q"]'), ok('a')));
    expect(m.split('\n')).toEqual([
      'data/gazetteer.json:3: "a": unknown context entity "q"',
      'data/gazetteer.json:4: duplicate id "a" (first at line 3)',
    ]);
  });
});
