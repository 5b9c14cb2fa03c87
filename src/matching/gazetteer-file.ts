/**
 * The gazetteer as every Node consumer must see it: data/gazetteer.json with the names of states
 * and territories filled from CLDR (cldr-localenames-full, read here at build time). The build's
 * gazetteer plugin, the fact pack, the tests and the benchmark all load it through
 * loadGazetteer(), so none of them sees an entity without its names. Node only (reads files).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { GazetteerEntry, TerritoryNames } from '../shared/gazetteer-types';
import { LANGS } from '../shared/pack-types';
import { parseGazetteer } from './gazetteer-load';

export const GAZETTEER_FILE = 'data/gazetteer.json';
const CLDR_PACKAGE = 'cldr-localenames-full';

function readText(root: string, file: string): string {
  try {
    return readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}:1: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

const cache = new Map<string, TerritoryNames>();

/** CLDR's territory names in Caravan's languages, from the installed cldr-localenames-full. */
export function cldrTerritories(root = process.cwd()): TerritoryNames {
  // The project's copy, else the one beside this module (a corpus copied elsewhere, in tests).
  let dir: string | undefined;
  for (const from of [join(resolve(root), 'package.json'), import.meta.url]) {
    try {
      dir = dirname(createRequire(from).resolve(`${CLDR_PACKAGE}/package.json`));
      break;
    } catch {
      // try the next place
    }
  }
  if (!dir) throw new Error(`${GAZETTEER_FILE}:1: the names of states come from ${CLDR_PACKAGE}, which is not installed (run npm ci)`);
  const hit = cache.get(dir);
  if (hit) return hit;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const names: TerritoryNames['names'] = {};
  for (const lang of LANGS) {
    const json = JSON.parse(readFileSync(join(dir, 'main', lang, 'territories.json'), 'utf8')) as {
      main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
    };
    names[lang] = json.main[lang]!.localeDisplayNames.territories;
  }
  const out = { version, names };
  cache.set(dir, out);
  return out;
}

/** data/gazetteer.json (or `file`, relative to `root`) → its entries, CLDR names filled in. */
export function loadGazetteer(root = process.cwd(), file = GAZETTEER_FILE): GazetteerEntry[] {
  return parseGazetteer(readText(root, file), file, cldrTerritories(root));
}
