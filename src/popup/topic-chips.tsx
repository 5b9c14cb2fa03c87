/** Topic filter: toggle chips for the topics the shown facts carry. None pressed shows everything. */
import { t } from '../ui/i18n';

export function topicLabel(topic: string): string {
  return t(`topic_${topic.replace(/[^a-z0-9]/gi, '_')}`);
}

export function TopicChips({
  topics,
  chosen,
  onChange,
}: {
  topics: string[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  if (topics.length < 2 && chosen.size === 0) return null;
  const toggle = (topic: string): void => {
    const next = new Set(chosen);
    if (next.has(topic)) next.delete(topic);
    else next.add(topic);
    onChange(next);
  };
  return (
    <div role="group" aria-label={t('popupFilterByTopic')}>
      <ul class="chips">
        {topics.map((topic) => (
          <li key={topic}>
            <button type="button" class="chip" aria-pressed={chosen.has(topic)} data-topic={topic} onClick={() => toggle(topic)}>
              {topicLabel(topic)}
            </button>
          </li>
        ))}
        {chosen.size > 0 && (
          <li>
            <button type="button" class="chip link" onClick={() => onChange(new Set())}>
              {t('popupAllTopics')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
