/**
 * OneSense and matchDocument beyond document.test.ts: the club state across blocks and after
 * clear(), a block handed back once however many entities it waits for, and matchDocument's
 * second round (with the shipped gazetteer and sense rules, as other-senses.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { matchDocument, OneSense } from './document';
import { shippedMatcher } from './shipped.test-data';

const m = shippedMatcher();
const texts = (r: { matches: { text: string }[] }) => r.matches.map((x) => x.text);

const CLUB = 'FC Astana won the league.';
const FANS = "Astana's fans sang all night.";

describe('OneSense: the club of a city', () => {
  it('clear() forgets a named club: the bare name by a sports word is the city again', () => {
    const sense = new OneSense<string>();
    sense.match(m, 'a', CLUB);
    expect(texts(sense.match(m, 'b', FANS))).toEqual([]);
    sense.clear();
    expect(texts(sense.match(m, 'b', FANS))).toEqual(['Astana']);
  });
  it('clear() forgets the blocks waiting for a club: naming it afterwards hands none back', () => {
    const sense = new OneSense<string>();
    sense.match(m, 'a', FANS);
    sense.clear();
    expect(sense.match(m, 'b', CLUB).recheck).toEqual([]);
  });
  it('blocks waiting for the club are handed back once, each once', () => {
    const sense = new OneSense<string>();
    sense.match(m, 'a', FANS);
    sense.match(m, 'b', FANS);
    sense.match(m, 'a', FANS);
    expect(sense.match(m, 'c', CLUB).recheck).toEqual(['a', 'b']);
    expect(sense.match(m, 'd', CLUB).recheck).toEqual([]);
    expect(texts(sense.match(m, 'a', FANS))).toEqual([]);
  });
  it('a block that names the club is not handed back for it when nothing waited', () => {
    const sense = new OneSense<number>();
    const r = sense.match(m, 1, `${CLUB} ${FANS}`);
    expect(r.recheck).toEqual([]);
    expect(texts(r)).toEqual([]);
  });
});

describe('matchDocument: the second round', () => {
  it('a block waiting for both the club and a person is matched again once, with both known', () => {
    const out = matchDocument(m, [`${FANS} Ghani spoke.`, CLUB, 'Mohammad Ashraf Ghani arrived.']).map((b) => b.map((x) => [x.text, x.entity]));
    expect(out).toEqual([[['Ghani', 'ashraf-ghani']], [], [['Mohammad Ashraf Ghani', 'ashraf-ghani']]]);
  });
  it('an empty document has no blocks; an empty block no mentions', () => {
    expect(matchDocument(m, [])).toEqual([]);
    expect(matchDocument(m, ['', 'Kabul']).map((b) => b.map((x) => [x.text, x.entity, x.start, x.end]))).toEqual([[], [['Kabul', 'kabul', 0, 5]]]);
  });
});
