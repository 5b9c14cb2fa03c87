/**
 * What the tooltip shows, decided without the DOM: the name in the reader's language, the facts
 * left once disabled sources are removed, the words announced to screen readers. Pure, so it is
 * unit-tested in Node.
 */
import type { EntityCard, FactView } from '../../shared/messages';
import type { Entity, EntityType, Lang } from '../../shared/pack-types';
import { dirOf, primarySubtag } from '../../shared/text-direction';
import { formatDate as formatDateIn } from '../../ui/format';
import { uiLanguage } from '../../ui/i18n';
import { t, tCount, TOOLTIP_MESSAGES_EN } from './i18n';

import { TOP_FACTS } from './limits';

export { TOP_FACTS };

/** "de-AT" → "de": the store and the names are keyed by primary subtag only; English where there is none. */
export function primaryLang(lang: string | undefined | null): string {
  return primarySubtag(lang) || 'en';
}

export { dirOf };

/** The entity's name in the page's language where it has one, else English, with that name's language. */
export function displayName(entity: Pick<Entity, 'names' | 'id'>, pageLang: string): { text: string; lang: string } {
  const lang = primaryLang(pageLang);
  const local = entity.names[lang as Lang];
  if (local) return { text: local, lang };
  return { text: entity.names.en ?? entity.id, lang: 'en' };
}

export function typeLabel(type: EntityType | undefined): string {
  // Keys are named after the type; a type the catalogue lacks (data newer than the code) shows none.
  const key = `tooltipType_${type}` as `tooltipType_${EntityType}`;
  return type && Object.hasOwn(TOOLTIP_MESSAGES_EN, key) ? t(key) : '';
}

/** "countries", "people": a type in the plural, for "Don't mark …"; '' for a type the catalogue lacks. */
export function typePlural(type: EntityType | undefined): string {
  const key = `tooltipTypePlural_${type}` as `tooltipTypePlural_${EntityType}`;
  return type && Object.hasOwn(TOOLTIP_MESSAGES_EN, key) ? t(key) : '';
}

/**
 * The facts to show. The background already filters by the reader's sources; filtering again here
 * makes a source switched off in the options vanish from an open tab at once, even from a card
 * the background computed a moment before the switch.
 */
export function visibleFacts(card: EntityCard | null, disabledSources: readonly string[]): FactView[] {
  if (!card) return [];
  const off = new Set(disabledSources);
  return card.facts.filter((f) => !off.has(f.source)).slice(0, TOP_FACTS);
}

/** How many facts the enabled sources hold in all (never fewer than we show). */
export function totalFacts(card: EntityCard | null, shown: number, disabledSources: readonly string[]): number {
  if (!card) return 0;
  const removed = card.facts.filter((f) => disabledSources.includes(f.source)).length;
  return Math.max(shown, card.total - removed);
}

export function announcement(name: string, total: number, loading: boolean): string {
  if (loading) return t('tooltipAnnounceLoading', name);
  if (total === 0) return t('tooltipAnnounceNone', name);
  return tCount('tooltipAnnounceFacts', total, [name]);
}

/** What a list of facts is called for screen readers: "1 fact", "5 facts"; "4 of 66 facts" where it shows only the first. */
export function factCount(total: number, shown = total): string {
  return shown < total ? t('tooltipFactsShown', [shown, total]) : tCount('tooltipFactCount', total);
}

/** A fact's date as the fact panel shows it (the one formatter, ui/format.ts), in the browser's UI language. */
export function formatDate(iso: string | null | undefined): string {
  return formatDateIn(iso, uiLanguage());
}

/** The language label on a source badge: "FA", "RU". */
export function langBadge(lang: string): string {
  return primaryLang(lang).toUpperCase();
}

/** What a source badge's language is called for screen readers: "language FA". */
export function langBadgeLabel(lang: string): string {
  return t('tooltipSourceLanguage', langBadge(lang));
}
