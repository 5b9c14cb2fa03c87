import { describe, expect, it } from 'vitest';
import { germanAdjectiveStem } from './german-adjectives';
import { declensionStem } from './inflect';
import { compileMatcher } from './compile';
import { FIXTURE } from './test-fixture';
import type { GazetteerEntry } from '../shared/gazetteer-types';

describe('germanAdjectiveStem', () => {
  it('cuts the attributive ending of an adjective in -sch', () => {
    expect(germanAdjectiveStem('russische')).toBe('russisch');
    expect(germanAdjectiveStem('kaspisches')).toBe('kaspisch');
    expect(germanAdjectiveStem('deutscher')).toBe('deutsch');
    expect(germanAdjectiveStem('europaischen')).toBe('europaisch');
    expect(germanAdjectiveStem('sowjetischem')).toBe('sowjetisch');
  });

  it('leaves other words and bare adjectives alone', () => {
    expect(germanAdjectiveStem('russisch')).toBeNull();
    expect(germanAdjectiveStem('meer')).toBeNull();
    expect(germanAdjectiveStem('handelskammer')).toBeNull();
    expect(germanAdjectiveStem('sche')).toBeNull();
  });

  it('is what declensionStem gives for German words only', () => {
    expect(declensionStem('russische', 'de')).toBe('russisch');
    expect(declensionStem('russische', 'en')).toBeNull();
  });
});

describe('German adjectives of states and names in the matcher', () => {
  const e = (x: Omit<GazetteerEntry, 'description'>): GazetteerEntry => ({ description: `Test entry ${x.id}.`, ...x });
  const entries: GazetteerEntry[] = [
    ...FIXTURE,
    e({ id: 'russia', type: 'country', scope: 'context', names: { en: 'Russia', de: 'Russland' }, aliases: { de: ['russische'] } }),
    e({ id: 'caspian-sea', type: 'other', scope: 'context', names: { en: 'Caspian Sea', de: 'Kaspisches Meer' } }),
    e({ id: 'forum', type: 'event', scope: 'core', names: { en: 'Kazakh–Afghan Business Forum', de: 'kasachisch-afghanisches Wirtschaftsforum' } }),
  ];
  const m = compileMatcher(entries);
  const found = (s: string) => m.match(s).map((x) => [x.text, x.entity]);

  it('matches every attributive case of a state adjective written with an ending', () => {
    for (const w of ['russische', 'russischen', 'russischer', 'russisches', 'russischem']) {
      expect(found(`die ${w} Regierung`)).toEqual([[w, 'russia']]);
    }
  });

  it('does not take the bare word, the language or an adverb, for the state', () => {
    expect(found('Sie spricht Russisch und liest russisch.')).toEqual([]);
  });

  it('declines adjectives inside longer names', () => {
    expect(found('am Ufer des Kaspischen Meeres')).toEqual([['Kaspischen Meeres', 'caspian-sea']]);
    expect(found('auf dem Kasachisch-Afghanischen Wirtschaftsforum')).toEqual([['Kasachisch-Afghanischen Wirtschaftsforum', 'forum']]);
  });
});
