import browser from 'webextension-polyfill';

/**
 * Test builds only (`__E2E__`): Firefox lets no test navigate to a moz-extension:// URL, so the
 * background opens the test bridge page itself; the end-to-end suite drives the extension from it.
 */
export function openTestBridgeOnInstall(): void {
  browser.runtime.onInstalled.addListener(() => {
    if (__BROWSER__ === 'firefox') void browser.tabs.create({ url: browser.runtime.getURL('bridge.html'), active: false });
  });
}
