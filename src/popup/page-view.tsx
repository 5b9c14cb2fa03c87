/** "On this page": what the tab mentions, grouped by type; or plainly why there is nothing. */
import { useEffect, useState } from 'preact/hooks';
import { coveringEntries, hostOf } from '../shared/hosts';
import type { Entity } from '../shared/pack-types';
import { withItem, type SaveSettings, type Settings } from '../shared/settings-schema';
import { getEntity } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { entityName } from '../ui/format';
import { t, tCount, uiLanguage } from '../ui/i18n';
import { arrowNav } from '../ui/keys';
import { groupMentions, type MentionGroup } from './mentions';
import { toggleMarking, type TabInfo } from './tab';
import { restrictedTab, type PageState } from './use-page';

export interface PageViewProps {
  tab: TabInfo | null | undefined;
  /** What the tab's content scripts said (use-page.ts); `setPage` records marking turned back on. */
  page: PageState;
  setPage: (next: PageState) => void;
  settings: Settings | null;
  save: SaveSettings;
  db: CaravanDB | null;
  onChoose: (entity: string) => void;
}

/** The page's host: from the tab's address where the panel may read it, else as its content script says. */
export function pageHost(tab: TabInfo | null | undefined, page: PageState): string | undefined {
  return hostOf(tab?.url) ?? (page.state === 'ok' ? page.host : undefined);
}

export function PageView({ tab, page, setPage, settings, save, db, onChoose }: PageViewProps) {
  const host = pageHost(tab, page);
  const restricted = restrictedTab(tab);
  const paused = !!(settings && host && coveringEntries(settings.pausedSites, host).length);
  const notAllowed = !!(settings && host && settings.runOn === 'allowlist' && !coveringEntries(settings.allowedSites, host).length);
  const mentions = page;
  const groups = useGroups(mentions, db);

  const pause = (): void => {
    if (host) void save((now) => ({ pausedSites: withItem(now.pausedSites, host, true) })).catch(() => undefined);
  };
  const resume = (): void => {
    if (host) void save((now) => ({ pausedSites: now.pausedSites.filter((s) => !coveringEntries([s], host).length) })).catch(() => undefined);
  };
  const allow = (): void => {
    if (host) void save((now) => ({ allowedSites: withItem(now.allowedSites, host, true) })).catch(() => undefined);
  };

  const markingOn = (): void => {
    if (!tab) return;
    toggleMarking(tab.id)
      .then((enabled) => mentions.state === 'ok' && setPage({ ...mentions, markingOff: !enabled }))
      .catch(() => undefined);
  };

  let body;
  if (tab === undefined || !settings) body = <p class="muted">{t('popupLoading')}</p>;
  else if (restricted) body = <p class="notice" data-state="restricted">{t('popupCannotRun')}</p>;
  else if (paused) body = <SiteNotice state="paused" text={t('popupPausedOn', host!)} action={t('popupResume')} onAct={resume} />;
  else if (notAllowed) body = <SiteNotice state="not-allowed" text={t('popupNotAllowed', host!)} action={t('popupAllowSite')} onAct={allow} />;
  else if (mentions.state === 'loading') body = <p class="muted">{t('popupLoading')}</p>;
  else if (mentions.state === 'failed') body = <p class="notice" data-state="restricted">{t('popupCannotRead')}</p>;
  else if (mentions.matcherFailed && mentions.tally.length === 0)
    body = (
      <p class="notice error" data-state="failed" role="alert">
        {t('popupMatcherFailed')}
      </p>
    );
  else if (mentions.tally.length === 0) body = <p class="notice" data-state="none">{t('popupNoMentions')}</p>;
  else
    body = (
      <>
        {mentions.matcherFailed && (
          <p class="notice error" data-state="partly-failed" role="alert">
            {t('popupMatcherFailedPart')}
          </p>
        )}
        <Groups groups={groups} onChoose={onChoose} />
      </>
    );

  return (
    <section aria-labelledby="page-heading">
      <div class="section-head">
        <h2 id="page-heading">{t('popupOnThisPage')}</h2>
        {settings && host && !restricted && !paused && (
          <button type="button" class="pause" onClick={pause}>
            {t('popupPauseSite')}
          </button>
        )}
      </div>
      {host && !restricted && <p class="muted host">{host}</p>}
      {mentions.state === 'ok' && mentions.markingOff && (
        <div class="notice" data-state="marking-off" role="status">
          <p>{t('popupMarkingOff')}</p>
          <button type="button" onClick={markingOn}>
            {t('popupMarkingOn')}
          </button>
        </div>
      )}
      {body}
    </section>
  );
}

function useGroups(mentions: PageState, db: CaravanDB | null): MentionGroup[] {
  const [groups, setGroups] = useState<MentionGroup[]>([]);
  useEffect(() => {
    if (mentions.state !== 'ok') return;
    const list = mentions.tally;
    const locale = uiLanguage();
    // First without names (the page's own words), then with the store's.
    setGroups(groupMentions(list, () => undefined));
    if (!db) return;
    let live = true;
    const ids = [...new Set(list.map((m) => m.entity))];
    Promise.all(ids.map((id) => getEntity(db, id).catch(() => null)))
      .then((entities) => {
        if (!live) return;
        const known = new Map<string, Entity>();
        entities.forEach((e) => e && known.set(e.id, e));
        setGroups(
          groupMentions(list, (id) => {
            const e = known.get(id);
            return e ? { entity: e, name: entityName(e, locale) } : undefined;
          }),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [mentions, db]);
  return groups;
}

function Groups({ groups, onChoose }: { groups: MentionGroup[]; onChoose: (id: string) => void }) {
  return (
    <div class="groups" onKeyDown={arrowNav}>
      {groups.map((g) => (
        <div class="group" key={g.type} role="group" aria-labelledby={`group-${g.type}`}>
          <h3 id={`group-${g.type}`}>{t(`typeGroup_${g.type}`)}</h3>
          <ul class="plain-list mentions">
            {g.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="mention" data-nav data-entity={e.id} onClick={() => onChoose(e.id)}>
                  <span class="mention-name">{e.name}</span>
                  <span class="count" aria-hidden="true">
                    {e.count}
                  </span>
                  <span class="visually-hidden">{`, ${tCount('popupMentionCount', e.count)}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Why Caravan does not run on this site, and the one button that makes it run (resume, allow). */
function SiteNotice({ state, text, action, onAct }: { state: string; text: string; action: string; onAct: () => void }) {
  return (
    <div class="notice" data-state={state}>
      <p>{text}</p>
      <button type="button" class="primary" onClick={onAct}>
        {action}
      </button>
    </div>
  );
}
