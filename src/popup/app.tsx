/**
 * The fact panel: the shell paints at once; the tab, settings and store fill it as they arrive.
 * One app for the toolbar popup and the side panel (src/sidepanel/): a `Surface` says where it
 * runs, which tab it is about and what more it offers.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { useStore } from '../ui/use-store';
import { useTheme } from '../ui/theme';
import { EntityView } from './entity-view';
import { PageView } from './page-view';
import { AddPage } from './add-page';
import { SearchResults, searchSummary, useSearch } from './search-results';
import { entitiesOnPage, type OnPage } from './on-page';
import { revealEntity, type TabInfo } from './tab';
import { usePageMentions } from './use-page';
import { TimelineView } from './timeline-view';
import { queryTools } from './query-matcher';
import { log } from '../shared/log';

export type { OnPage };

type View = 'page' | 'timeline';

const ENTITY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function initialEntity(): string | null {
  const id = new URLSearchParams(location.search).get('entity');
  return id && ENTITY_ID.test(id) ? id : null;
}

export interface Surface {
  /** The tab the panel is about (undefined while it is found, null: none); `revision` changes when its page should be read again. */
  useTab(): { tab: TabInfo | null | undefined; revision: number };
  /** An entity asked for from outside while the panel is open (the tooltip's "See all"), with a serial so the same one asked twice counts. */
  useRequest?(): { entity: string; serial: number } | null;
  /** More in the header's title row (the popup's "open in the side panel"). */
  headerTools?(props: { tab: TabInfo | null | undefined }): ComponentChildren;
  /** More under an entity's heading when the page mentions it (the side panel's stepper). */
  entityTools?(props: { tab: TabInfo; entity: string; onPage: OnPage; revision: number }): ComponentChildren;
}

export function App({ surface }: { surface: Surface }) {
  const store = useStore();
  const { settings, save, error } = useSettings();
  useTheme(settings);
  const { tab, revision } = surface.useTab();
  const [view, setView] = useState<View>('page');
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string | null>(initialEntity);
  const disabledSources = settings?.disabledSources ?? null;
  const search = useSearch(store.db, query, disabledSources);
  // Pausing or allowing a site asks the page again (it stops or starts marking).
  const sites = settings ? JSON.stringify([settings.runOn, settings.pausedSites, settings.allowedSites]) : '';
  const [page, setPage] = usePageMentions(settings ? tab : undefined, revision, sites);
  const onPage = useMemo(() => entitiesOnPage(page.state === 'ok' ? page.tally : []), [page]);

  const request = surface.useRequest?.() ?? null;
  useEffect(() => {
    if (!request) return;
    setQuery('');
    setEntity(request.entity);
  }, [request?.serial]);

  useEffect(() => {
    // The search's matcher compiles while the panel paints, so the first query does not wait for it.
    queryTools().catch((err: unknown) => log.warn('query matcher failed to compile:', err));
  }, []);

  const choose = useCallback(
    (id: string) => {
      setEntity(id);
      const found = onPage.get(id);
      if (tab && found) void revealEntity(tab.id, id, found.frame);
    },
    [tab, onPage],
  );

  const searching = query.trim() !== '';
  let content;
  if (entity) {
    const here = onPage.get(entity);
    const tools = tab && here && surface.entityTools?.({ tab, entity, onPage: here, revision });
    content = <EntityView db={store.db} entityId={entity} disabledSources={disabledSources} onBack={() => setEntity(null)} tools={tools} />;
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
    content = <PageView tab={tab} page={page} setPage={setPage} settings={settings} save={save} db={store.db} onChoose={choose} />;
  }

  return (
    <>
      <header class="top">
        <div class="title-row">
          <h1>{t('extName')}</h1>
          <div class="title-tools">
            {surface.headerTools?.({ tab })}
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popupSettings')}
            </button>
          </div>
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
