/**
 * The on/off switch of one source, bundled or the reader's: both are the disabledSources setting,
 * written from the latest stored value so quick toggles never undo each other (decision 0120).
 * And the line that describes the switch (its `aria-describedby`), the same in both lists.
 */
import { withItem, type SaveSettings } from '../shared/settings-schema';
import { tCount } from '../ui/i18n';

/** `id` of the switch is `src-<source>`; its row's description is `src-<source>-meta`. */
export function SourceSwitch({ source, disabled, save }: { source: string; disabled: ReadonlySet<string>; save: SaveSettings }) {
  const id = `src-${source}`;
  return (
    <input
      type="checkbox"
      role="switch"
      id={id}
      checked={!disabled.has(source)}
      aria-describedby={`${id}-meta`}
      onChange={(e) => {
        // Read now: the event's currentTarget is gone by the time `save` calls back.
        const on = e.currentTarget.checked;
        void save((now) => ({ disabledSources: withItem(now.disabledSources, source, !on) })).catch(() => undefined);
      }}
    />
  );
}

/** `src-<source>-meta`: the source's details joined by " · " (empty ones left out), then its fact count. */
export function SourceMeta({ source, details, facts }: { source: string; details: ReadonlyArray<string | undefined>; facts: number }) {
  return (
    <span class="muted source-meta" id={`src-${source}-meta`}>
      {details.filter(Boolean).join(' · ')}
      {' · '}
      <span class="fact-count" data-count={facts}>
        {tCount('popupFactCount', facts)}
      </span>
    </span>
  );
}
