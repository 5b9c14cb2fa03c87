/** Decision 0274: a name kept in a headline before a capitalised word is dropped once the document shows the pair as a longer name. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { matchDocument, OneSense } from './document';
import { LongerNames, MAX_PAIRS } from './longer-names';
import { FIXTURE } from './test-fixture';
import type { Match } from './types';

const at = (s: string, word: string): Match => {
  const start = s.indexOf(word);
  return { entity: word.toLowerCase(), start, end: start + word.length, text: word, form: word, lang: 'en' } as Match;
};

describe('LongerNames', () => {
  it('drops a kept name once another block shows the pair with no mention at it, and asks for the kept block again', () => {
    const l = new LongerNames<number>();
    const head = 'Kabul Moon wins as favourite fades';
    expect(l.apply(0, head, [at(head, 'Kabul')]).matches).toHaveLength(1);
    const body = 'Kabul Moon, a filly, won the cup.';
    expect(l.apply(1, body, [])).toEqual({ matches: [], recheck: [0] });
    expect(l.apply(0, head, [at(head, 'Kabul')]).matches).toEqual([]);
  });

  it('keeps the name where the other block marks it too, or where no capitalised word follows', () => {
    const l = new LongerNames<number>();
    const head = 'Kabul Talks Resume';
    l.apply(0, head, [at(head, 'Kabul')]);
    const body = 'Kabul Talks were held on Monday.';
    expect(l.apply(1, body, [at(body, 'Kabul')])).toEqual({ matches: [at(body, 'Kabul')], recheck: [] });
    const plain = 'Delegates met in Kabul on Monday.';
    expect(l.apply(2, plain, [at(plain, 'Kabul')]).matches).toHaveLength(1);
    l.clear();
    expect(l.apply(0, head, [at(head, 'Kabul')]).matches).toHaveLength(1);
  });

  it('notes at most MAX_PAIRS pairs a document (a page of many short blocks stays linear)', () => {
    // Letters only: a pair's second word ends at the first non-letter.
    const word = (i: number) => `Q${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
    const l = new LongerNames<number>();
    for (let i = 0; i <= MAX_PAIRS; i++) {
      const t = `Kabul ${word(i)} today`;
      l.apply(i, t, [at(t, 'Kabul')]);
    }
    // The pair past the cap was never noted: showing it elsewhere drops nothing.
    expect(l.apply(999, `Kabul ${word(MAX_PAIRS)} is a horse.`, []).recheck).toEqual([]);
    // One within the cap still works.
    expect(l.apply(1000, `Kabul ${word(0)} is a horse.`, []).recheck).toEqual([0]);
  });
});

describe('LongerNames edges', () => {
  const shown = (head: string, name: string, body: string, bodyMatches: Match[] = []) => {
    const l = new LongerNames<number>();
    l.apply(0, head, [at(head, name)]);
    return l.apply(1, body, bodyMatches).recheck;
  };
  it('a pair is noted only in a block of at most 200 characters', () => {
    const pad = (n: number) => `Kabul Moon${' x'.repeat(n)}`.slice(0, Math.max(10, n));
    expect(pad(200)).toHaveLength(200);
    expect(shown(pad(200), 'Kabul', 'Kabul Moon won.')).toEqual([0]);
    expect(shown(pad(201), 'Kabul', 'Kabul Moon won.')).toEqual([]);
  });
  it('the pair as whole words elsewhere: not inside a longer word, found again further on', () => {
    expect(shown('Kabul Moon', 'Kabul', 'Kabul Moonlight only.')).toEqual([]);
    expect(shown('Kabul Moon', 'Kabul', 'Kabul Moonlight and Kabul Moon.')).toEqual([0]);
    expect(shown('Kabul Moon', 'Kabul', 'Kabul Moon')).toEqual([0]);
  });
  it('the same block showing its own pair again does not count', () => {
    const l = new LongerNames<number>();
    const head = 'Kabul Moon';
    l.apply(0, head, [at(head, 'Kabul')]);
    expect(l.apply(0, 'Kabul Moon again', []).recheck).toEqual([]);
  });
  it('only after exactly one space and a capital Latin letter (Latin-1 capitals too), only a Latin-script name', () => {
    expect(shown('Kabul  Moon', 'Kabul', 'Kabul  Moon won.')).toEqual([]);
    expect(shown('Kabul moon', 'Kabul', 'Kabul moon won.')).toEqual([]);
    expect(shown('Kabul Élan', 'Kabul', 'Kabul Élan won.')).toEqual([0]);
    expect(shown('Kabul Zed', 'Kabul', 'Kabul Zed won.')).toEqual([0]);
    expect(shown('Kabul Àla', 'Kabul', 'Kabul Àla won.')).toEqual([0]);
    expect(shown('Kabul Þor', 'Kabul', 'Kabul Þor won.')).toEqual([0]);
    expect(shown('Kabul ßa', 'Kabul', 'Kabul ßa won.')).toEqual([]);
    expect(shown('Kabul ×Ab', 'Kabul', 'Kabul ×Ab won.')).toEqual([]);
    expect(shown('Kabul @Ab', 'Kabul', 'Kabul @Ab won.')).toEqual([]);
    expect(shown('Kabul [Ab', 'Kabul', 'Kabul [Ab won.')).toEqual([]);
    expect(shown('Кабул Мун', 'Кабул', 'Кабул Мун won.')).toEqual([]);
  });
  it('a long block drops a pair the document has shown; without any shown pair it passes its list through', () => {
    const l = new LongerNames<number>();
    const head = 'Kabul Moon';
    l.apply(0, head, [at(head, 'Kabul')]);
    l.apply(1, 'Kabul Moon won.', []);
    const long = `${'x '.repeat(120)}Kabul Moon won, and Kabul voted.`;
    const ms = [{ ...at(long, 'Kabul') }, { ...at(long, 'Kabul voted'), text: 'Kabul', end: long.indexOf('Kabul voted') + 5 }];
    expect(l.apply(2, long, ms).matches.map((m) => m.start)).toEqual([long.indexOf('Kabul voted')]);
    const fresh = new LongerNames<number>();
    const list = [at(long, 'Kabul')];
    expect(fresh.apply(0, long, list).matches).toBe(list);
  });
});

describe('in matchDocument', () => {
  const m = compileMatcher(FIXTURE);
  it('a racehorse named in a mixed-case headline and then in running text is not the city', () => {
    const out = matchDocument(m, ['Herat Dancer lands the Autumn Cup', 'Herat Dancer, a four-year-old filly trained in Newmarket, won the race by two lengths on the soft ground.', 'Her owner was born in Herat.']);
    expect(out.map((b) => b.map((x) => x.text))).toEqual([[], [], ['Herat']]);
  });

  it('block by block in any order, as the detector matches (OneSense): the body asks for the headline again', () => {
    const sense = new OneSense<string>();
    const head = 'Herat Dancer lands the Autumn Cup';
    const body = 'Herat Dancer, a four-year-old filly trained in Newmarket, won the race by two lengths on the soft ground.';
    expect(sense.match(m, 'h1', head).matches.map((x) => x.text)).toEqual(['Herat']);
    const r = sense.match(m, 'p1', body);
    expect(r.matches).toEqual([]);
    expect(r.recheck).toContain('h1');
    expect(sense.match(m, 'h1', head).matches).toEqual([]);
    // A new document forgets the pair.
    sense.clear();
    expect(sense.match(m, 'h1', head).matches.map((x) => x.text)).toEqual(['Herat']);
  });
});
