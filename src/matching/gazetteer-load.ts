/**
 * data/gazetteer.json → GazetteerEntry[], with errors a curator can act on: "<file>:<line>: what".
 * Pure (the caller reads the file), so the build, tests and tools share it. Line numbers come
 * from jsonc-parser's node offsets; every problem found is reported, the first one first.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineLocator, propsOf } from './json-nodes';
import type { GazetteerEntry, TerritoryNames } from '../shared/gazetteer-types';
import { LANGS, type EntityType, type Lang } from '../shared/pack-types';
import { formKey } from './forms';

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** CLDR territory codes: ISO 3166-1 alpha-2 ("KZ") or UN M.49 regions ("143"). */
const REGION = /^(?:[A-Z]{2}|[0-9]{3})$/;
const TYPES: readonly EntityType[] = ['country', 'region', 'city', 'person', 'organization', 'program', 'agreement', 'event', 'other'];

export class GazetteerError extends Error {
  constructor(readonly problems: { line: number; message: string }[], file: string) {
    super(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'GazetteerError';
  }
}

/**
 * `territories`: CLDR's territory names, needed by entities with a `region` (see
 * gazetteer-file.ts, which reads both from disk). Their names come from CLDR and take part in
 * every check below like hand-written forms, reported at the line of the `region` field.
 */
export function parseGazetteer(text: string, file: string, territories?: TerritoryNames): GazetteerEntry[] {
  const lineOf = lineLocator(text);
  const problems: { line: number; message: string }[] = [];
  const fail = (node: Node | undefined, message: string) => problems.push({ line: node ? lineOf(node.offset) : 1, message });
  const done = () => {
    if (problems.length) throw new GazetteerError(problems, file);
  };

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  for (const e of errors) problems.push({ line: lineOf(e.offset), message: `JSON syntax error: ${printParseErrorCode(e.error)}` });
  done();
  const props = propsOf;
  const list = props(root).get('entities');
  if (root?.type !== 'object' || list?.type !== 'array') {
    fail(list ?? root, 'expected { "entities": [ … ] }');
    done();
  }

  const out: GazetteerEntry[] = [];
  const idLine = new Map<string, number>();
  const keys = new Map<string, { entity: string; form: string; line: number }>();
  const contexts: { entity: string; id: unknown; node: Node }[] = [];
  for (const en of list!.children ?? []) {
    if (en.type !== 'object') {
      fail(en, 'entity must be an object');
      continue;
    }
    const p = props(en);
    const idNode = p.get('id');
    const id: unknown = idNode?.value;
    const who = typeof id === 'string' ? `"${id}"` : 'entity';
    if (idNode === undefined) fail(en, 'entity without "id"');
    else if (typeof id !== 'string' || !ID.test(id)) fail(idNode, `invalid id ${JSON.stringify(id)} (must match ${ID})`);
    else if (idLine.has(id)) fail(idNode, `duplicate id "${id}" (first at line ${idLine.get(id)})`);
    else idLine.set(id, lineOf(idNode.offset));

    const scopeNode = p.get('scope');
    if (scopeNode?.value !== 'core' && scopeNode?.value !== 'context') fail(scopeNode ?? en, `${who}: scope must be "core" or "context"`);
    const qidNode = p.get('qid');
    if (qidNode && (typeof qidNode.value !== 'string' || !/^Q[1-9][0-9]*$/.test(qidNode.value))) fail(qidNode, `${who}: qid must be a Wikidata id such as "Q232"`);
    const fromNode = p.get('namesFrom');
    if (fromNode && (typeof fromNode.value !== 'string' || !fromNode.value.trim())) fail(fromNode, `${who}: namesFrom must be a non-empty string`);

    const typeNode = p.get('type');
    if (!(TYPES as readonly unknown[]).includes(typeNode?.value)) fail(typeNode ?? en, `${who}: unknown type ${JSON.stringify(typeNode?.value ?? null)} (one of ${TYPES.join(', ')})`);

    // Every form with the node it was written at, for the checks below.
    const forms: { lang: Lang; text: string; node: Node }[] = [];
    const addForm = (lang: string, node: Node, where: string) => {
      if (!(LANGS as readonly string[]).includes(lang)) return fail(node, `${who}: unknown language "${lang}" in ${where}`);
      if (typeof node.value !== 'string') return fail(node, `${who}: ${where}.${lang} must be a string`);
      if (!formKey(node.value)) return fail(node, `${who}: empty form in ${where}.${lang}`);
      forms.push({ lang: lang as Lang, text: node.value, node });
    };
    const namesNode = p.get('names');
    const names = props(namesNode);
    const regionNode = p.get('region');
    let cldr: Partial<Record<Lang, string>> | null = null;
    if (regionNode) {
      const code: unknown = regionNode.value;
      if (typeof code !== 'string' || !REGION.test(code)) fail(regionNode, `${who}: region must be a CLDR territory code such as "KZ" or "143", not ${JSON.stringify(code)}`);
      else if (!territories) fail(regionNode, `${who}: region "${code}" needs CLDR's territory names (load the gazetteer with loadGazetteer())`);
      else if (!territories.names.en?.[code]) fail(regionNode, `${who}: unknown region "${code}" (not a territory of CLDR ${territories.version})`);
      else {
        cldr = {};
        for (const lang of LANGS) {
          const name = territories.names[lang]?.[code];
          if (name) cldr[lang] = name;
        }
      }
      if (namesNode) fail(namesNode, `${who}: the names of an entity with a region come from CLDR; write other forms as aliases`);
    } else if (namesNode?.type !== 'object' || !names.has('en')) fail(namesNode ?? en, `${who}: missing names.en`);
    for (const [lang, node] of names) addForm(lang, node, 'names');
    // CLDR's names as forms written at the region's line (the collision check needs a node).
    if (cldr && regionNode) for (const lang of LANGS) if (cldr[lang]) forms.push({ lang, text: cldr[lang], node: regionNode });
    const aliasesNode = p.get('aliases');
    if (aliasesNode && aliasesNode.type !== 'object') fail(aliasesNode, `${who}: aliases must be an object of language → string[]`);
    for (const [lang, arr] of props(aliasesNode)) {
      if (arr.type !== 'array') fail(arr, `${who}: aliases.${lang} must be an array`);
      else for (const a of arr.children ?? []) addForm(lang, a, 'aliases');
    }

    const texts = new Set(forms.map((f) => f.text));
    for (const field of ['ambiguous', 'caseSensitive'] as const) {
      const node = p.get(field);
      if (!node) continue;
      if (node.type !== 'array') fail(node, `${who}: ${field} must be an array of forms`);
      for (const f of node.children ?? []) {
        if (typeof f.value !== 'string' || !texts.has(f.value)) fail(f, `${who}: ${field} form ${JSON.stringify(f.value)} is not one of the entity's names or aliases`);
      }
    }
    const ctxNode = p.get('context');
    if (ctxNode && ctxNode.type !== 'array') fail(ctxNode, `${who}: context must be an array of entity ids`);
    for (const c of ctxNode?.children ?? []) contexts.push({ entity: String(id), id: c.value as unknown, node: c });
    const cuesNode = p.get('cues');
    if (cuesNode) {
      const okCues = cuesNode.type === 'array' && (cuesNode.children ?? []).every((g) =>
        g.type === 'array' && g.children?.length && g.children.every((t) => typeof t.value === 'string' && formKey(t.value)));
      if (!okCues) fail(cuesNode, `${who}: cues must be an array of non-empty arrays of non-empty terms`);
    }
    const desc = p.get('description');
    if (typeof desc?.value !== 'string' || !desc.value.trim()) fail(desc ?? en, `${who}: missing description`);

    // Longest match cannot choose between two entities spelled alike: that is the curator's call.
    const own = new Set<string>();
    for (const f of forms) {
      const key = formKey(f.text);
      const line = lineOf(f.node.offset);
      const prev = keys.get(key);
      if (prev && prev.entity !== id) {
        fail(f.node, `${who}: form "${f.text}" folds to "${key}", like form "${prev.form}" of "${prev.entity}" (line ${prev.line})`);
      } else if (!own.has(key)) {
        own.add(key);
        keys.set(key, { entity: String(id), form: f.text, line });
      }
    }
    const entry = JSON.parse(text.slice(en.offset, en.offset + en.length)) as GazetteerEntry;
    if (cldr && territories) {
      entry.names = cldr as GazetteerEntry['names'];
      entry.namesFrom = `CLDR ${territories.version}` + (entry.namesFrom ? `; ${entry.namesFrom}` : '');
    }
    out.push(entry);
  }
  for (const c of contexts) {
    if (typeof c.id !== 'string' || !idLine.has(c.id)) fail(c.node, `"${c.entity}": unknown context entity ${JSON.stringify(c.id)}`);
  }
  problems.sort((a, b) => a.line - b.line);
  done();
  return out;
}
