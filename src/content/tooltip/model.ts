/**
 * What the tooltip shows, decided without the DOM: the name in the reader's language, the facts
 * left once disabled sources are removed, the words announced to screen readers. Pure, so it is
 * unit-tested in Node.
 */
import type { EntityCard, FactView } from '../../shared/messages';
import type { Entity, EntityType, Lang } from '../../shared/pack-types';
import { t, tCount, TOOLTIP_MESSAGES_EN, type TooltipMessage } from './i18n';

/** How many facts a tooltip shows; the rest are one click away in the fact panel. */
export const TOP_FACTS = 4;

/** Scripts written right to left among the languages the corpus carries. */
const RTL_LANGS = new Set(['fa', 'ps', 'ar', 'ur', 'he', 'yi', 'dv', 'ug', 'ckb', 'sd']);

/** "de-AT" → "de": the store and the names are keyed by primary subtag only. */
export function primaryLang(lang: string | undefined | null): string {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
}

export function dirOf(lang: string | undefined | null): 'rtl' | 'ltr' {
  return RTL_LANGS.has(primaryLang(lang)) ? 'rtl' : 'ltr';
}

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

/** What a list of facts is called for screen readers: "1 fact", "5 facts". */
export function factCount(total: number): string {
  return tCount('tooltipFactCount', total);
}

/** "2021-03-05" → "5 Mar 2021"; "2021-03" → "Mar 2021"; "2021" stays. Dates are shown, never parsed further. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const monthKey = `tooltipMonth${Number(mo)}`;
  if (!mo || !Object.hasOwn(TOOLTIP_MESSAGES_EN, monthKey)) return y!;
  const month = t(monthKey as TooltipMessage);
  return d ? t('tooltipDateDay', [Number(d), month, y!]) : t('tooltipDateMonth', [month, y!]);
}

/** The language label on a source badge: "FA", "RU". */
export function langBadge(lang: string): string {
  return primaryLang(lang).toUpperCase();
}

/** What a source badge's language is called for screen readers: "language FA". */
export function langBadgeLabel(lang: string): string {
  return t('tooltipSourceLanguage', langBadge(lang));
}
