/**
 * The case-sensitive ASCII words ("US", "IS", "KTZ") of the gazetteer's forms. The gate's first
 * pass searches them as written (gate-keys-build.ts firstPassSource, decision 0282); the walk
 * takes them folded among the full keys (a superset). `exactSource`, the expression the loader
 * shipped until decision 0282, stays for the tests' record of its size. Pure: runs in Node
 * (build.mjs) and in the unit tests.
 */
import type { GazetteerEntry } from '../../shared/gazetteer-types';
import { formWords, gazetteerForms } from '../../matching/forms';

/**
 * The one-word case-sensitive ASCII forms of the entities of one scope, as written: the matcher
 * takes such a form only where the text's word is exactly that (scan.ts `sameRaw`; such forms are
 * never inflected, compounded or prefixed). A form of several words is matched by its folded keys
 * (a superset), so the expression holds no common word ("1000" of "CASA 1000").
 */
export function exactWords(entries: readonly GazetteerEntry[], scope: 'core' | 'context' = 'core'): Set<string> {
  const scopeOf = new Map(entries.map((e) => [e.id, e.scope]));
  const out = new Set<string>();
  for (const form of gazetteerForms(entries)) {
    if (scopeOf.get(form.entity) !== scope || !form.caseSensitive) continue;
    const fw = formWords(form.text);
    const raw = fw.raw[0];
    if (fw.words.length === 1 && raw && /^[A-Za-z0-9_]+$/.test(raw)) out.add(raw);
  }
  return out;
}

/**
 * The exact words as one source over text without joiners (the loader strips them first, as
 * sameRaw does). NFC turns the Kelvin sign into K: the only non-ASCII character that composes to
 * an ASCII letter or digit (the unit test checks every code point).
 */
export function exactSource(words: Iterable<string>): string {
  const list = [...words].sort();
  if (!list.length) return '(?!)';
  // ASCII word boundaries: the words are ASCII, and a boundary that takes fewer characters for
  // word characters only lets more through ("éUS"); cheaper to compile than Unicode classes.
  return `(?<![A-Za-z0-9_])(${list.map((w) => w.replaceAll('K', '[K\u212a]')).join('|')})(?![A-Za-z0-9_])`;
}
