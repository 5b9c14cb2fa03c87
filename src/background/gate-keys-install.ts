/**
 * The background's part of the gate's keys (decision 0280): checks them each time the background
 * starts (install, update, browser start, a wake-up: one read of storage), and writes them again
 * when a frame's loader reports them missing or of another build (storage cleared). Frames that
 * find none meanwhile use the prefilter they ship.
 */
import browser from 'webextension-polyfill';
import { first, keys, version } from 'virtual:gate-keys';
import { log } from '../shared/log';
import { ensureGateKeys } from './gate-keys';

/**
 * Writes this build's keys where storage lacks them (`force`: a loader found none, whatever the
 * version item says); never throws (a failure is logged).
 */
export const restoreGateKeys = (force = false): Promise<unknown> =>
  ensureGateKeys(browser.storage.local, { version, keys, first }, { force }).catch((error: unknown) => log.error('gate keys not stored:', error));

export function keepGateKeys(): void {
  void restoreGateKeys();
}
