/**
 * The background: owns the fact store and answers the content scripts and the extension's pages.
 * Every listener is registered synchronously at the top level, so that a background that was
 * stopped and is woken by a message or a command still answers it.
 */
import browser from 'webextension-polyfill';
import { listen } from '../shared/messaging';
import { handlers } from './handlers';
import { onCommand } from './commands';
import { clearBadgeOnNavigation } from './badge';
import { openTestBridgeOnInstall } from './test-bridge';

listen('background', handlers);
browser.commands.onCommand.addListener(onCommand);
clearBadgeOnNavigation();
if (__E2E__) openTestBridgeOnInstall();
