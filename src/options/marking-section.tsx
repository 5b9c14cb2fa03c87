/**
 * What gets marked (decision 0190): context entities (other states, world bodies, regions) on
 * topic pages only, everywhere or never; entities without facts dimmed or not marked; the entities
 * and types the reader muted (from a tooltip or here), each with a way back.
 */
import { useEffect, useState } from 'preact/hooks';
import { log } from '../shared/log';
import { ENTITY_TYPES, type Settings } from '../shared/settings-schema';
import { getEntity } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { t } from '../ui/i18n';
import { Radios } from './radios';

type Save = (p: Partial<Settings>) => Promise<Settings>;

/** Entity id → its English name, from the store (the id where the store does not know it). */
function useNames(db: CaravanDB | null, ids: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = ids.join(',');
  useEffect(() => {
    if (!db) return;
    Promise.all(ids.map(async (id) => [id, (await getEntity(db, id))?.names.en ?? id] as const))
      .then((pairs) => setNames(Object.fromEntries(pairs)))
      .catch((error: unknown) => log.warn('entity names unavailable:', error));
    // Keyed by the ids' content, not the array's identity.
  }, [db, key]);
  return names;
}

export function MarkingSection({ db, settings, save }: { db: CaravanDB | null; settings: Settings; save: Save }) {
  const names = useNames(db, settings.mutedEntities);
  const unmute = (id: string) => void save({ mutedEntities: settings.mutedEntities.filter((e) => e !== id) }).catch(() => undefined);
  const toggleType = (type: (typeof ENTITY_TYPES)[number], on: boolean) => {
    const next = on ? [...settings.mutedTypes, type] : settings.mutedTypes.filter((x) => x !== type);
    void save({ mutedTypes: ENTITY_TYPES.filter((x) => next.includes(x)) }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="marking-heading" id="marking">
      <h2 id="marking-heading">{t('optionsMarking')}</h2>
      <Radios
        name="contextMarking"
        legend={t('optionsContextMarking')}
        help={t('optionsContextMarkingHelp')}
        values={['topic', 'everywhere', 'never'] as const}
        current={settings.contextMarking}
        onPick={(contextMarking) => void save({ contextMarking }).catch(() => undefined)}
      />
      <Radios
        name="factlessEntities"
        legend={t('optionsFactless')}
        help={t('optionsFactlessHelp')}
        values={['dim', 'hide'] as const}
        current={settings.factlessEntities}
        onPick={(factlessEntities) => void save({ factlessEntities }).catch(() => undefined)}
      />
      <fieldset>
        <legend>{t('optionsMutedEntities')}</legend>
        {!settings.mutedEntities.length ? (
          <p class="muted">{t('optionsNoMuted')}</p>
        ) : (
          <ul class="plain-list sites" id="muted-entities" aria-label={t('optionsMutedEntities')}>
            {settings.mutedEntities.map((id) => (
              <li key={id} data-entity={id}>
                <span>{names[id] ?? id}</span>{' '}
                <button type="button" onClick={() => unmute(id)} aria-label={t('optionsUnmuteEntity', names[id] ?? id)}>
                  {t('optionsUnmute')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsMutedTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class="radio">
            <input
              type="checkbox"
              name="mutedTypes"
              value={type}
              checked={settings.mutedTypes.includes(type)}
              onChange={(e) => toggleType(type, e.currentTarget.checked)}
            />{' '}
            {t(`typeGroup_${type}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
