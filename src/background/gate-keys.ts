/**
 * Keeps the gate's full keys (decision 0280) in storage.local, where every frame's loader reads
 * them with its settings: written at install and update, and again whenever they are missing or
 * of another build (storage cleared, an older version's keys). Until they are there, loaders use
 * the compact prefilter they ship, so nothing is missed meanwhile.
 */
import { GATE_KEYS_ITEM, type StoredGateKeys } from '../content/loader/gate-keys';

export interface KeysArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Writes `current` unless storage holds that version already, or whatever it holds with `force`
 * (a loader found no keys of its build: storage lost them). True when it wrote.
 */
export async function ensureGateKeys(area: KeysArea, current: StoredGateKeys, { force = false } = {}): Promise<boolean> {
  // The version beside the keys: a background that wakes up reads a few bytes, not the 34 KB.
  if (!force && (await area.get(GATE_KEYS_VERSION_ITEM))[GATE_KEYS_VERSION_ITEM] === current.version) return false;
  await area.set({ [GATE_KEYS_ITEM]: { version: current.version, keys: current.keys, first: current.first }, [GATE_KEYS_VERSION_ITEM]: current.version });
  return true;
}

/** The version of the keys stored, for the background's own check (the loader reads the keys' own). */
export const GATE_KEYS_VERSION_ITEM = 'gateKeysVersion';
