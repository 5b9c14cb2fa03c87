/**
 * The tooltip's UI strings, keyed in src/static/_locales/en/messages.json and read through the one
 * `t` (ui/i18n.ts). The English below is registered as its fallback, so the model and view work in
 * Node and happy-dom, where no extension exists. i18n.test.ts checks that this table and
 * messages.json say the same thing.
 */
import { addFallbacks, substitute, t as uiT, tCount as uiTCount } from '../../ui/i18n';

export const TOOLTIP_MESSAGES_EN = {
  /** The language these strings are written in, set on the card so they are read in it. */
  tooltipLang: 'en',
  tooltipPin: 'Pin',
  tooltipClose: 'Close',
  tooltipOpenPanel: 'See all in the fact panel',
  tooltipLoading: 'Loading facts…',
  tooltipError: 'Facts could not be loaded. Hover again to retry.',
  tooltipUnknownEntity: 'No sourced facts about this name yet.',
  tooltipNoEnabledFacts: 'No facts from your enabled sources.',
  tooltipFactCountOne: '$1 fact',
  tooltipFactCountOther: '$1 facts',
  tooltipShowQuote: 'Show quote',
  tooltipHideQuote: 'Hide quote',
  tooltipShowQuoteFrom: 'Show the quote from $1',
  tooltipCopy: 'Copy citation',
  tooltipCopyFrom: 'Copy the citation of the fact from $1 (key C)',
  tooltipCopied: 'Copied',
  tooltipCopyFailed: 'Copy failed',
  tooltipHideQuoteFrom: 'Hide the quote from $1',
  tooltipFactsShown: '$1 of $2 facts',
  tooltipPublished: 'published $1',
  tooltipReaderQuote: 'Your source: its own words, with no checked English summary.',
  tooltipReaderBadge: 'Yours',
  tooltipMore: 'More',
  tooltipLess: 'Less',
  tooltipMoreLabel: 'Show the whole description',
  tooltipSourceLanguage: 'language $1',
  tooltipAnnounceLoading: '$1: loading facts',
  tooltipAnnounceNone: '$1: no facts from your enabled sources',
  tooltipAnnounceFactsOne: '$2: $1 fact',
  tooltipAnnounceFactsOther: '$2: $1 facts',
  tooltipType_country: 'Country',
  tooltipType_region: 'Region',
  tooltipType_city: 'City',
  tooltipType_person: 'Person',
  tooltipType_organization: 'Organization',
  tooltipType_program: 'Programme',
  tooltipType_agreement: 'Agreement',
  tooltipType_event: 'Event',
  tooltipType_other: 'Entity',
  tooltipNothingYet: 'The sources say nothing about it yet.',
  tooltipOnlyDisabledFacts: 'Its facts are only in sources you turned off.',
  tooltipMuteEntity: 'Don’t mark $1',
  tooltipMuteType: 'Don’t mark $1',
  tooltipTypePlural_country: 'countries',
  tooltipTypePlural_region: 'regions',
  tooltipTypePlural_city: 'cities',
  tooltipTypePlural_person: 'people',
  tooltipTypePlural_organization: 'organizations',
  tooltipTypePlural_program: 'programmes',
  tooltipTypePlural_agreement: 'agreements',
  tooltipTypePlural_event: 'events',
  tooltipTypePlural_other: 'entities of this kind',
} as const;

export type TooltipMessage = keyof typeof TOOLTIP_MESSAGES_EN;

addFallbacks(TOOLTIP_MESSAGES_EN);

type Subs = string | number | ReadonlyArray<string | number>;

/** The one `t` (ui/i18n.ts), typed to the tooltip's keys. */
export const t: (key: TooltipMessage, subs?: Subs) => string = uiT;

/** The one `tCount` (ui/i18n.ts): `key` + "One"/"Other", the count being `$1`. */
export const tCount: (key: 'tooltipFactCount' | 'tooltipAnnounceFacts', n: number, more?: ReadonlyArray<string | number>) => string = uiTCount;

export { substitute };
