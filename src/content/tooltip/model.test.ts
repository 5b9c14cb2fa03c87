import { formatDate as formatPanelDate } from '../../ui/format';
import { describe, expect, it } from 'vitest';
import type { EntityCard, FactView } from '../../shared/messages';
import {
  announcement,
  dirOf,
  displayName,
  factCount,
  formatDate,
  langBadgeLabel,
  primaryLang,
  totalFacts,
  TOP_FACTS,
  typeLabel,
  visibleFacts,
} from './model';

const fact = (id: string, source: string): FactView =>
  ({ id, source, lang: 'en', quote: 'q', summary: { en: 's' }, sourceInfo: { id: source } }) as unknown as FactView;

const card = (facts: FactView[], total = facts.length): EntityCard =>
  ({ entity: { id: 'kazakhstan', names: { en: 'Kazakhstan' } }, facts, total }) as unknown as EntityCard;

describe('tooltip model', () => {
  it('reads the primary language subtag, English when unusable', () => {
    expect(primaryLang('de-AT')).toBe('de');
    expect(primaryLang('FA')).toBe('fa');
    expect(primaryLang('und')).toBe('und');
    expect(primaryLang('')).toBe('en');
    expect(primaryLang(undefined)).toBe('en');
  });

  it('writes Persian and Pashto right to left', () => {
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('ps-AF')).toBe('rtl');
    expect(dirOf('ru')).toBe('ltr');
  });

  it('names the entity in the page language where it has that name, else in English', () => {
    const entity = { id: 'kazakhstan', names: { en: 'Kazakhstan', de: 'Kasachstan' } };
    expect(displayName(entity, 'de-DE')).toEqual({ text: 'Kasachstan', lang: 'de' });
    expect(displayName(entity, 'fa')).toEqual({ text: 'Kazakhstan', lang: 'en' });
  });

  it('drops facts of disabled sources and keeps the top few', () => {
    const facts = Array.from({ length: 8 }, (_, i) => fact(`f${i}`, i % 2 ? 'off' : 'on'));
    expect(visibleFacts(card(facts), []).length).toBe(TOP_FACTS);
    // The four facts of the source left on, in their order: not merely "none of the other".
    expect(visibleFacts(card(facts), ['off']).map((f) => `${f.id}:${f.source}`)).toEqual(['f0:on', 'f2:on', 'f4:on', 'f6:on']);
    expect(visibleFacts(card(facts), ['off', 'on'])).toEqual([]);
    expect(visibleFacts(null, [])).toEqual([]);
  });

  it('counts facts in all, less those of sources switched off since the card was made', () => {
    const facts = [fact('a', 'x'), fact('b', 'y')];
    expect(totalFacts(card(facts, 9), 2, [])).toBe(9);
    expect(totalFacts(card(facts, 9), 1, ['y'])).toBe(8);
    expect(totalFacts(null, 0, [])).toBe(0);
  });

  it('announces the name and the number of facts', () => {
    expect(announcement('Kazakhstan', 5, false)).toBe('Kazakhstan: 5 facts');
    expect(announcement('Kabul', 1, false)).toBe('Kabul: 1 fact');
    expect(announcement('Kabul', 0, false)).toBe('Kabul: no facts from your enabled sources');
    expect(announcement('Kabul', 3, true)).toBe('Kabul: loading facts');
    expect(factCount(1)).toBe('1 fact');
    expect(factCount(4)).toBe('4 facts');
    // A list showing the first 4 of 66 says so, not "66 facts" over 4 items.
    expect(factCount(66, 4)).toBe('4 of 66 facts');
    expect(factCount(4, 4)).toBe('4 facts');
  });

  it('labels entity types and source languages', () => {
    expect(typeLabel('country')).toBe('Country');
    expect(typeLabel('program')).toBe('Programme');
    expect(typeLabel(undefined)).toBe('');
    expect(langBadgeLabel('fa-IR')).toBe('language FA');
  });

  it('formats dates as precise as they are, as the fact panel does', () => {
    expect(formatDate('2023-05-14')).toBe('May 14, 2023');
    expect(formatDate('2023-05-14')).toBe(formatPanelDate('2023-05-14', 'en'));
    expect(formatDate('2022-11')).toBe('Nov 2022');
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate('2023-13')).toBe('2023');
    expect(formatDate(null)).toBe('');
  });
});
