/** Where Caravan runs: every site or an allow-list; paused sites (then the keyboard shortcuts, shortcuts-section.tsx). */
import { useState } from 'preact/hooks';
import { normalizeHost } from '../shared/hosts';
import { withItem, type SaveSettings as Save, type Settings } from '../shared/settings-schema';
import { t } from '../ui/i18n';
import { Shortcuts } from './shortcuts-section';


function SiteList({ sites, label, onRemove, listId }: { sites: string[]; label: string; onRemove: (s: string) => void; listId: string }) {
  if (!sites.length) return <p class="muted">{t('optionsNoSites')}</p>;
  return (
    <ul class="plain-list sites" id={listId} aria-label={label}>
      {sites.map((site) => (
        <li key={site} data-site={site}>
          <span>{site}</span>{' '}
          <button type="button" onClick={() => onRemove(site)} aria-label={t('optionsRemoveSite', site)}>
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddSite({ onAdd }: { onAdd: (host: string) => Promise<void> }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (e: Event): void => {
    e.preventDefault();
    const host = normalizeHost(value);
    if (!host) {
      setProblem(t('optionsBadHost', value));
      return;
    }
    setProblem('');
    void onAdd(host).then(() => setValue(''));
  };
  return (
    <form class="row" onSubmit={submit}>
      <label for="add-site">{t('optionsAddSiteLabel')}</label>
      <input
        id="add-site"
        type="text"
        value={value}
        placeholder="example.org"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'add-site-problem' : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit">{t('optionsAdd')}</button>
      {problem && (
        <p id="add-site-problem" class="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

export function SitesSection({ settings, save }: { settings: Settings; save: Save }) {
  const setRunOn = (runOn: Settings['runOn']): void => void save({ runOn }).catch(() => undefined);
  return (
    <section aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">{t('optionsWhere')}</h2>
      <fieldset>
        <legend>{t('optionsRunOn')}</legend>
        {(['all', 'allowlist'] as const).map((v) => (
          <label key={v} class="radio">
            <input type="radio" name="runOn" value={v} checked={settings.runOn === v} onChange={() => setRunOn(v)} />{' '}
            {t(v === 'all' ? 'optionsRunOnAll' : 'optionsRunOnAllowlist')}
          </label>
        ))}
      </fieldset>
      {settings.runOn === 'allowlist' && (
        <div class="sub">
          <h3>{t('optionsAllowedSites')}</h3>
          <SiteList
            sites={settings.allowedSites}
            label={t('optionsAllowedSites')}
            listId="allowed-sites"
            onRemove={(s) => void save((now) => ({ allowedSites: withItem(now.allowedSites, s, false) })).catch(() => undefined)}
          />
          <AddSite onAdd={async (h) => void (await save((now) => ({ allowedSites: withItem(now.allowedSites, h, true) })))} />
        </div>
      )}
      <div class="sub">
        <h3>{t('optionsPausedSites')}</h3>
        <p class="muted">{t('optionsPausedHelp')}</p>
        <SiteList
          sites={settings.pausedSites}
          label={t('optionsPausedSites')}
          listId="paused-sites"
          onRemove={(s) => void save((now) => ({ pausedSites: withItem(now.pausedSites, s, false) })).catch(() => undefined)}
        />
      </div>
      <Shortcuts />
    </section>
  );
}
