/**
 * The run settings for `gate-init`, kept in memory until they change (one storage read per
 * background start, not one per frame: a frame's first mark waits for the answer), and every tab
 * told when they change (run-settings-push.ts, decision 0326).
 */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { loadSettings } from '../shared/settings';
import { pushRunSettings, runSettingsOf, touchesRunSettings, type RunSettings } from './run-settings-push';

let cached: Promise<RunSettings> | null = null;

/** The run settings, read once and kept until a change. */
export function currentRunSettings(): Promise<RunSettings> {
  const read = (cached ??= loadSettings().then(runSettingsOf));
  // A failed read is not kept: the next frame asks again.
  read.catch(() => {
    if (cached === read) cached = null;
  });
  return read;
}

/** Listens for changes (registered at the background's top level, so a change wakes it). */
export function keepRunSettingsPushed(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (!touchesRunSettings(changes, area)) return;
    cached = null;
    void (async () => {
      const ids = (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
      await pushRunSettings((id, m) => browser.tabs.sendMessage(id, m), ids);
    })().catch((error: unknown) => log.warn('run settings not pushed:', error));
  });
}
