/**
 * data/lookalikes.json as every Node consumer loads it (the build, the fact pack, the corpus test,
 * the benchmark and the golden list): read, parsed and, given the gazetteer, checked against it.
 * Node only (reads files); the content script gets the result from the build (virtual:lookalikes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { parseLookalikes } from './lookalikes';
import type { Lookalikes } from './types';

export const LOOKALIKES_FILE = 'data/lookalikes.json';

export function loadLookalikes(root = process.cwd(), entries?: readonly GazetteerEntry[], file = LOOKALIKES_FILE): Lookalikes {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}:1: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseLookalikes(text, file, entries);
}
