import type { GazetteerEntry } from '../../src/shared/gazetteer-types';

export const DEFAULT_GAZETTEER: string;
export function loadEntries(path?: string, root?: string): Promise<GazetteerEntry[]>;
export interface FloorForm {
  entity: string;
  text: string;
  lang: string;
  caseSensitive: boolean;
  ambiguous: boolean;
}
export function allForms(entries: readonly GazetteerEntry[]): FloorForm[];
export function escapeForm(text: string): string;
export function regExpModifiersSupported(): boolean;
export function floorRegExp(
  entries: readonly GazetteerEntry[],
  options?: { modifiers?: boolean },
): { source: string; flags: string; alternatives: number; droppedCaseSensitive: number };
