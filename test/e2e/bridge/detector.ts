/**
 * Test builds only (build.mjs --e2e bundles this as detector.js instead of src/content/detector.ts):
 * the shipped detector module, unchanged, and one thing more: it tells the bridge page that it
 * loaded in this frame, so a test can see which frames loaded it (test/e2e/loader*.e2e.ts).
 */
import browser from 'webextension-polyfill';

export * from '../../../src/content/detector';

void browser.runtime.sendMessage({ type: 'e2e-detector-loaded', params: { url: location.href } }).catch(() => undefined);
