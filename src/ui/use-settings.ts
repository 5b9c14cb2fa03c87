/**
 * The one way the extension pages read and write settings: loads them, follows changes made
 * anywhere (watchSettings) and writes through saveSettings.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { log } from '../shared/log';
import { loadSettings, saveSettings, watchSettings, type SaveSettings, type Settings, type SettingsUpdate } from '../shared/settings';

export interface SettingsHandle {
  /** null until loaded. */
  settings: Settings | null;
  /**
   * Writes a patch, or a function of the latest stored settings (for lists); resolves with the saved
   * settings, rejects with the validation message.
   */
  save: SaveSettings;
  /** The last load or save failure, for display. */
  error: string | null;
}

export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const stop = watchSettings((next) => live && setSettings(next));
    loadSettings()
      .then((loaded) => live && setSettings(loaded))
      .catch((err: unknown) => {
        log.warn('loading settings failed:', err);
        if (live) setError(String(err));
      });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (update: SettingsUpdate): Promise<Settings> => {
    try {
      const saved = await saveSettings(update);
      setSettings(saved);
      setError(null);
      return saved;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      throw err;
    }
  }, []);

  return { settings, save, error };
}
