/** One fieldset of radio buttons for a setting whose values are a fixed list (labels from messages.json). */
import type { Settings } from '../shared/settings-schema';
import { t } from '../ui/i18n';

type ChoiceKey = 'markStyle' | 'theme' | 'contextMarking' | 'factlessEntities';

export function Radios<K extends ChoiceKey>({
  name,
  legend,
  help,
  values,
  current,
  onPick,
}: {
  name: K;
  legend: string;
  /** A sentence under the legend, announced with the group. */
  help?: string;
  values: ReadonlyArray<Settings[K]>;
  current: Settings[K];
  onPick: (v: Settings[K]) => void;
}) {
  return (
    <fieldset aria-describedby={help ? `${name}-help` : undefined}>
      <legend>{legend}</legend>
      {help && (
        <p class="muted" id={`${name}-help`}>
          {help}
        </p>
      )}
      {values.map((v) => (
        <label key={v} class="radio">
          <input type="radio" name={name} value={v} checked={current === v} onChange={() => onPick(v)} /> {t(`options_${name}_${v}`)}
        </label>
      ))}
    </fieldset>
  );
}
