/**
 * The fact pack build: corpus/*.txt + corpus/sources.json + corpus/summaries.json +
 * data/gazetteer.json (with CLDR's names, gazetteer-file.ts) → FactPack. The only module of the deriver that reads files; everything it
 * calls is pure. Any malformed input stops the build with `<file>:<line>: <what>`.
 * Deterministic: the same inputs give byte-identical JSON (files sorted, no clocks, no maps
 * iterated in insertion-dependent ways that the inputs do not fix).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { LANGS, type Entity, type Fact, type FactPack, type Source } from '../shared/pack-types';
import { compileMatcher } from '../matching/compile';
import { loadGazetteer } from '../matching/gazetteer-file';
import { loadLookalikes } from '../matching/lookalikes-file';
import { foldKey } from '../matching/normalize';
import { checkCorpusText, parseSources, parseSummaries, type SourceMeta } from './corpus-check';
import { deriveFacts } from './derive';
import { publishedDate } from './published';
import { checkSummaries } from './summary-check';
import { dirOf } from '../shared/text-direction';

export const FILES = {
  corpus: 'corpus',
  sources: 'corpus/sources.json',
  summaries: 'corpus/summaries.json',
  gazetteer: 'data/gazetteer.json',
} as const;

function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (error) {
    throw new Error(`${file}:1: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function packEntities(entries: readonly GazetteerEntry[]): Entity[] {
  return entries.map((e) => {
    const names: Entity['names'] = {};
    for (const lang of LANGS) if (e.names[lang]) names[lang] = e.names[lang];
    const nameSet = new Set(Object.values(names));
    const aliases: string[] = [];
    for (const lang of LANGS) for (const a of e.aliases?.[lang] ?? []) if (!nameSet.has(a) && !aliases.includes(a)) aliases.push(a);
    const keys: string[] = [];
    for (const form of [...Object.values(names), ...aliases]) {
      const k = foldKey(form);
      if (k && !keys.includes(k)) keys.push(k);
    }
    return { id: e.id, type: e.type, scope: e.scope, ...(e.qid ? { qid: e.qid } : {}), names, aliases, ...(e.description ? { description: e.description } : {}), keys };
  });
}

function packSource(meta: SourceMeta, text: string): Source {
  return {
    id: meta.id,
    title: meta.title,
    // Only where it tells the reader something the title does not.
    ...(meta.titleEn !== meta.title ? { titleEn: meta.titleEn } : {}),
    lang: meta.lang,
    published: publishedDate(text, meta.lang),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    dir: dirOf(meta.lang),
    length: text.length,
    // The source view shows the whole document; fact offsets point into exactly this string.
    text,
  };
}

/** Content hash of the pack's data: first 16 hex digits of SHA-256 over its JSON. */
export function packVersion(sources: Source[], entities: Entity[], facts: Fact[]): string {
  return createHash('sha256').update(JSON.stringify({ sources, entities, facts })).digest('hex').slice(0, 16);
}

export async function buildPack(root: string): Promise<FactPack> {
  const files = readdirSync(join(root, FILES.corpus))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map<string, string>();
  for (const f of files) {
    const file = `${FILES.corpus}/${f}`;
    texts.set(f.slice(0, -4), checkCorpusText(readFileSync(join(root, file)), file));
  }
  const metas = parseSources(readText(root, FILES.sources), FILES.sources, [...texts.keys()], FILES.corpus).sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const entries = loadGazetteer(root, FILES.gazetteer);
  const summaries = parseSummaries(readText(root, FILES.summaries), FILES.summaries);
  const matcher = compileMatcher(entries, { lookalikes: loadLookalikes(root, entries) });

  const sources: Source[] = [];
  const facts: Fact[] = [];
  for (const meta of metas) {
    const text = texts.get(meta.id)!;
    sources.push(packSource(meta, text));
    facts.push(...deriveFacts({ id: meta.id, lang: meta.lang }, text, matcher, entries, summaries.entries));
  }
  checkSummaries(facts, summaries, FILES.summaries);
  const entities = packEntities(entries);
  return { version: packVersion(sources, entities, facts), sources, entities, facts };
}
