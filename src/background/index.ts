/**
 * The background: owns the fact store and answers the content scripts and the extension's pages.
 * Every listener is registered synchronously at the top level, so that a background that was
 * stopped and is woken by a message or a command still answers it.
 */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { listen } from '../shared/messaging';
import { migrateSettings } from '../shared/settings';
import { handlers } from './handlers';
import { onCommand } from './commands';
import { forgetFrames } from './frames';
import { askTopDocument } from './pages';
import { store } from './store-access';
import { forgetTopic } from './topic';
import { keepRunSettingsPushed } from './run-settings-watch';

listen('background', handlers);
// The loaders read no storage: a change of where Caravan runs reaches them by message (decision 0326).
keepRunSettingsPushed();
browser.commands.onCommand.addListener(onCommand);
// A tab that has loaded may hold a new page: its top frame says which document it is (decision 0351).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'complete') void askTopDocument(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetFrames(tabId);
  void forgetTopic(tabId);
});
// Seed at install/update rather than on the first hover, so the first tooltip is fast.
browser.runtime.onInstalled.addListener(() => {
  // The gate's keys no longer live in storage (decision 0326): an older version's 34 KB item goes.
  browser.storage.local.remove(['gateKeys', 'gateKeysVersion']).catch(() => undefined);
  // An update from the single-item settings format folds it into one item per setting now.
  migrateSettings().catch((error: unknown) => log.error('settings migration failed:', error));
  store()
    .then(({ status }) => log.info(`fact store ready: ${status.facts} facts, seeded in ${status.seedMs ?? 0} ms`))
    .catch((error: unknown) => log.error('fact store unavailable:', error));
});
