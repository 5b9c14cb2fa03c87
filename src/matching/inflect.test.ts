import { describe, expect, it } from 'vitest';
import { declensionStem } from './inflect';
import { compileMatcher } from './compile';
import type { GazetteerEntry } from '../shared/gazetteer-types';

describe('declensionStem', () => {
  it('gives Pashto words in -ه and -ی the stem their oblique endings replace that letter on', () => {
    expect(declensionStem('کوټه', 'ps')).toBe('کوټ');
    expect(declensionStem('اداره', 'ps')).toBe('ادار');
    expect(declensionStem('کراچی', 'ps')).toBe('کراچ');
    expect(declensionStem('کابل', 'ps')).toBeNull();
    // Too short a stem stays literal.
    expect(declensionStem('ده', 'ps')).toBeNull();
    // Persian forms keep their endings attached (قزاقستانی, کراچی‌ها): no stem.
    expect(declensionStem('کراچی', 'fa')).toBeNull();
  });

  it('gives German adjectives in -isch their -isch stem', () => {
    expect(declensionStem('kasachisches', 'de')).toBe('kasachisch');
    expect(declensionStem('europaische', 'de')).toBe('europaisch');
    expect(declensionStem('kasachisch', 'de')).toBeNull();
    expect(declensionStem('stipendienprogramm', 'de')).toBeNull();
  });

  it('cuts only the -е of a Russian neuter noun in -ие, the whole -ие of an adjective', () => {
    expect(declensionStem('управление', 'ru')).toBe('управлени');
    expect(declensionStem('землетрясение', 'ru')).toBe('землетрясени');
    expect(declensionStem('казахские', 'ru')).toBe('казахск');
    expect(declensionStem('москва', 'ru')).toBe('москв');
  });
});

describe('inflected forms in the matcher', () => {
  const e = (x: Omit<GazetteerEntry, 'description'>): GazetteerEntry => ({ description: `Test entry ${x.id}.`, ...x });
  const entries: GazetteerEntry[] = [
    e({ id: 'quetta', type: 'city', scope: 'context', names: { en: 'Quetta', ps: 'کوټه' } }),
    e({ id: 'karachi', type: 'city', scope: 'context', names: { en: 'Karachi', ps: 'کراچي' } }),
    e({ id: 'scholarships', type: 'other', scope: 'core', names: { en: 'Kazakh scholarships', de: 'Kasachisches Stipendienprogramm für afghanische Studenten' } }),
    e({ id: 'rail', type: 'organization', scope: 'core', names: { en: 'Afghanistan Railway Authority', ru: 'Управление железных дорог Афганистана', ps: 'د افغانستان د اورګاډي اداره' } }),
  ];
  const m = compileMatcher(entries);
  const found = (s: string) => m.match(s).map((x) => [x.text, x.entity]);

  it('finds Pashto oblique forms (کوټې, کراچۍ, ادارې)', () => {
    expect(found('موټر کوټې ته ورسېد')).toEqual([['کوټې', 'quetta']]);
    expect(found('له کراچۍ څخه')).toEqual([['کراچۍ', 'karachi']]);
    expect(found('د افغانستان د اورګاډي ادارې مشر')).toEqual([['د افغانستان د اورګاډي ادارې', 'rail']]);
  });

  it('finds the genitive of a Russian noun in -ие (Управления)', () => {
    expect(found('глава Управления железных дорог Афганистана')).toEqual([['Управления железных дорог Афганистана', 'rail']]);
  });

  it('finds a German name that starts with an adjective in another case (kasachischen …)', () => {
    expect(found('im Rahmen des kasachischen Stipendienprogramms für afghanische Studenten')).toEqual([['kasachischen Stipendienprogramms für afghanische Studenten', 'scholarships']]);
  });

  it('does not take another word on the same stem', () => {
    expect(found('کوټ یې واغوست')).toEqual([]);
  });
});
