/**
 * The background's one call for the gate's keys (decision 0280): checks them each time the
 * background starts (install, update, browser start, a wake-up: one small read of storage) and
 * puts them back when something removes or replaces them.
 */
import browser from 'webextension-polyfill';
import { index, version } from 'virtual:gate-keys';
import { log } from '../shared/log';
import { ensureGateKeys, keysTouched } from './gate-keys';

const ensure = () =>
  ensureGateKeys(browser.storage.local, { version, index }).catch((error: unknown) => log.error('gate keys not stored:', error));

export function keepGateKeys(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (keysTouched(changes, area, version)) void ensure();
  });
  void ensure();
}
