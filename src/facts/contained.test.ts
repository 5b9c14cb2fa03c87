import { beforeEach, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { compileMatcher } from '../matching/compile';
import { containment, namedBy, type Containment } from './contained';

const e = (id: string, type: GazetteerEntry['type'], names: GazetteerEntry['names'], extra: Partial<GazetteerEntry> = {}): GazetteerEntry =>
  ({ id, type, scope: 'core', names, description: 'd', ...extra });
const ENTRIES: GazetteerEntry[] = [
  e('afghanistan', 'country', { en: 'Afghanistan', ru: 'Афганистан' }, { aliases: { en: ['Afghan'] } }),
  e('afghan-security-forces', 'organization', { en: 'Afghan National Army' }, { aliases: { en: ['Afghan security forces'], ru: ['Миссия по содействию Афганистану'] } }),
  e('astana', 'city', { en: 'Astana' }, { aliases: { en: ['Nur-Sultan'] } }),
  e('oic', 'organization', { en: 'Organisation of Islamic Cooperation' }, { aliases: { en: ['OIC'] }, ambiguous: ['OIC'], caseSensitive: ['OIC'], context: ['astana'] }),
  e('oic-summit', 'event', { en: 'OIC summit' }, { aliases: { en: ['Astana OIC summit'] } }),
  e('ashraf-ghani', 'person', { en: 'Ashraf Ghani' }, { aliases: { en: ['Ghani'] }, ambiguous: ['Ghani'], context: ['afghanistan'] }),
  e('baradar', 'person', { en: 'Abdul Ghani Baradar' }),
  e('nazarbayev', 'person', { en: 'Nursultan Nazarbayev' }, { aliases: { en: ['Nur-Sultan Nazarbayev'] } }),
  e('kabul', 'city', { en: 'Kabul', ru: 'Кабул' }),
  e('kabulov', 'person', { en: 'Zamir Kabulov', ru: 'Замир Кабулов' }),
  e('europe', 'region', { en: 'Europe', de: 'Europa' }),
  e('eu', 'organization', { en: 'European Union', de: 'Europäische Union' }),
  e('kabul-province', 'region', { en: 'Kabul Province' }),
  e('forum', 'event', { en: 'Kabul Afghan Forum' }),
];
// Built afresh before each test, never while the file loads: Stryker activates a mutant in a beforeAll hook,
// and runs only the tests whose own execution reached it (a containment shared across tests would not count).
let built: Containment;
beforeEach(() => {
  built = containment(ENTRIES);
});
const cc = () => built;
const inner = (entity: string, form: string) => cc().inner({ entity, form });

describe('containment: the entities inside a form', () => {
  it('finds the names inside a longer name, inflected or not', () => {
    expect(inner('afghan-security-forces', 'Afghan security forces')).toEqual([{ entity: 'afghanistan', ambiguous: false }]);
    expect(inner('afghan-security-forces', 'Миссия по содействию Афганистану')).toEqual([{ entity: 'afghanistan', ambiguous: false }]);
    expect(inner('kabul-province', 'Kabul Province')).toEqual([{ entity: 'kabul', ambiguous: false }]);
    expect(inner('forum', 'Kabul Afghan Forum').map((x) => x.entity).sort()).toEqual(['afghanistan', 'kabul']);
  });
  it('keeps an ambiguous inner form apart, and firm where the form itself supports it', () => {
    expect(inner('oic-summit', 'OIC summit')).toEqual([{ entity: 'oic', ambiguous: true }]);
    expect(inner('oic-summit', 'Astana OIC summit')).toEqual(expect.arrayContaining([{ entity: 'astana', ambiguous: false }, { entity: 'oic', ambiguous: true }]));
  });
  it('sees no namesakes in a person\'s name and no name at the start of a compound', () => {
    expect(inner('baradar', 'Abdul Ghani Baradar')).toEqual([]);
    expect(inner('nazarbayev', 'Nur-Sultan Nazarbayev')).toEqual([]);
    expect(inner('kabulov', 'Замир Кабулов')).toEqual([]);
    expect(inner('eu', 'Europäische Union')).toEqual([]);
    expect(inner('afghanistan', 'Afghanistan')).toEqual([]);
  });
});

describe('namedBy: what a mention names in its document', () => {
  const matcher = compileMatcher(ENTRIES);
  const firmOf = (text: string) => matcher.match(text).filter((m) => !cc().isAmbiguous(m.entity, m.form));
  it('names the entity and the firm entities inside its name', () => {
    const text = 'Kazakhstan supports the Afghan security forces.';
    const m = matcher.match(text).find((x) => x.entity === 'afghan-security-forces')!;
    expect(namedBy(m, cc(), firmOf(text))).toEqual(['afghan-security-forces', 'afghanistan']);
  });
  it('names an ambiguous inner entity only with support near the mention', () => {
    const alone = 'Delegates met at the OIC summit.';
    const m1 = matcher.match(alone).find((x) => x.entity === 'oic-summit')!;
    expect(namedBy(m1, cc(), firmOf(alone))).toEqual(['oic-summit']);
    const supported = 'Delegates came to Astana. They met at the OIC summit.';
    const m2 = matcher.match(supported).find((x) => x.entity === 'oic-summit')!;
    expect(namedBy(m2, cc(), firmOf(supported))).toEqual(['oic-summit', 'oic']);
  });
});
