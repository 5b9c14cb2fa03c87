import browser, { type Tabs } from 'webextension-polyfill';
import { log } from '../shared/log';
import { sendToTab } from '../shared/messaging';
import { openSidePanel } from '../sidepanel/open';

/**
 * Keyboard commands (manifest `commands`) go to the active tab's content script. Chromium's
 * open-side-panel opens the panel at once, while the key press still counts as a gesture (Firefox
 * opens its sidebar by the reserved _execute_sidebar_action without us).
 */
export function onCommand(command: string, tab?: Tabs.Tab): void {
  if (command === 'open-side-panel') {
    openSidePanel({ tabId: tab?.id, windowId: tab?.windowId }).catch((error: unknown) => log.warn('the side panel did not open:', error));
    return;
  }
  void (async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'next-mention' || command === 'previous-mention') {
      await sendToTab(tab.id, 'navigate-mention', { direction: command === 'next-mention' ? 1 : -1 });
    } else if (command === 'toggle-marking') {
      await sendToTab(tab.id, 'toggle-marking');
    }
  })().catch((error: unknown) => log.warn(`command ${command} found no content script:`, error));
}
