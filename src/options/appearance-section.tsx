/** How marks look, how long hovering waits, and the theme. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';
import { t } from '../ui/i18n';
import { Radios } from './radios';

type Save = (p: Partial<Settings>) => Promise<Settings>;

export function AppearanceSection({ settings, save }: { settings: Settings; save: Save }) {
  const [delay, setDelay] = useState(settings.hoverDelayMs);
  useEffect(() => setDelay(settings.hoverDelayMs), [settings.hoverDelayMs]);
  const commitDelay = (raw: number): void => {
    const ms = Math.round(Math.min(2000, Math.max(0, Number.isFinite(raw) ? raw : 0)));
    setDelay(ms);
    if (ms !== settings.hoverDelayMs) void save({ hoverDelayMs: ms }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="appearance-heading" id="appearance">
      <h2 id="appearance-heading">{t('optionsAppearance')}</h2>
      <Radios
        name="markStyle"
        legend={t('optionsMarkStyle')}
        values={['underline', 'background', 'none'] as const}
        current={settings.markStyle}
        onPick={(markStyle) => void save({ markStyle })}
      />
      <fieldset>
        <legend>{t('optionsHoverDelay')}</legend>
        <div class="row">
          <input
            type="range"
            id="hover-delay-range"
            min={0}
            max={2000}
            step={50}
            value={delay}
            aria-label={t('optionsHoverDelay')}
            aria-valuetext={t('optionsMs', delay)}
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            onChange={(e) => commitDelay(Number(e.currentTarget.value))}
          />
          <input
            type="number"
            id="hover-delay"
            min={0}
            max={2000}
            step={50}
            value={delay}
            aria-describedby="hover-delay-unit"
            aria-label={t('optionsHoverDelay')}
            onChange={(e) => commitDelay(Number(e.currentTarget.value))}
          />
          <span id="hover-delay-unit">{t('optionsMsUnit')}</span>
        </div>
      </fieldset>
      <Radios
        name="theme"
        legend={t('optionsTheme')}
        values={['system', 'light', 'dark'] as const}
        current={settings.theme}
        onPick={(theme) => void save({ theme })}
      />
    </section>
  );
}
