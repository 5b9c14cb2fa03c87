import { beforeEach, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import type { Match } from '../matching/types';
import { containment, containmentOf, namedBy, type Containment } from './contained';

const e = (id: string, type: GazetteerEntry['type'], names: GazetteerEntry['names'], extra: Partial<GazetteerEntry> = {}): GazetteerEntry =>
  ({ id, type, scope: 'core', names, description: 'd', ...extra });

const CHAIN: GazetteerEntry[] = [
  e('kabul', 'city', { en: 'Kabul' }, { aliases: { en: ['Kabul Province City'] } }),
  e('north-kabul', 'region', { en: 'North Kabul' }),
  e('kabul-river', 'region', { en: 'Kabul River' }),
  e('north-kabul-river', 'region', { en: 'North Kabul River' }),
  e('kabul-province', 'region', { en: 'Kabul Province' }),
  e('us', 'country', { en: 'United States' }, { aliases: { en: ['US'] }, caseSensitive: ['US'] }),
  e('afghanistan', 'country', { en: 'Afghanistan', ru: 'Афганистан' }),
  e('envoy', 'person', { en: 'US Special Representative' }),
  e('friend', 'person', { en: 'Friend', ru: 'Друг Афганистану' }),
  e('friend2', 'organization', { en: 'Friends', ru: 'Друг Афганистану' }),
  e('oic', 'organization', { en: 'Organisation of Islamic Cooperation' }, { aliases: { en: ['OIC'] }, ambiguous: ['OIC'], caseSensitive: ['OIC'], context: ['astana'] }),
  e('astana', 'city', { en: 'Astana' }, { aliases: { en: ['Astana OIC'] } }),
  e('oic-summit', 'event', { en: 'OIC summit' }, { aliases: { en: ['Astana OIC summit', 'OIC Organisation of Islamic Cooperation', 'Organisation of Islamic Cooperation OIC', 'OIC Astana meeting'] } }),
  e('herat', 'city', { en: 'Herat' }, { aliases: { en: ['Herat City'] }, ambiguous: ['Herat'] }),
  e('herat-mix', 'event', { en: 'Old Herat River Herat City' }, { aliases: { en: ['The Herat City Herat River'] } }),
  e('herat-river', 'region', { en: 'Herat River' }),
  e('big-herat-river', 'region', { en: 'Big Herat River' }),
  e('herat-cup', 'event', { en: 'Herat Cup' }),
];
// Built afresh before each test, never while the file loads: Stryker activates a mutant in a beforeAll hook,
// and runs only the tests whose own execution reached it (a containment shared across tests would not count).
let built: Containment;
beforeEach(() => {
  built = containment(CHAIN);
});
const cc = () => built;
const inner = (entity: string, form: string) => cc().inner({ entity, form });

describe('containment: transitive inner names, ambiguity and namesakes', () => {
  it('finds a name hidden by two longer overlapping ones through them, in their order', () => {
    // "Kabul" alone is never a prefix or suffix match here: "Kabul River" and "North Kabul" win.
    expect(inner('north-kabul-river', 'North Kabul River')).toEqual([
      { entity: 'kabul-river', ambiguous: false },
      { entity: 'kabul', ambiguous: false },
      { entity: 'north-kabul', ambiguous: false },
    ]);
  });
  it('drops the form\'s own entity when it comes back through an inner name', () => {
    expect(inner('kabul', 'Kabul Province City')).toEqual([{ entity: 'kabul-province', ambiguous: false }]);
  });
  it('answers nothing for an unknown entity or form', () => {
    expect(inner('kabul', 'Kabool')).toEqual([]);
    expect(inner('nobody', 'Kabul')).toEqual([]);
  });
  it('lets a person\'s title name its state, but not an inflected name', () => {
    expect(inner('envoy', 'US Special Representative')).toEqual([{ entity: 'us', ambiguous: false }]);
    expect(inner('friend', 'Друг Афганистану')).toEqual([]);
    expect(inner('friend2', 'Друг Афганистану')).toEqual([{ entity: 'afghanistan', ambiguous: false }]);
  });
  it('keeps the firm finding of an entity over an ambiguous one, whichever comes first', () => {
    expect(inner('oic-summit', 'OIC Organisation of Islamic Cooperation')).toEqual([{ entity: 'oic', ambiguous: false }]);
    expect(inner('oic-summit', 'Organisation of Islamic Cooperation OIC')).toEqual([{ entity: 'oic', ambiguous: false }]);
    expect(inner('oic-summit', 'OIC summit')).toEqual([{ entity: 'oic', ambiguous: true }]);
  });
  it('makes a transitive finding ambiguous when one step is, and firm when another path is firm', () => {
    expect(inner('herat-river', 'Herat River')).toEqual([{ entity: 'herat', ambiguous: true }]);
    expect(inner('big-herat-river', 'Big Herat River')).toEqual([
      { entity: 'herat-river', ambiguous: false },
      { entity: 'herat', ambiguous: true },
    ]);
  });
  it('keeps the firm finding of an entity found both directly and through an inner name', () => {
    // Transitive ambiguous first (through Herat River), then direct firm ("Herat City").
    expect(inner('herat-mix', 'Old Herat River Herat City')).toEqual([
      { entity: 'herat-river', ambiguous: false },
      { entity: 'herat', ambiguous: false },
    ]);
    // Direct firm first, then transitive ambiguous.
    expect(inner('herat-mix', 'The Herat City Herat River')).toEqual([
      { entity: 'herat', ambiguous: false },
      { entity: 'herat-river', ambiguous: false },
    ]);
  });
  it('says which forms are ambiguous, and what supports an entity', () => {
    expect(cc().isAmbiguous('oic', 'OIC')).toBe(true);
    expect(cc().isAmbiguous('oic', 'Organisation of Islamic Cooperation')).toBe(false);
    expect(cc().isAmbiguous('astana', 'OIC')).toBe(false);
    expect([...cc().supportOf('oic')]).toEqual(['oic', 'astana']);
    expect(cc().supportOf('oic')).toBe(cc().supportOf('oic'));
    expect([...cc().supportOf('kabul')]).toEqual(['kabul']);
    expect([...cc().supportOf('nobody')]).toEqual(['nobody']);
  });
  it('computes a gazetteer\'s containment once', () => {
    expect(containmentOf(CHAIN)).toBe(containmentOf(CHAIN));
    expect(containmentOf([...CHAIN])).not.toBe(containmentOf(CHAIN));
    expect(containmentOf(CHAIN).inner({ entity: 'kabul-province', form: 'Kabul Province' })).toEqual([{ entity: 'kabul', ambiguous: false }]);
  });
});

describe('namedBy: support for an ambiguous inner name', () => {
  const m = (entity: string, form: string, start: number, end: number): Match => ({ entity, form, start, end, text: form, lang: 'en' });
  const summit = m('oic-summit', 'OIC summit', 100, 110);
  it('counts a firm supporter exactly within the window on either side, not one character beyond', () => {
    expect(namedBy(summit, cc(), [m('astana', 'Astana', 84, 90)], 10)).toEqual(['oic-summit', 'oic']);
    expect(namedBy(summit, cc(), [m('astana', 'Astana', 83, 89)], 10)).toEqual(['oic-summit']);
    expect(namedBy(summit, cc(), [m('astana', 'Astana', 120, 126)], 10)).toEqual(['oic-summit', 'oic']);
    expect(namedBy(summit, cc(), [m('astana', 'Astana', 121, 127)], 10)).toEqual(['oic-summit']);
  });
  it('needs the supporter to be the entity or one of its context entities', () => {
    expect(namedBy(summit, cc(), [m('kabul', 'Kabul', 95, 100)], 10)).toEqual(['oic-summit']);
    expect(namedBy(summit, cc(), [m('oic', 'Organisation of Islamic Cooperation', 60, 95)], 10)).toEqual(['oic-summit', 'oic']);
  });
  it('uses the default window when none is given', () => {
    expect(namedBy(summit, cc(), [m('astana', 'Astana', 0, 6)])).toEqual(['oic-summit', 'oic']);
  });
  it('counts support from the mention\'s own entity or a firm inner one', () => {
    expect(namedBy(m('astana', 'Astana OIC', 0, 10), cc(), [])).toEqual(['astana', 'oic']);
    expect(namedBy(m('oic-summit', 'OIC Astana meeting', 0, 18), cc(), [])).toEqual(['oic-summit', 'astana', 'oic']);
    // Only the first form found of an inner entity is followed: "Astana", not "Astana OIC".
    expect(namedBy(m('oic-summit', 'Astana OIC summit', 0, 17), cc(), [])).toEqual(['oic-summit', 'astana']);
    expect(namedBy(m('herat-river', 'Herat River', 0, 11), cc(), [])).toEqual(['herat-river']);
  });
});
