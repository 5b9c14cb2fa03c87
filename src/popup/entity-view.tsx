/** An entity's card: its names and the facts of the enabled sources, filterable by topic. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../shared/messages';
import type { Lang } from '../shared/pack-types';
import { log } from '../shared/log';
import { entityCard, factsForEntity } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { dirOf, entityName, languageName } from '../ui/format';
import { t, tCount, uiLanguage } from '../ui/i18n';
import { FactList } from './fact-item';
import { otherNames } from './other-names';
import { topicsAcross } from './timeline';
import { TopicChips } from './topic-chips';

const PAGE = 20;

export function EntityView({
  db,
  entityId,
  disabledSources,
  onBack,
  tools,
}: {
  db: CaravanDB | null;
  entityId: string;
  disabledSources: string[] | null;
  onBack: () => void;
  /** Shown under the heading where the page mentions the entity (the side panel's stepper). */
  tools?: ComponentChildren;
}) {
  const [card, setCard] = useState<EntityCard | null | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const locale = uiLanguage();

  useEffect(() => {
    setLimit(PAGE);
    setChosen(new Set());
  }, [entityId]);

  useEffect(() => {
    if (!db || !disabledSources) return;
    let live = true;
    // The store filters by the chosen topics, so the count and "show more" are the filter's.
    entityCard(db, entityId, { disabledSources, limit, topics: [...chosen] })
      .then((c) => live && setCard(c))
      .catch((err: unknown) => {
        log.warn('entity card failed:', err);
        if (live) setCard(null);
      });
    return () => {
      live = false;
    };
  }, [db, entityId, disabledSources, limit, chosen]);

  // The chips offer the topics of every fact about the entity, not only of those loaded so far.
  const [topics, setTopics] = useState<string[]>([]);
  useEffect(() => {
    if (!db || !disabledSources) return;
    let live = true;
    factsForEntity(db, entityId, { disabledSources, limit: Number.MAX_SAFE_INTEGER })
      .then(({ facts }) => live && setTopics(topicsAcross(facts)))
      .catch((err: unknown) => log.warn('entity topics failed:', err));
    return () => {
      live = false;
    };
  }, [db, entityId, disabledSources]);

  useEffect(() => {
    heading.current?.focus();
  }, [entityId, card === undefined]);

  return (
    <section class="entity" aria-labelledby="entity-heading">
      <button type="button" class="link back" onClick={onBack}>
        {t('popupBack')}
      </button>
      {card === undefined ? (
        <>
          <h2 id="entity-heading" tabIndex={-1} ref={heading}>
            {t('popupLoading')}
          </h2>
        </>
      ) : card === null ? (
        <>
          <h2 id="entity-heading" tabIndex={-1} ref={heading}>
            {entityId}
          </h2>
          <p class="notice">{t('popupEntityUnknown')}</p>
        </>
      ) : (
        <>
          <h2 id="entity-heading" tabIndex={-1} ref={heading}>
            {entityName(card.entity, locale)} <span class="muted type">{t(`type_${card.entity.type}`)}</span>
          </h2>
          {tools}
          <OtherNames names={card.entity.names} locale={locale} />
          {card.entity.description && <p>{card.entity.description}</p>}
          <p class="muted" aria-live="polite">
            {card.total === 0 ? t('popupNoFactsForEntity') : tCount('popupFactCount', card.total)}
          </p>
          <TopicChips
            topics={topics}
            chosen={chosen}
            onChange={(next) => {
              setChosen(next);
              setLimit(PAGE);
            }}
          />
          <FactList facts={card.facts} label={t('popupFactsAbout', entityName(card.entity, locale))} />
          {card.facts.length < card.total && (
            <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
              {t('popupShowMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function OtherNames({ names, locale }: { names: Partial<Record<Lang, string>>; locale: string }) {
  const others = otherNames(names, entityName({ names, id: '' }, locale));
  if (!others.length) return null;
  return (
    <p class="other-names muted">
      {others.map(({ name, langs }, i) => (
        <span key={name}>
          {i > 0 ? ' · ' : ''}
          {/* bdi: a right-to-left name isolated from its neighbours, so the list keeps its order. */}
          <bdi lang={langs[0]} dir={dirOf(langs[0]!)} title={langs.map((l) => languageName(l, locale)).join(', ')}>
            {name}
          </bdi>
        </span>
      ))}
    </p>
  );
}
