/** Tells every tab when the run settings change (run-settings-push.ts, decision 0326). */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { pushRunSettings, touchesRunSettings } from './run-settings-push';

/** Listens for changes (registered at the background's top level, so a change wakes it). */
export function keepRunSettingsPushed(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (!touchesRunSettings(changes, area)) return;
    void (async () => {
      const ids = (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
      await pushRunSettings((id, m) => browser.tabs.sendMessage(id, m), ids);
    })().catch((error: unknown) => log.warn('run settings not pushed:', error));
  });
}
