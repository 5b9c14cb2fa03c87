import { describe, expect, it } from 'vitest';
import { dashGaps } from './dash-gaps';
import { compileMatcher } from './compile';
import { FIXTURE } from './test-fixture';
import type { GazetteerEntry } from '../shared/gazetteer-types';

describe('dashGaps', () => {
  it('lets a hyphen joint be written with an unspaced dash, a dash joint with any dash', () => {
    expect(dashGaps('-')).toEqual(['\u2013', '\u2014']);
    expect(dashGaps('\u2013')).toEqual(['\u2013', '\u2014', ' \u2013 ', ' \u2014 ']);
    expect(dashGaps(' \u2014 ')).toEqual(['\u2013', '\u2014', ' \u2013 ', ' \u2014 ']);
  });

  it('gives nothing for other separators', () => {
    expect(dashGaps(' ')).toEqual([]);
    expect(dashGaps('. ')).toEqual([]);
    expect(dashGaps('--')).toEqual([]);
  });
});

describe('route names with any dash in the matcher', () => {
  const e = (x: Omit<GazetteerEntry, 'description'>): GazetteerEntry => ({ description: `Test entry ${x.id}.`, ...x });
  const entries: GazetteerEntry[] = [
    ...FIXTURE,
    e({ id: 'line', type: 'other', scope: 'core', names: { en: 'Turgundi-Herat railway', ru: 'железная дорога Тургунди — Герат', fa: 'خط برق سرخان-پلخمری' } }),
    e({ id: 'mazar', type: 'city', scope: 'core', names: { en: 'Mazar-i-Sharif', ru: 'Мазари-Шариф' } }),
  ];
  const m = compileMatcher(entries);
  const found = (s: string) => m.match(s).map((x) => [x.text, x.entity]);

  it('matches a hyphenated form written with an en or em dash', () => {
    expect(found('the Turgundi–Herat railway opened')).toEqual([['Turgundi–Herat railway', 'line']]);
    expect(found('the Turgundi—Herat railway opened')).toEqual([['Turgundi—Herat railway', 'line']]);
    expect(found('کار ساخت خط برق سرخان–پل‌خمری ادامه دارد')).toEqual([['خط برق سرخان–پل‌خمری', 'line']]);
  });

  it('matches a spaced-dash form with an unspaced or other dash', () => {
    expect(found('железная дорога Тургунди–Герат')).toEqual([['железная дорога Тургунди–Герат', 'line']]);
    expect(found('железная дорога Тургунди — Герат')).toEqual([['железная дорога Тургунди — Герат', 'line']]);
  });

  it('never reads a spaced dash as a hyphen joint', () => {
    expect(found('Мазари — Шариф')).toEqual([]);
    expect(found('Мазари-Шариф')).toEqual([['Мазари-Шариф', 'mazar']]);
  });
});
