/** Search across every entity (any name, any script) and every fact (words of summary and quote). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { log } from '../shared/log';
import { search, type SearchResult } from '../store/queries';
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
): { result: SearchResult | null; query: string } {
  const [state, setState] = useState<{ result: SearchResult | null; query: string }>({ result: null, query: '' });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ result: null, query: '' });
      return;
    }
    if (!db || !disabledSources) return;
    let live = true;
    const timer = setTimeout(() => {
      search(db, q, { disabledSources, limit: LIMIT })
        .then((result) => live && setState({ result, query: q }))
        .catch((err: unknown) => log.warn('search failed:', err));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, query, disabledSources]);
  return state;
}

export function searchSummary(result: SearchResult | null, query: string): string {
  if (!result || !query) return '';
  if (!result.entities.length && !result.facts.length) return t('popupSearchNothing', query);
  return `${tCount('popupSearchNames', result.entities.length)}, ${tCount('popupSearchFacts', result.facts.length)}`;
}

export function SearchResults({
  result,
  query,
  onChoose,
}: {
  result: SearchResult | null;
  /** The query `result` answers. */
  query: string;
  onChoose: (entity: string) => void;
}) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const facts = result?.facts ?? [];
  const topics = useMemo(() => topicsAcross(facts), [facts]);
  const shown = useMemo(() => withTopics(facts, chosen), [facts, chosen]);
  const locale = uiLanguage();
  if (!result) return <p class="muted">{t('popupSearching')}</p>;
  return (
    <section aria-labelledby="search-heading" class="search-results" data-query={query}>
      <h2 id="search-heading" class="visually-hidden">
        {t('popupSearchResults')}
      </h2>
      {result.entities.length > 0 && (
        <>
          <h3>{t('popupSearchNamesHeading')}</h3>
          <ul class="plain-list mentions" onKeyDown={arrowNav}>
            {result.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="mention" data-nav data-entity={e.id} onClick={() => onChoose(e.id)}>
                  <span class="mention-name">{entityName(e, locale)}</span>
                  <span class="muted type">{t(`type_${e.type}`)}</span>
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
          <FactList facts={shown} />
        </>
      )}
    </section>
  );
}
