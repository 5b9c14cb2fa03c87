// The gazetteer as the benchmark sees it, and the floor's single RegExp of the same names.
// Plain JS so run.mjs, the page scripts' setup and the Node smoke test (bench.test.ts) share it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTs } from '../lib/load-ts.mjs';

export const DEFAULT_GAZETTEER = 'data/gazetteer.json';

/**
 * data/gazetteer.json → its entries, loaded as the build loads them (src/matching/gazetteer-file.ts:
 * checked, with CLDR's names of states filled in). A bare array file (a grown test gazetteer)
 * is read as it is.
 */
export async function loadEntries(path = DEFAULT_GAZETTEER, root = process.cwd()) {
  const json = JSON.parse(readFileSync(resolve(root, path), 'utf8'));
  if (Array.isArray(json)) {
    if (!json.length) throw new Error(`${path}: no entities`);
    return json;
  }
  const { loadGazetteer } = await loadTs('src/matching/gazetteer-file.ts', root);
  const entries = loadGazetteer(root, path);
  if (!entries.length) throw new Error(`${path}: no entities`);
  return entries;
}

/** Every name and alias of every entity, all languages: { entity, text, lang, caseSensitive, ambiguous }. */
export function allForms(entries) {
  const out = [];
  for (const e of entries) {
    const cs = new Set(e.caseSensitive ?? []);
    const amb = new Set(e.ambiguous ?? []);
    const seen = new Set();
    const add = (lang, text) => {
      if (typeof text !== 'string' || !text.trim() || seen.has(text)) return;
      seen.add(text);
      out.push({ entity: e.id, text, lang, caseSensitive: cs.has(text), ambiguous: amb.has(text) });
    };
    for (const [lang, n] of Object.entries(e.names ?? {})) add(lang, n);
    for (const [lang, list] of Object.entries(e.aliases ?? {})) for (const a of list ?? []) add(lang, a);
  }
  return out;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/** A form as a RegExp fragment: syntax characters escaped, any run of white space as \s+. */
export function escapeForm(text) {
  return text
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(SYNTAX, '\\$&'))
    .join('\\s+');
}

/** Whether this JS engine knows RegExp modifiers, `(?-i:…)` (Chromium 125+, Firefox 132+, not Node 20). */
export function regExpModifiersSupported() {
  try {
    new RegExp('(?-i:a)', 'iu');
    return true;
  } catch {
    return false;
  }
}

const NOT_WORD = '[\\p{L}\\p{M}\\p{N}]';

/**
 * The floor's ONE RegExp: an alternation of all names and aliases, escaped, longest first, between
 * word boundaries, flags `giu`. Case-sensitive forms (acronyms like "UN", "US") keep their case with
 * a `(?-i:…)` modifier group where the engine has modifiers; without (Node 20) they are left out,
 * because case-insensitively they would match the English word "us" everywhere.
 */
export function floorRegExp(entries, { modifiers = regExpModifiersSupported() } = {}) {
  const forms = allForms(entries);
  const byKey = new Map();
  let droppedCaseSensitive = 0;
  for (const f of forms) {
    if (f.caseSensitive && !modifiers) {
      droppedCaseSensitive++;
      continue;
    }
    const frag = escapeForm(f.text);
    const key = f.caseSensitive ? `cs:${frag}` : `ci:${frag.toLowerCase()}`;
    if (!byKey.has(key)) byKey.set(key, { text: f.text, frag: f.caseSensitive ? `(?-i:${frag})` : frag });
  }
  const alts = [...byKey.values()]
    .sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((a) => a.frag);
  const source = `(?<!${NOT_WORD})(?:${alts.join('|')})(?!${NOT_WORD})`;
  return { source, flags: 'giu', alternatives: alts.length, droppedCaseSensitive };
}
