/** The timeline: every dated fact of the enabled sources by year, figures shown, so changes over time read at a glance. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactView } from '../shared/messages';
import { log } from '../shared/log';
import { allFacts } from '../store/queries';
import type { CaravanDB } from '../store/schema';
import { t, tCount } from '../ui/i18n';
import { FactItem } from './fact-item';
import { byYear, topicsAcross, withTopics } from './timeline';
import { TopicChips } from './topic-chips';

export function TimelineView({ db, disabledSources }: { db: CaravanDB | null; disabledSources: string[] | null }) {
  const [facts, setFacts] = useState<FactView[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (!db || !disabledSources) return;
    let live = true;
    allFacts(db, { disabledSources })
      .then((list) => live && setFacts(list))
      .catch((err: unknown) => {
        log.warn('timeline failed:', err);
        if (live) setFacts([]);
      });
    return () => {
      live = false;
    };
  }, [db, disabledSources]);

  const topics = useMemo(() => topicsAcross(facts ?? []), [facts]);
  const years = useMemo(() => byYear(withTopics(facts ?? [], chosen)), [facts, chosen]);

  return (
    <section aria-labelledby="timeline-heading" class="timeline">
      <h2 id="timeline-heading">{t('popupTimeline')}</h2>
      {facts === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : facts.length === 0 ? (
        <p class="notice">{t('popupTimelineEmpty')}</p>
      ) : (
        <>
          <TopicChips topics={topics} chosen={chosen} onChange={setChosen} />
          <ol class="plain-list years">
            {years.map((y) => (
              <li key={y.year} class="year">
                <h3 id={`year-${y.year}`}>
                  {y.year} <span class="muted">({tCount('popupFactCountShort', y.facts.length)})</span>
                </h3>
                <ul class="plain-list facts" aria-labelledby={`year-${y.year}`}>
                  {y.facts.map((f) => (
                    <FactItem key={f.id} fact={f} showDate />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
