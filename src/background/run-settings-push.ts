/**
 * The run settings (where Caravan runs, where context names are marked) for the frames' loaders,
 * which read no storage (decision 0326): a loader asks (`gate-init`), and every change is told to
 * every tab's frames (`run-settings`), whose loaders ask again: a setting applies at once on open tabs.
 * Pure: run-settings-watch.ts listens.
 */
import type { Envelope, MessageResult } from '../shared/messages';
import type { Settings } from '../shared/settings-keys';
import { itemKey, LEGACY_KEY } from '../shared/settings-keys';
import { RUN_KEYS } from '../content/loader/run-settings';

export type RunSettings = MessageResult<'gate-init'>['settings'];

export const runSettingsOf = ({ runOn, allowedSites, pausedSites, contextMarking }: Settings): RunSettings => ({ runOn, allowedSites, pausedSites, contextMarking });

/** True where a storage change may change the run settings (an item of one, or the first format's single item). */
export function touchesRunSettings(changes: Record<string, unknown>, area: string): boolean {
  return area !== 'session' && (LEGACY_KEY in changes || RUN_KEYS.some((k) => itemKey(k) in changes));
}

/** The message for every frame of every tab (a frame without a content script does not answer). */
export async function pushRunSettings(send: (tabId: number, message: Envelope<'run-settings'>) => Promise<unknown>, tabIds: readonly number[]): Promise<void> {
  const message: Envelope<'run-settings'> = { type: 'run-settings' };
  await Promise.all(tabIds.map((id) => send(id, message).catch(() => undefined)));
}
