/**
 * Test builds only (build.mjs --e2e bundles this as background.js instead of
 * src/background/index.ts): the shipped background, unchanged, and one thing more. Firefox lets
 * no test navigate to a moz-extension:// URL, so the background opens the test bridge page itself;
 * the end-to-end suite drives the extension from it.
 */
import browser from 'webextension-polyfill';
import '../../../src/background/index';

browser.runtime.onInstalled.addListener(() => {
  if (__BROWSER__ === 'firefox') void browser.tabs.create({ url: browser.runtime.getURL('bridge.html'), active: false });
});
