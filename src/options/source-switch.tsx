/**
 * The on/off switch of one source, bundled or the reader's: both are the disabledSources setting,
 * written from the latest stored value so quick toggles never undo each other (decision 0120).
 */
import { withItem, type SaveSettings } from '../shared/settings-schema';

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
