/**
 * The settings the loader decides by (whether Caravan runs on this host, where context names are
 * marked), with the gate's keys: one message to the background (`gate-init`, decision 0326), which
 * reads them and pushes a change to every tab (`run-settings`). No storage call in a frame: in
 * Firefox the first use of `browser.storage` in a frame was half of a topic-free frame's cost.
 * Checked by hand at the boundary (the schema library stays in the detector): a malformed value
 * falls back to its default, as validateSettings would make it.
 */
import { runsOnHost, type Settings } from '../../shared/settings-keys';

export type RunSettings = Pick<Settings, 'runOn' | 'allowedSites' | 'pausedSites' | 'contextMarking'>;
/** The settings the background sends (run-settings.test.ts holds them to settings-keys). */
export const RUN_KEYS = ['runOn', 'allowedSites', 'pausedSites', 'contextMarking'] as const satisfies ReadonlyArray<keyof Settings>;

const isList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The run settings from sent or stored values. */
export function readRunSettings(stored: Record<string, unknown>): RunSettings {
  const { runOn, allowedSites, pausedSites, contextMarking } = stored;
  return {
    runOn: runOn === 'allowlist' ? 'allowlist' : 'all',
    allowedSites: isList(allowedSites) ? allowedSites : [],
    pausedSites: isList(pausedSites) ? pausedSites : [],
    contextMarking: contextMarking === 'everywhere' || contextMarking === 'never' ? contextMarking : 'topic',
  };
}

/** What the loader starts with; `settings` null where the background did not answer. */
export interface GateInit {
  settings: RunSettings | null;
  gateKeys: unknown;
}

/**
 * The background's `gate-init` answer, checked: settings and keys, or no settings and no keys
 * where it failed or said something else (then any text passes, and the detector, which reads
 * the settings itself, decides).
 */
export function readGateInit(reply: unknown): GateInit {
  const r = (reply as { result?: { settings?: unknown; gateKeys?: unknown } } | null | undefined)?.result;
  const s = r?.settings;
  return typeof s === 'object' && s !== null && !Array.isArray(s) ? { settings: readRunSettings(s as Record<string, unknown>), gateKeys: r!.gateKeys } : { settings: null, gateKeys: null };
}

export { runsOnHost };
