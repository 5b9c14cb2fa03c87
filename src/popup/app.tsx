/** The fact panel: the shell paints at once; the tab, settings and store fill it as they arrive. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { useStore } from '../ui/use-store';
import { useTheme } from '../ui/theme';
import { EntityView } from './entity-view';
import { PageView } from './page-view';
import { AddPage } from './add-page';
import { SearchResults, searchSummary, useSearch } from './search-results';
import { resolveTab, revealEntity, type TabInfo } from './tab';
import { TimelineView } from './timeline-view';
import { queryTools } from './query-matcher';
import { log } from '../shared/log';

type View = 'page' | 'timeline';

function initialEntity(): string | null {
  const id = new URLSearchParams(location.search).get('entity');
  return id && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : null;
}

export function App() {
  const store = useStore();
  const { settings, save, error } = useSettings();
  useTheme(settings);
  const [tab, setTab] = useState<TabInfo | null | undefined>(undefined);
  const [view, setView] = useState<View>('page');
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string | null>(initialEntity);
  const onPage = useRef(new Map<string, number>());
  const disabledSources = settings?.disabledSources ?? null;
  const search = useSearch(store.db, query, disabledSources);

  useEffect(() => {
    // The search's matcher compiles while the panel paints, so the first query does not wait for it.
    queryTools().catch((err: unknown) => log.warn('query matcher failed to compile:', err));
    resolveTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, []);

  const choose = useCallback(
    (id: string) => {
      setEntity(id);
      const frame = onPage.current.get(id);
      if (tab && frame !== undefined) void revealEntity(tab.id, id, frame);
    },
    [tab],
  );
  const onMentions = useCallback((frames: Map<string, number>) => {
    onPage.current = frames;
  }, []);

  const searching = query.trim() !== '';
  let content;
  if (entity) {
    content = <EntityView db={store.db} entityId={entity} disabledSources={disabledSources} onBack={() => setEntity(null)} />;
  } else if (searching) {
    content = (
      <SearchResults
        result={search.query ? search.result : null}
        query={search.query}
        suggestions={search.suggestions}
        onChoose={choose}
        onSuggest={setQuery}
      />
    );
  } else if (view === 'timeline') {
    content = <TimelineView db={store.db} disabledSources={disabledSources} />;
  } else {
    content = <PageView tab={tab} settings={settings} save={save} db={store.db} onChoose={choose} onMentions={onMentions} />;
  }

  return (
    <>
      <header class="top">
        <div class="title-row">
          <h1>{t('extName')}</h1>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupSettings')}
          </button>
        </div>
        <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
          <label for="q" class="visually-hidden">
            {t('popupSearchLabel')}
          </label>
          <input
            id="q"
            type="search"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('popupSearchPlaceholder')}
            aria-describedby="search-status"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setEntity(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                setQuery('');
              }
            }}
          />
        </form>
        <p id="search-status" role="status" aria-live="polite" class={searching ? 'muted status' : 'visually-hidden'}>
          {searching ? searchSummary(search.result, search.query) : ''}
        </p>
        {!searching && !entity && (
          <nav aria-label={t('popupViews')} class="views">
            <button type="button" aria-pressed={view === 'page'} class="chip" onClick={() => setView('page')}>
              {t('popupOnThisPage')}
            </button>
            <button type="button" aria-pressed={view === 'timeline'} class="chip" onClick={() => setView('timeline')}>
              {t('popupTimeline')}
            </button>
          </nav>
        )}
      </header>
      <main id="main">
        {store.state === 'unavailable' && <p class="notice error">{t('popupStoreUnavailable')}</p>}
        {error && <p class="notice error">{error}</p>}
        {content}
        {view === 'page' && !searching && !entity && <AddPage tab={tab} />}
      </main>
    </>
  );
}
