import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  id: string;
  type: string;
  qid?: string;
}

interface QidTable {
  batches: Record<string, Record<string, { qid: string; from: string }>>;
}

const entities = (JSON.parse(readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as { entities: Entry[] }).entities;
const table = JSON.parse(readFileSync(new URL('../../scripts/qids/qids.json', import.meta.url), 'utf8')) as QidTable;
const qidOf = (id: string) => entities.find((e) => e.id === id)?.qid;

describe('Wikidata ids in data/gazetteer.json (docs/wikidata-ids.md)', () => {
  it('names each Wikidata item at most once: two entities with one QID would be one thing twice, or a wrong id', () => {
    const byQid = new Map<string, string[]>();
    for (const e of entities) if (e.qid) byQid.set(e.qid, [...(byQid.get(e.qid) ?? []), e.id]);
    expect([...byQid].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('writes every id as Q and a number without leading zero', () => {
    expect(entities.filter((e) => e.qid !== undefined && !/^Q[1-9][0-9]*$/.test(e.qid)).map((e) => e.id)).toEqual([]);
  });

  it('holds every id of the sourced table scripts/qids/qids.json (a merge that drops a line shows here)', () => {
    const rows = Object.values(table.batches).flatMap((batch) => Object.entries(batch));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter(([id, row]) => qidOf(id) !== row.qid).map(([id, row]) => `${id}: table ${row.qid}, gazetteer ${qidOf(id)}`)).toEqual([]);
    for (const [, row] of rows) expect(row.from.length).toBeGreaterThan(10);
  });

  it('keeps the ids checked against a second source for the cities that have them', () => {
    // Kandahar and Taloqan: the same ids in dr5hn/countries-states-cities-database and in another public dataset.
    expect(qidOf('kandahar')).toBe('Q45604');
    expect(qidOf('taloqan')).toBe('Q477238');
    expect(qidOf('aktau')).toBe('Q198989');
  });

  it('keeps the province and region ids two datasets agree on, and the corrected Wardak id', () => {
    // dr5hn states (ISO 3166-2 row) and Data Commons' World Bank crosswalk give the same ids.
    expect(qidOf('badakhshan-province')).toBe('Q165376');
    expect(qidOf('kandahar-province')).toBe('Q173808');
    expect(qidOf('akmola-region')).toBe('Q485056');
    expect(qidOf('turkistan-region')).toBe('Q815330'); // the renamed South Kazakhstan Region
    // dr5hn's AF-WAR row carried Q171366 (a moth); Data Commons and dr5hn's own later audit give Q183056.
    expect(qidOf('wardak-province')).toBe('Q183056');
    // A province is not its capital city.
    expect(qidOf('kandahar-province')).not.toBe(qidOf('kandahar'));
  });

  it('keeps the organisation ids that two sources give (supraverden register and SpocWiki notes)', () => {
    expect(qidOf('csto')).toBe('Q318693');
    expect(qidOf('cis')).toBe('Q7779');
    expect(qidOf('osce')).toBe('Q81299');
    expect(qidOf('eco')).toBe('Q225950');
    // refused: the register's UNHCR row may be the office, not the agency (docs/wikidata-ids.md)
    expect(qidOf('unhcr')).toBeUndefined();
  });

  it('keeps the person and place ids two sources give, and leaves the refused ones empty', () => {
    expect(qidOf('tokayev')).toBe('Q200881');
    expect(qidOf('shymkent')).toBe('Q485496');
    expect(qidOf('aral-sea')).toBe('Q35883');
    // refused: "region and Pakistani province" names two Wikidata items
    expect(qidOf('balochistan')).toBeUndefined();
  });

  it('records a source for each id it writes, naming the dataset', () => {
    const rows = Object.values(table.batches).flatMap((batch) => Object.values(batch));
    const known = /dr5hn|datacommons|supraverden|SpocWiki|natural-earth|Hana-s-flag-game/;
    expect(rows.filter((row) => !known.test(row.from))).toEqual([]);
  });
});
