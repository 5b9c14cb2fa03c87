import { describe, expect, it } from 'vitest';
import { insertQids } from './insert-qids.mjs';

// The gazetteer's own layout: two-space JSON, one key per line, entities six spaces in.
const gazetteer = (entities: Array<{ id: string; qid?: string; scope?: string }>) =>
  JSON.stringify(
    { entities: entities.map(({ id, qid, scope = 'core' }) => ({ id, type: 'city', scope, ...(qid ? { qid } : {}), names: { en: id } })) },
    null,
    2,
  ) + '\n';

describe('insertQids (scripts/qids/apply.mjs)', () => {
  it('adds one "qid" line after the "scope" line and changes no other line', () => {
    const before = gazetteer([{ id: 'herat' }, { id: 'kabul', qid: 'Q5838' }]);
    const { text, added, withQid } = insertQids(before, { cities: { herat: { qid: 'Q41940' } } });
    expect(added).toBe(1);
    expect(withQid).toBe(2);
    const lines = text.split('\n');
    expect(lines[lines.indexOf('      "id": "herat",') + 3]).toBe('      "qid": "Q41940",');
    expect(lines.filter((l) => !l.includes('"qid": "Q41940"'))).toEqual(before.split('\n'));
    expect(JSON.parse(text).entities[0]).toMatchObject({ id: 'herat', scope: 'core', qid: 'Q41940' });
  });

  it('is idempotent: a second run, or an id the entity already has, adds nothing', () => {
    const once = insertQids(gazetteer([{ id: 'herat' }]), { a: { herat: { qid: 'Q41940' } } }).text;
    const twice = insertQids(once, { a: { herat: { qid: 'Q41940' } } });
    expect(twice.added).toBe(0);
    expect(twice.text).toBe(once);
  });

  it('refuses to overwrite a different id: a disagreement is settled by hand', () => {
    expect(() => insertQids(gazetteer([{ id: 'kabul', qid: 'Q5838' }]), { a: { kabul: { qid: 'Q1' } } })).toThrow('kabul: has Q5838, table says Q1');
  });

  it('refuses one id for two entities, also across batches and against an id already in the file', () => {
    const file = gazetteer([{ id: 'kabul', qid: 'Q5838' }, { id: 'kabul-province' }, { id: 'herat' }]);
    expect(() => insertQids(file, { a: { 'kabul-province': { qid: 'Q5838' } } })).toThrow('Q5838 would name both kabul and kabul-province');
    expect(() => insertQids(file, { a: { herat: { qid: 'Q9' } }, b: { 'kabul-province': { qid: 'Q9' } } })).toThrow('Q9 would name both');
  });

  it('refuses malformed ids, unknown entities and an entity listed twice', () => {
    const file = gazetteer([{ id: 'herat' }]);
    expect(() => insertQids(file, { a: { herat: { qid: '41940' } } })).toThrow('a/herat: not a QID: 41940');
    expect(() => insertQids(file, { a: { herat: { qid: 'Q041940' } } })).toThrow('not a QID');
    expect(() => insertQids(file, { a: { heart: { qid: 'Q41940' } } })).toThrow('a/heart: no such entity');
    expect(() => insertQids(file, { a: { herat: { qid: 'Q41940' } }, b: { herat: { qid: 'Q41940' } } })).toThrow('herat: listed twice');
  });

  it('refuses an entity whose "scope" line is not where the layout puts it, instead of writing elsewhere', () => {
    const odd = gazetteer([{ id: 'herat' }]).replace('      "scope": "core",', '      "scope":"core",');
    expect(() => insertQids(odd, { a: { herat: { qid: 'Q41940' } } })).toThrow('herat: qid not written');
  });
});
