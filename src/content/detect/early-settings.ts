/**
 * The detector's settings, asked for as soon as the detector module starts evaluating (detector.ts
 * imports this module first, so only the settings code is evaluated before it): the storage round
 * trip then runs while the rest of the module (the matcher, its index, the rules) evaluates and the
 * loader hands over, instead of after (decision 0292). Changes are followed from the same moment,
 * so none made between the read and the detector's start is lost.
 */
import { loadSettings, watchSettings, type Settings } from '../../shared/settings';
import { traceMark } from './trace';

traceMark('settings-asked');
let latest: Promise<Settings> = loadSettings();
// Handled here so an early failure is not reported as unhandled; the detector's start reports it.
latest.catch(() => undefined);
const listeners = new Set<(settings: Settings) => void>();
watchSettings((settings) => {
  latest = Promise.resolve(settings);
  for (const listener of listeners) listener(settings);
});

/** The settings as last read or changed. */
export const currentSettings = (): Promise<Settings> => latest;

/** Called with each change from now on. */
export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
