import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cldrTerritories, loadGazetteer } from './gazetteer-file';
import { GazetteerError, parseGazetteer } from './gazetteer-load';

const root = join(__dirname, '..', '..');
const cldrVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'cldr-localenames-full', 'package.json'), 'utf8')) as { version: string }).version;

const entity = (id: string, extra: string) => `    { "id": "${id}", "type": "country", "scope": "context"${extra}, "description": "d" }`;
const doc = (...entities: string[]) => `{\n  "entities": [\n${entities.join(',\n')}\n  ]\n}\n`;
const err = (text: string) => {
  try {
    parseGazetteer(text, 'data/gazetteer.json', cldrTerritories(root));
  } catch (e) {
    expect(e).toBeInstanceOf(GazetteerError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('loadGazetteer: names of states from CLDR', () => {
  const raw = JSON.parse(readFileSync(join(root, 'data', 'gazetteer.json'), 'utf8')) as { entities: { id: string; names?: object; region?: string }[] };
  const entries = loadGazetteer(root);

  it('fills the names of an entity with a region from CLDR, not from the file', () => {
    expect(raw.entities.find((e) => e.id === 'kazakhstan')).toMatchObject({ region: 'KZ' });
    expect(raw.entities.find((e) => e.id === 'kazakhstan')!.names).toBeUndefined();
    const kz = entries.find((e) => e.id === 'kazakhstan')!;
    expect(kz.names).toEqual({ en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан', fa: 'قزاقستان', ps: 'قزاقستان', kk: 'Қазақстан' });
    expect(kz.namesFrom).toMatch(new RegExp(`^CLDR ${cldrVersion.replace(/\./g, '\\.')}\\b`));
    // The Russian name of Kyrgyzstan in CLDR is "Киргизия"; the hand-written aliases stay.
    const kg = entries.find((e) => e.id === 'kyrgyzstan')!;
    expect(kg.names.ru).toBe('Киргизия');
    expect(kg.aliases?.ru).toContain('Кыргызстан');
  });

  it('gives every entity with a region an English name and its CLDR provenance', () => {
    const withRegion = raw.entities.filter((e) => e.region).map((e) => e.id);
    expect(withRegion.length).toBeGreaterThan(15);
    for (const id of withRegion) {
      const e = entries.find((x) => x.id === id)!;
      expect(e.names.en, id).toBeTruthy();
      expect(e.namesFrom, id).toMatch(/^CLDR /);
    }
  });

  it('says for every entity where its names come from, and describes it for a reader', () => {
    for (const e of entries) {
      expect(e.namesFrom, e.id).toBeTruthy();
      // No internal source ids ("(000)", "named in 001") and no talk of "the documents".
      expect(e.description, e.id).not.toMatch(/\(\d{3}\b|\b00\d\b|\bthe documents\b|\bnamed in\b/u);
    }
  });

  it('names every entity in English, German, Russian, Persian and Pashto', () => {
    for (const e of entries) {
      const missing = (['en', 'de', 'ru', 'fa', 'ps'] as const).filter((l) => !e.names[l]);
      expect(missing, e.id).toEqual([]);
    }
  });

  it('takes the names from the table it is given', () => {
    const territories = { version: 'T1', names: { en: { KZ: 'Kazland' }, de: { KZ: 'Kasland' } } };
    const [e] = parseGazetteer(doc(entity('kz', ', "region": "KZ", "namesFrom": "aliases curated"')), 'g.json', territories);
    expect(e!.names).toEqual({ en: 'Kazland', de: 'Kasland' });
    expect(e!.namesFrom).toBe('CLDR T1; aliases curated');
  });

  it('reports a bad region code with the file and line', () => {
    expect(err(doc(entity('a', ', "region": "KZ"'), entity('b', ',\n      "region": "XQ"')))).toBe(
      `data/gazetteer.json:5: "b": unknown region "XQ" (not a territory of CLDR ${cldrVersion})`,
    );
    expect(err(doc(entity('a', ', "region": "kz"')))).toBe('data/gazetteer.json:3: "a": region must be a CLDR territory code such as "KZ" or "143", not "kz"');
    expect(() => parseGazetteer(doc(entity('a', ', "region": "KZ"')), 'g.json')).toThrow(/g\.json:3: "a": region "KZ" needs CLDR's territory names/);
  });

  it('refuses hand-written names beside a region', () => {
    expect(err(doc(entity('a', ', "region": "KZ",\n      "names": { "en": "Kazakhstan" }')))).toBe(
      'data/gazetteer.json:4: "a": the names of an entity with a region come from CLDR; write other forms as aliases',
    );
  });

  it("checks CLDR's names for collisions with other entities' forms", () => {
    const text = doc(entity('a', ', "names": { "en": "A", "de": "Kasachstan" }'), entity('b', ',\n      "region": "KZ"'));
    expect(err(text)).toBe('data/gazetteer.json:5: "b": form "Kasachstan" folds to "kasachstan", like form "Kasachstan" of "a" (line 3)');
  });
});
