import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument, OneSense } from './document';
import { parseLookalikes } from './lookalikes';
import { FIXTURE } from './test-fixture';

const lookalikes = parseLookalikes(JSON.stringify({ titles: { en: ['President'] } }), 'l.json');
const m = compileMatcher(FIXTURE, { lookalikes });
const far = 'Nothing to see here. '.repeat(30); // 630 characters: beyond the 400 of the window
const doc = (blocks: string[]) => matchDocument(m, blocks).map((b) => b.map((x) => [x.text, x.entity, x.start, x.end]));

describe('matchDocument: one sense per document', () => {
  it('a surname counts in a later block once the person was named in full', () => {
    expect(doc(['Mohammad Ashraf Ghani arrived.', `${far}Welcoming Ghani to Astana.`])).toEqual([
      [['Ashraf Ghani', 'ashraf-ghani', 9, 21]],
      [['Ghani', 'ashraf-ghani', 640, 645], ['Astana', 'astana', 649, 655]],
    ]);
  });
  it('…and in an earlier block when the full name comes later', () => {
    expect(doc(['Ghani spoke first.', 'Then Ashraf Ghani left.'])).toEqual([
      [['Ghani', 'ashraf-ghani', 0, 5]],
      [['Ashraf Ghani', 'ashraf-ghani', 5, 17]],
    ]);
  });
  it('…and beyond the window inside one block', () => {
    const text = `Ashraf Ghani came. ${far}Ghani left.`;
    expect(doc([text])).toEqual([[['Ashraf Ghani', 'ashraf-ghani', 0, 12], ['Ghani', 'ashraf-ghani', 649, 654]]]);
    // match() alone keeps to the window.
    expect(m.match(text).map((x) => x.text)).toEqual(['Ashraf Ghani']);
  });
  it('a title names the person firmly (President Ghani)', () => {
    expect(doc(['Ghani spoke.', 'Later, President Ghani left.'])).toEqual([
      [['Ghani', 'ashraf-ghani', 0, 5]],
      [['Ghani', 'ashraf-ghani', 17, 22]],
    ]);
  });
  it('a surname in a document that never names the person stays unmarked', () => {
    expect(doc(['Ghani is a common name.', `${far}Ghani again.`, 'Afghanistan.'])).toEqual([[], [], [['Afghanistan', 'afghanistan', 0, 11]]]);
  });
  it('a context entity supports only nearby: GCC far from Kuwait is not the GCC', () => {
    expect(doc(['Kuwait hosted the talks.', `${far}GCC 13 compiles C.`])).toEqual([[['Kuwait', 'kuwait', 0, 6]], []]);
    expect(doc(['The Gulf Cooperation Council met.', `${far}GCC states agreed.`])[1]).toEqual([['GCC', 'gcc', 630, 633]]);
  });
});

describe('matchDocument: one sense per document for every ambiguous form', () => {
  // "آستانه" is Astana in Persian and Pashto, and the Persian word for threshold.
  const fixture = FIXTURE.map((e) => (e.id === 'astana' ? { ...e, aliases: { ...e.aliases, fa: ['آستانه', 'آستانا'] }, ambiguous: ['آستانه'] } : e));
  const mm = compileMatcher(fixture, { lookalikes });
  const words = (blocks: string[]) => matchDocument(mm, blocks).map((b) => b.map((x) => x.text));

  it('a common word is admitted once the document names its entity firmly', () => {
    expect(words(['آستانا پایتخت است.', `${far}په آستانه کې.`])).toEqual([['آستانا'], ['آستانه']]);
    expect(words(['Nothing here.', `${far}په آستانه کې.`])).toEqual([[], []]);
  });
  it('an acronym (a case-sensitive form) too', () => {
    expect(words(['The Gulf Cooperation Council met.', `${far}The GCC agreed.`])).toEqual([['Gulf Cooperation Council'], ['GCC']]);
  });
});

describe('OneSense: the bookkeeping the detector uses block by block', () => {
  it('hands back the blocks that turned down a surname when its person is named', () => {
    const sense = new OneSense<string>();
    expect(sense.match(m, 'a', 'Ghani spoke.')).toEqual({ matches: [], recheck: [] });
    expect(sense.match(m, 'b', 'Kabul.').recheck).toEqual([]);
    const named = sense.match(m, 'c', 'Ashraf Ghani arrived.');
    expect(named.matches.map((x) => x.text)).toEqual(['Ashraf Ghani']);
    expect(named.recheck).toEqual(['a']);
    // Matched again, block a now has its mention; nothing is handed back twice.
    expect(sense.match(m, 'a', 'Ghani spoke.')).toMatchObject({ matches: [{ text: 'Ghani', entity: 'ashraf-ghani' }], recheck: [] });
    expect(sense.match(m, 'd', 'Ashraf Ghani again.').recheck).toEqual([]);
  });
  it('clear() starts a new document', () => {
    const sense = new OneSense<number>();
    sense.match(m, 1, 'Ashraf Ghani arrived.');
    expect(sense.match(m, 2, 'Ghani spoke.').matches).toHaveLength(1);
    sense.clear();
    expect(sense.match(m, 3, 'Ghani spoke.').matches).toEqual([]);
  });
});

describe('OneSense: a block that names a person and turns down the surname far off', () => {
  it('matches itself again and still hands back the earlier blocks', () => {
    const sense = new OneSense<string>();
    sense.match(m, 'a', 'Ghani spoke.');
    const r = sense.match(m, 'b', `Ashraf Ghani came. ${far}Ghani left.`);
    expect(r.matches.map((x) => x.text)).toEqual(['Ashraf Ghani', 'Ghani']);
    expect(r.recheck).toEqual(['a']);
  });
});

describe('OneSense: a block matched in pieces', () => {
  it('hands the block itself back when a later piece names the person an earlier piece turned down', () => {
    const sense = new OneSense<string>();
    expect(sense.match(m, 'long', 'Ghani spoke.').matches).toEqual([]);
    expect(sense.match(m, 'long', 'Ashraf Ghani came.').recheck).toEqual(['long']);
  });
});
