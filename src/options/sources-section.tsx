/** Every source with its language, date and fact count, each switchable on and off. */
import { useEffect, useState } from 'preact/hooks';
import type { Source } from '../shared/pack-types';
import type { SaveSettings, Settings } from '../shared/settings-schema';
import { log } from '../shared/log';
import { sourcesWithCounts } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { formatDate, languageName } from '../ui/format';
import { t, uiLanguage } from '../ui/i18n';
import { SourceMeta, SourceSwitch } from './source-switch';

type Listed = Source & { facts: number };

export function SourcesSection({
  db,
  unavailable,
  settings,
  save,
}: {
  db: CaravanDB | null;
  unavailable: boolean;
  settings: Settings;
  save: SaveSettings;
}) {
  const [sources, setSources] = useState<Listed[] | null>(null);
  const locale = uiLanguage();

  useEffect(() => {
    if (!db) return;
    sourcesWithCounts(db)
      .then((list) =>
        setSources(
          // The reader's own sources are listed in their own section (your-sources-section.tsx).
          list.filter((s) => !s.reader).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title)),
        ),
      )
      .catch((err: unknown) => {
        log.warn('listing sources failed:', err);
        setSources([]);
      });
  }, [db]);

  const disabled = new Set(settings.disabledSources);
  // Applied to the latest stored list, not this render's: quick toggles each keep their change.
  const enabledCount = sources ? sources.filter((s) => !disabled.has(s.id)).length : 0;

  return (
    <section aria-labelledby="sources-heading" id="sources">
      <h2 id="sources-heading">{t('optionsSources')}</h2>
      <p class="muted">{t('optionsSourcesHelp')}</p>
      {unavailable ? (
        <p class="notice error">{t('popupStoreUnavailable')}</p>
      ) : sources === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : sources.length === 0 ? (
        <p class="notice">{t('optionsNoSources')}</p>
      ) : (
        <>
          <p class="muted" aria-live="polite">
            {t('optionsSourcesEnabled', [enabledCount, sources.length])}
          </p>
          <ul class="plain-list sources">
            {sources.map((s) => {
              const id = `src-${s.id}`;
              return (
                <li key={s.id} class="source" data-source={s.id}>
                  <SourceSwitch source={s.id} disabled={disabled} save={save} />
                  <label for={id}>
                    <span class="source-title" lang={s.lang} dir={s.dir}>
                      {s.title}
                    </span>
                    {s.titleEn && (
                      <span class="source-title-en muted" lang="en" dir="ltr">
                        {s.titleEn}
                      </span>
                    )}
                  </label>
                  <SourceMeta source={s.id} details={[languageName(s.lang, locale), formatDate(s.published, locale) || t('optionsUndated'), s.outlet]} facts={s.facts} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
