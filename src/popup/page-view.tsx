/** "On this page": what the tab mentions, grouped by type; or plainly why there is nothing. */
import { useEffect, useState } from 'preact/hooks';
import { coveringEntries, hostOf } from '../shared/hosts';
import type { PageMention } from '../shared/messages';
import type { Entity } from '../shared/pack-types';
import { withItem, type SaveSettings, type Settings } from '../shared/settings-schema';
import { getEntity } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { entityName } from '../ui/format';
import { t, tCount, uiLanguage } from '../ui/i18n';
import { arrowNav } from '../ui/keys';
import { groupMentions, type MentionGroup } from './mentions';
import { isRestrictedUrl } from './pages';
import { pageMentions, toggleMarking, type TabInfo } from './tab';

type Mentions = { state: 'loading' } | { state: 'failed' } | { state: 'ok'; mentions: PageMention[]; matcherFailed: boolean; markingOff: boolean };

export interface PageViewProps {
  tab: TabInfo | null | undefined;
  settings: Settings | null;
  save: SaveSettings;
  db: CaravanDB | null;
  onChoose: (entity: string) => void;
  /** The entities on the page, each with the first frame that mentions it. */
  onMentions: (frames: Map<string, number>) => void;
}

export function PageView({ tab, settings, save, db, onChoose, onMentions }: PageViewProps) {
  const host = hostOf(tab?.url);
  const restricted = tab === null || (tab?.url !== undefined && isRestrictedUrl(tab.url));
  const paused = !!(settings && host && coveringEntries(settings.pausedSites, host).length);
  const notAllowed = !!(settings && host && settings.runOn === 'allowlist' && !coveringEntries(settings.allowedSites, host).length);
  const [mentions, setMentions] = useState<Mentions>({ state: 'loading' });
  const groups = useGroups(mentions, db);

  useEffect(() => {
    if (!tab || restricted || !settings || paused || notAllowed) return;
    let live = true;
    const ask = (): void => {
      pageMentions(tab.id)
        .then(({ mentions: list, failed, markingOff }) => {
          if (!live) return;
          setMentions({ state: 'ok', mentions: list, matcherFailed: failed, markingOff });
          const frames = new Map<string, number>();
          for (const m of list) if (!frames.has(m.entity)) frames.set(m.entity, m.frameId);
          onMentions(frames);
        })
        .catch(() => live && setMentions({ state: 'failed' }));
    };
    ask();
    // A page that was just resumed marks itself again: ask once more a moment later.
    const again = setTimeout(ask, 800);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [tab, restricted, !!settings, paused, notAllowed]);

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
      .then((enabled) => mentions.state === 'ok' && setMentions({ ...mentions, markingOff: !enabled }))
      .catch(() => undefined);
  };

  let body;
  if (tab === undefined || !settings) body = <p class="muted">{t('popupLoading')}</p>;
  else if (restricted) body = <p class="notice" data-state="restricted">{t('popupCannotRun')}</p>;
  else if (paused)
    body = (
      <div class="notice" data-state="paused">
        <p>{t('popupPausedOn', host!)}</p>
        <button type="button" class="primary" onClick={resume}>
          {t('popupResume')}
        </button>
      </div>
    );
  else if (notAllowed)
    body = (
      <div class="notice" data-state="not-allowed">
        <p>{t('popupNotAllowed', host!)}</p>
        <button type="button" class="primary" onClick={allow}>
          {t('popupAllowSite')}
        </button>
      </div>
    );
  else if (mentions.state === 'loading') body = <p class="muted">{t('popupLoading')}</p>;
  else if (mentions.state === 'failed') body = <p class="notice" data-state="restricted">{t('popupCannotRead')}</p>;
  else if (mentions.matcherFailed && mentions.mentions.length === 0)
    body = (
      <p class="notice error" data-state="failed" role="alert">
        {t('popupMatcherFailed')}
      </p>
    );
  else if (mentions.mentions.length === 0) body = <p class="notice" data-state="none">{t('popupNoMentions')}</p>;
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

function useGroups(mentions: Mentions, db: CaravanDB | null): MentionGroup[] {
  const [groups, setGroups] = useState<MentionGroup[]>([]);
  useEffect(() => {
    if (mentions.state !== 'ok') return;
    const list = mentions.mentions;
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
