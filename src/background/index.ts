/**
 * The background: owns the fact store and answers the content scripts and the extension's pages.
 * Every listener is registered synchronously at the top level, so that a background that was
 * stopped and is woken by a message or a command still answers it.
 */
import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { listen } from '../shared/messaging';
import { handlers } from './handlers';
import { onCommand } from './commands';
import { clearBadgeOnNavigation } from './badge';
import { forgetFramesOfGoneTabs } from './frames';
import { store } from './store-access';
import { openTestBridgeOnInstall } from './test-bridge';

listen('background', handlers);
browser.commands.onCommand.addListener(onCommand);
clearBadgeOnNavigation();
forgetFramesOfGoneTabs();
// Seed at install/update rather than on the first hover, so the first tooltip is fast.
browser.runtime.onInstalled.addListener(() => {
  store()
    .then(({ status }) => log.info(`fact store ready: ${status.facts} facts, seeded in ${status.seedMs ?? 0} ms`))
    .catch((error: unknown) => log.error('fact store unavailable:', error));
});
if (__E2E__) openTestBridgeOnInstall();
