import browser from 'webextension-polyfill';
import { log } from '../shared/log';
import { sendToTab } from '../shared/messaging';

/** Keyboard commands (manifest `commands`) go to the active tab's content script. */
export function onCommand(command: string): void {
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
