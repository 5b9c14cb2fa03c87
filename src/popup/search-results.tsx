/**
 * Search across every entity and every fact: the query goes through the content script's matcher
 * (any script, any inflection), so a name finds its entity's facts; the facts' own words match too;
 * a query that names nothing gets "did you mean" from the closest names.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { namesInQuery, suggest, type NameHit, type Suggestion } from '../search/query-names';
import { log } from '../shared/log';
import { queryTools } from './query-matcher';
import { search, type SearchReason, type SearchResult } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { entityName } from '../ui/format';
import { t, tCount, uiLanguage } from '../ui/i18n';
import { arrowNav } from '../ui/keys';
import { FactList } from './fact-item';
import { topicsAcross, withTopics } from './timeline';
import { TopicChips } from './topic-chips';

const DEBOUNCE_MS = 100;
const LIMIT = 25;

/** Runs the search `DEBOUNCE_MS` after typing stops; reports the counts for the live region. */
export function useSearch(
  db: CaravanDB | null,
  query: string,
  disabledSources: string[] | null,
): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, query: '', suggestions: [] });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ result: null, query: '', suggestions: [] });
      return;
    }
    if (!db || !disabledSources) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        let names: NameHit[] = [];
        let tools = null;
        try {
          tools = await queryTools();
          // Synchronous work on the popup's thread, measured for the end-to-end test's report.
          performance.mark('caravan-names-start');
          names = namesInQuery(tools.matcher, q);
          performance.measure('caravan-query-names', 'caravan-names-start');
        } catch (err) {
          // The facts' words still match without the matcher.
          log.warn('query matcher unavailable:', err);
        }
        if (!live) return;
        const result = await search(db, q, { disabledSources, limit: LIMIT, names });
        performance.mark('caravan-suggest-start');
        const suggestions = tools && result.entities.length === 0 ? suggest(tools.suggestions(), q) : [];
        performance.measure('caravan-suggest', 'caravan-suggest-start');
        if (live) setState({ result, query: q, suggestions });
      })().catch((err: unknown) => log.warn('search failed:', err));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, query, disabledSources]);
  return state;
}

export interface SearchState {
  result: SearchResult | null;
  /** The query `result` answers. */
  query: string;
  /** Names a typo may have meant, where the query names no entity. */
  suggestions: Suggestion[];
}

/** Unicode first-strong isolate: a Persian query keeps its own direction inside the English line. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** "name: Казахстан → Kazakhstan" or "text", for a result. */
export function reasonText(reason: SearchReason, nameOf: (entity: string) => string): string {
  return reason.kind === 'name' ? t('popupMatchedName', [isolate(reason.text), isolate(nameOf(reason.entity))]) : t('popupMatchedText');
}

export function searchSummary(result: SearchResult | null, query: string): string {
  if (!result || !query) return '';
  if (!result.entities.length && !result.facts.length) return t('popupSearchNothing', query);
  return `${tCount('popupSearchNames', result.entities.length)}, ${tCount('popupSearchFacts', result.facts.length)}`;
}

export function SearchResults({
  result,
  query,
  suggestions,
  onChoose,
  onSuggest,
}: {
  result: SearchResult | null;
  /** The query `result` answers. */
  query: string;
  suggestions: Suggestion[];
  onChoose: (entity: string) => void;
  /** Searches for a suggested name instead. */
  onSuggest: (name: string) => void;
}) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const facts = result?.facts ?? [];
  const topics = useMemo(() => topicsAcross(facts), [facts]);
  const shown = useMemo(() => withTopics(facts, chosen), [facts, chosen]);
  const locale = uiLanguage();
  const names = useMemo(() => new Map((result?.entities ?? []).map((e) => [e.id, entityName(e, locale)])), [result, locale]);
  if (!result) return <p class="muted">{t('popupSearching')}</p>;
  const nameOf = (id: string): string => names.get(id) ?? id;
  const why = (id: string): string[] => (result.why[id] ?? []).map((r) => reasonText(r, nameOf));
  return (
    <section aria-labelledby="search-heading" class="search-results" data-query={query}>
      <h2 id="search-heading" class="visually-hidden">
        {t('popupSearchResults')}
      </h2>
      {suggestions.length > 0 && (
        <p class="did-you-mean" data-suggestions>
          {t('popupDidYouMean')}{' '}
          {suggestions.map((s, i) => (
            <span key={s.entity}>
              {i > 0 ? ', ' : ''}
              <button type="button" class="link" data-suggestion={s.entity} onClick={() => onSuggest(s.name)}>
                <bdi>{s.name}</bdi>
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      {result.entities.length > 0 && (
        <>
          <h3>{t('popupSearchNamesHeading')}</h3>
          <ul class="plain-list mentions" onKeyDown={arrowNav}>
            {result.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="mention" data-nav data-entity={e.id} onClick={() => onChoose(e.id)}>
                  <span class="mention-name">{entityName(e, locale)}</span>
                  <span class="muted type">{t(`type_${e.type}`)}</span>
                  {why(e.id).length > 0 && (
                    <span class="muted why" data-why>
                      {why(e.id).join('; ')}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {facts.length > 0 && (
        <>
          <h3>{t('popupSearchFactsHeading')}</h3>
          <TopicChips topics={topics} chosen={chosen} onChange={setChosen} />
          <FactList facts={shown} why={why} />
        </>
      )}
    </section>
  );
}
