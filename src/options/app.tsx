/** The options page: sources, where Caravan runs, appearance, backup. Settings only through useSettings. */
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { useSettings } from '../ui/use-settings';
import { useStore } from '../ui/use-store';
import { useTheme } from '../ui/theme';
import { AppearanceSection } from './appearance-section';
import { BackupSection } from './backup-section';
import { MarkingSection } from './marking-section';
import { SitesSection } from './sites-section';
import { SourcesSection } from './sources-section';
import { YourSourcesSection } from './your-sources-section';

export function App() {
  const { settings, save, error } = useSettings();
  const store = useStore();
  // Bumped when the reader's sources change, so the sections that show or export them read again.
  const [sourcesVersion, setSourcesVersion] = useState(0);
  const bump = (): void => setSourcesVersion((v) => v + 1);
  useTheme(settings);
  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsSections')}>
          <ul class="plain-list toc">
            <li><a href="#sources">{t('optionsSources')}</a></li>
            <li><a href="#your-sources">{t('yourSources')}</a></li>
            <li><a href="#sites">{t('optionsWhere')}</a></li>
            <li><a href="#marking">{t('optionsMarking')}</a></li>
            <li><a href="#appearance">{t('optionsAppearance')}</a></li>
            <li><a href="#backup">{t('optionsBackup')}</a></li>
          </ul>
        </nav>
      </header>
      <main>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        {!settings ? (
          <p class="muted">{t('popupLoading')}</p>
        ) : (
          <>
            <SourcesSection db={store.db} unavailable={store.state === 'unavailable'} settings={settings} save={save} />
            <YourSourcesSection settings={settings} save={save} version={sourcesVersion} onChanged={bump} />
            <SitesSection settings={settings} save={save} />
            <MarkingSection db={store.db} settings={settings} save={save} />
            <AppearanceSection settings={settings} save={save} />
            <BackupSection settings={settings} save={save} db={store.db} version={sourcesVersion} onSourcesChanged={bump} />
          </>
        )}
      </main>
    </>
  );
}
