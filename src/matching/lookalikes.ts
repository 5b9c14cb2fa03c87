/**
 * data/lookalikes.json → Lookalikes: what the matcher must recognise as NOT a topic entity.
 *
 * - `lookalikes`: longer names that contain a topic name but mean something else (Kabul River,
 *   FC Astana, China Miéville) and demonym nouns for persons (Kazakhs, Afghanen, казахи); forms
 *   in `literal` take no ending, forms in `exact` match only as written (case and marks). The
 *   matcher indexes them as blockers: the longest match wins, so a look-alike takes the span from
 *   the topic name inside it and is then dropped. A look-alike spelled like a form of another
 *   gazetteer entity yields to it (the gazetteer knows the name as something real).
 * - `demonyms`: the gazetteer forms (per entity) that are demonym adjectives ("Kazakh",
 *   "afghanisch"); next to a `senses` word ("cuisine", "Sprache", "язык", "زبان", "ethnic") they
 *   mean a people, a language or a cuisine, not the state (docs/decisions/0160-demonyms.md).
 *   `senses` lists the words by noun class (`classes`: language, food, crafts, breeds …, each
 *   with `after` and `before` by language), or directly as `after` and `before`.
 * - `titles`: words that, right before an ambiguous form of a person, make it firm
 *   ("President Ghani", "Президент Токаев", "رئیس جمهور غنی").
 *
 * Errors read "<file>:<line>: what", like the gazetteer's. Pure: the caller reads the file.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineLocator, propsOf } from './json-nodes';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { LANGS, type Lang } from '../shared/pack-types';
import { formKey } from './forms';
import type { Lookalikes } from './types';

export type { Blocker, Lookalikes } from './types';

export class LookalikesError extends Error {
  constructor(readonly problems: { line: number; message: string }[], file: string) {
    super(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'LookalikesError';
  }
}

const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

/**
 * Parses and checks the file. With `entries` (the gazetteer), also checks that every entity id
 * exists and every demonym is one of its entity's forms.
 */
export function parseLookalikes(text: string, file: string, entries?: readonly GazetteerEntry[]): Lookalikes {
  const lineOf = lineLocator(text);
  const problems: { line: number; message: string }[] = [];
  const fail = (node: Node | undefined, message: string) => problems.push({ line: node ? lineOf(node.offset) : 1, message });
  const done = () => {
    if (problems.length) throw new LookalikesError(problems.sort((a, b) => a.line - b.line), file);
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  for (const e of errors) problems.push({ line: lineOf(e.offset), message: `JSON syntax error: ${printParseErrorCode(e.error)}` });
  done();
  const props = propsOf;
  if (root?.type !== 'object') {
    fail(root, 'expected an object with "lookalikes", "demonyms", "senses" and "titles"');
    done();
  }
  const top = props(root);
  for (const [k, node] of top) {
    if (!['about', 'lookalikes', 'demonyms', 'senses', 'titles'].includes(k)) fail(node, `unknown key "${k}"`);
  }
  const known = entries ? new Map(entries.map((e) => [e.id, e])) : null;
  const checkEntity = (node: Node | undefined, where: string): string | null => {
    if (typeof node?.value !== 'string' || !node.value) {
      fail(node, `${where}: missing entity id`);
      return null;
    }
    if (known && !known.has(node.value)) fail(node, `${where}: unknown gazetteer entity "${node.value}"`);
    return node.value;
  };
  /** A language → string[] object; calls `each` for every valid string. */
  const byLang = (node: Node | undefined, where: string, each: (lang: Lang, text: string, node: Node) => void) => {
    if (node?.type !== 'object') return fail(node, `${where} must be an object of language → string[]`);
    for (const [lang, arr] of props(node)) {
      if (!isLang(lang)) fail(arr, `${where}: unknown language "${lang}"`);
      else if (arr.type !== 'array') fail(arr, `${where}.${lang} must be an array`);
      else {
        for (const s of arr.children ?? []) {
          if (typeof s.value !== 'string' || !formKey(s.value)) fail(s, `${where}.${lang}: empty or non-string form`);
          else each(lang, s.value, s);
        }
      }
    }
  };
  const list = (key: string): Node[] => {
    const node = top.get(key);
    if (node === undefined) return [];
    if (node.type !== 'array') {
      fail(node, `"${key}" must be an array`);
      return [];
    }
    return node.children ?? [];
  };

  const out: Lookalikes = { blockers: [], demonyms: [], after: [], before: [], titles: [] };
  const seen = new Map<string, number>();
  for (const g of list('lookalikes')) {
    const p = props(g);
    if (g.type !== 'object') {
      fail(g, 'a look-alike must be an object');
      continue;
    }
    const looksLike = checkEntity(p.get('looksLike'), 'look-alike');
    const is = p.get('is');
    if (typeof is?.value !== 'string' || !is.value.trim()) fail(is ?? g, 'look-alike: missing "is" (what the name means)');
    const subset = (field: 'literal' | 'exact') => {
      const node = p.get(field);
      if (node && node.type !== 'array') fail(node, `${field} must be an array of forms`);
      return { node, set: new Set((node?.children ?? []).map((l) => l.value as string)) };
    };
    const literal = subset('literal');
    const exact = subset('exact');
    const texts = new Set<string>();
    byLang(p.get('forms'), `look-alike of "${looksLike}"`, (lang, t, node) => {
      texts.add(t);
      // Same words with other separators are fine ("ФК «Астана»", "ФК \"Астана\""): keyed by the text.
      const key = `${lang}\u0000${t}`;
      const first = seen.get(key);
      if (first !== undefined) return fail(node, `look-alike "${t}" (${lang}) is listed twice (first at line ${first})`);
      seen.set(key, lineOf(node.offset));
      out.blockers.push({ looksLike: looksLike ?? '', is: String(is?.value ?? ''), lang, text: t, literal: literal.set.has(t), exact: exact.set.has(t) });
    });
    for (const { node, field } of [{ node: literal.node, field: 'literal' }, { node: exact.node, field: 'exact' }]) {
      for (const l of node?.children ?? []) if (!texts.has(String(l.value))) fail(l, `${field} form ${JSON.stringify(l.value)} is not one of the look-alike's forms`);
    }
  }
  for (const d of list('demonyms')) {
    const p = props(d);
    const entity = checkEntity(p.get('entity'), 'demonym');
    const entry = entity ? known?.get(entity) : undefined;
    const own = entry ? new Set([...Object.values(entry.names), ...Object.values(entry.aliases ?? {}).flat()].map(formKey)) : null;
    byLang(p.get('forms'), `demonyms of "${entity}"`, (_lang, t, node) => {
      if (own && !own.has(formKey(t))) fail(node, `demonym "${t}" is not a form of "${entity}" in the gazetteer`);
      out.demonyms.push(`${entity}\u0000${formKey(t)}`);
    });
  }
  const senses = top.get('senses');
  if (senses) {
    // Either after/before directly, or noun classes (food, language, breed …), each with after/before.
    const sides = (node: Node, where: string, classes: boolean) => {
      for (const [k, side] of props(node)) {
        if (k === 'after' || k === 'before') byLang(side, `${where}.${k}`, (_lang, t) => out[k].push(t));
        else if (k === 'about') continue;
        else if (k === 'classes' && classes) {
          if (side.type !== 'object') fail(side, `${where}.classes must be an object of class → {after, before}`);
          else for (const [name, cls] of props(side)) {
            if (cls.type !== 'object') fail(cls, `${where}.classes.${name} must be an object with "after" and/or "before"`);
            else sides(cls, `${where}.classes.${name}`, false);
          }
        } else fail(side, `${where}: unknown key "${k}" (${classes ? 'about, classes, ' : ''}after, before)`);
      }
    };
    if (senses.type !== 'object') fail(senses, '"senses" must be an object');
    else sides(senses, 'senses', true);
  }
  const titles = top.get('titles');
  if (titles) byLang(titles, 'titles', (_lang, t) => out.titles.push(t));
  done();
  return out;
}
