/**
 * The tooltip's UI strings, keyed in src/static/_locales/en/messages.json and read with the
 * extension's `i18n.getMessage`. The content script reads the API from the global namespace rather
 * than importing webextension-polyfill, so the model and view stay importable in Node and
 * happy-dom, where no extension exists: there (or for a key the catalogue lacks) the English below
 * is used, with `$1`…`$9` replaced the way the browser would. i18n.test.ts checks that this table
 * and messages.json say the same thing.
 */

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
  tooltipMore: 'More',
  tooltipLess: 'Less',
  tooltipMoreLabel: 'Show the whole description',
  tooltipSourceLanguage: 'language $1',
  tooltipAnnounceLoading: '$1: loading facts',
  tooltipAnnounceNone: '$1: no facts from your enabled sources',
  tooltipAnnounceFactsOne: '$1: $2 fact',
  tooltipAnnounceFactsOther: '$1: $2 facts',
  tooltipDateDay: '$1 $2 $3',
  tooltipDateMonth: '$1 $2',
  tooltipMonth1: 'Jan',
  tooltipMonth2: 'Feb',
  tooltipMonth3: 'Mar',
  tooltipMonth4: 'Apr',
  tooltipMonth5: 'May',
  tooltipMonth6: 'Jun',
  tooltipMonth7: 'Jul',
  tooltipMonth8: 'Aug',
  tooltipMonth9: 'Sep',
  tooltipMonth10: 'Oct',
  tooltipMonth11: 'Nov',
  tooltipMonth12: 'Dec',
  tooltipType_country: 'Country',
  tooltipType_region: 'Region',
  tooltipType_city: 'City',
  tooltipType_person: 'Person',
  tooltipType_organization: 'Organization',
  tooltipType_program: 'Programme',
  tooltipType_agreement: 'Agreement',
  tooltipType_event: 'Event',
  tooltipType_other: 'Entity',
} as const;

export type TooltipMessage = keyof typeof TOOLTIP_MESSAGES_EN;

type Subs = string | number | ReadonlyArray<string | number>;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/** `browser.i18n` (Firefox) or `chrome.i18n` (Chrome, and Firefox's alias); absent outside an extension. */
function extensionI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** "$1 facts" with ["5"] → "5 facts"; "$$" is a literal "$", as in the browser. */
export function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

export function t(key: TooltipMessage, subs?: Subs): string {
  const list = subs === undefined ? [] : (typeof subs === 'object' ? [...subs] : [subs]).map(String);
  let text = '';
  try {
    text = extensionI18n()?.getMessage(key, list.length > 0 ? list : undefined) ?? '';
  } catch {
    // An invalidated context (the extension was reloaded under the page) throws: use English.
  }
  return text || substitute(TOOLTIP_MESSAGES_EN[key], list);
}

/** `key` + "One" for 1, `key` + "Other" otherwise, the count being the last substitution. */
export function tCount(
  key: 'tooltipFactCount' | 'tooltipAnnounceFacts',
  n: number,
  before: ReadonlyArray<string | number> = [],
): string {
  return t(`${key}${n === 1 ? 'One' : 'Other'}`, [...before, n]);
}
