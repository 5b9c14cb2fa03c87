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

/** Writes `current` unless storage holds that version already. True when it wrote. */
export async function ensureGateKeys(area: KeysArea, current: StoredGateKeys): Promise<boolean> {
  const got = (await area.get(GATE_KEYS_ITEM))[GATE_KEYS_ITEM] as Partial<StoredGateKeys> | undefined;
  if (got?.version === current.version && typeof got.keys === 'string') return false;
  await area.set({ [GATE_KEYS_ITEM]: { version: current.version, keys: current.keys } });
  return true;
}
