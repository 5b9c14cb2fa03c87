/**
 * Typed reads over an open fact store. Each function uses one readonly transaction, so it sees
 * one pack even while the background reseeds.
 */
import type { EntityCard, FactView } from '../shared/messages';
import type { Entity, Source, Topic } from '../shared/pack-types';
import { foldKey } from '../matching/normalize';
import type { CaravanDB, EntityRecord, FactRecord } from './schema';
import { fromEntityRecord, fromFactRecord, prefixRange } from './terms';

/** The pair the extension is about; facts naming both rank first. */
export const COUNTRY_PAIR = ['kazakhstan', 'afghanistan'] as const;

export interface SourceFilter {
  /** When given, only these sources count (a whitelist). */
  enabledSources?: string[] | undefined;
  /** Sources the reader turned off (settings.disabledSources). */
  disabledSources?: string[] | undefined;
}

/** What an entity card is ranked by, beside the usual order. */
export interface ContextOption {
  /**
   * The other entities of the mention's sentence or paragraph: facts that name more of them rank
   * first (hovering "Kazakhstan" in a sentence about the Taliban shows a fact naming the Taliban).
   */
  context?: readonly string[] | undefined;
}

export interface RankedOptions extends SourceFilter, ContextOption {
  /** Default 10. */
  limit?: number;
  /** When given and not empty, only facts with any of these topics count (total included). */
  topics?: readonly string[] | undefined;
}

export interface Ranked {
  facts: FactView[];
  /** How many facts matched from enabled sources, before the limit. */
  total: number;
}

const DEFAULT_LIMIT = 10;

export async function getEntity(db: CaravanDB, id: string): Promise<Entity | null> {
  const record = await db.get('entities', id);
  return record ? fromEntityRecord(record) : null;
}

export async function getSource(db: CaravanDB, id: string): Promise<Source | null> {
  return (await db.get('sources', id)) ?? null;
}

/** Any fact by id, whether or not its source is enabled; null if it or its source is unknown. */
export async function getFact(db: CaravanDB, id: string): Promise<FactView | null> {
  const tx = db.transaction(['facts', 'sources'], 'readonly');
  const record = await tx.objectStore('facts').get(id);
  const source = record && (await tx.objectStore('sources').get(record.source));
  return record && source ? { ...fromFactRecord(record), sourceInfo: source } : null;
}

export async function factsForEntity(db: CaravanDB, entityId: string, options: RankedOptions = {}): Promise<Ranked> {
  const tx = db.transaction(['facts', 'sources'], 'readonly');
  const [records, sources] = await Promise.all([
    tx.objectStore('facts').index('by-entity').getAll(entityId),
    tx.objectStore('sources').getAll(),
  ]);
  if (!options.context?.length) return rankAndLimit(records, sources, options);
  // Every fact ranked as usual, then re-ranked by the context (stable, and compareFacts breaks ties).
  const all = rankAndLimit(records, sources, { ...options, limit: records.length });
  const facts = all.facts.sort(compareInContext(options.context, entityId));
  return { facts: facts.slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT)), total: all.total };
}

export async function factsByTopic(db: CaravanDB, topic: Topic, options: RankedOptions = {}): Promise<Ranked> {
  const tx = db.transaction(['facts', 'sources'], 'readonly');
  const [records, sources] = await Promise.all([
    tx.objectStore('facts').index('by-topic').getAll(topic),
    tx.objectStore('sources').getAll(),
  ]);
  return rankAndLimit(records, sources, options);
}

export async function entityCard(db: CaravanDB, entityId: string, options: RankedOptions = {}): Promise<EntityCard | null> {
  const entity = await getEntity(db, entityId);
  if (!entity) return null;
  const { facts, total } = await factsForEntity(db, entityId, options);
  return { entity, facts, total };
}

/** For the timeline: every dated fact from enabled sources, oldest first (ties by id). */
export async function allFacts(db: CaravanDB, filter: SourceFilter = {}): Promise<FactView[]> {
  const tx = db.transaction(['facts', 'sources'], 'readonly');
  const [records, sources] = await Promise.all([
    tx.objectStore('facts').index('by-date').getAll(),
    tx.objectStore('sources').getAll(),
  ]);
  // The index already orders by date, then by primary key (id).
  return views(records, sources, filter);
}

/** Every source with the number of facts it holds (regardless of filters: the options page lists all). */
export async function sourcesWithCounts(db: CaravanDB): Promise<Array<Source & { facts: number }>> {
  const tx = db.transaction(['sources', 'facts'], 'readonly');
  const sources = await tx.objectStore('sources').getAll();
  const bySource = tx.objectStore('facts').index('by-source');
  const counts = await Promise.all(sources.map((s) => bySource.count(s.id)));
  return sources.map((s, i) => ({ ...s, facts: counts[i] ?? 0 }));
}

export interface SearchOptions extends SourceFilter {
  /** Per list (entities, facts). Default 10. */
  limit?: number;
  /** The entities the query names, as the matcher found them (src/search/query-names.ts). */
  names?: readonly { entity: string; text: string }[];
}

/** Why a result matched: a name the matcher found in the query, or the fact's own words. */
export type SearchReason = { kind: 'name'; entity: string; text: string } | { kind: 'text' };

export interface SearchResult {
  entities: Entity[];
  facts: FactView[];
  /** Per entity and fact id shown, why it matched. */
  why: Record<string, SearchReason[]>;
  /** How many facts matched before the limit. */
  total: number;
}

/**
 * Entities the query names (the matcher's names, first), then by any name or alias (prefix of a
 * whole key, else of an inner word of it); facts linked to a named entity, then facts whose summary
 * or quote contains every query word — the last one as a prefix, so results appear while typing
 * (from two letters on: a one-letter prefix would fetch most of the pack for nothing).
 * Everything goes through index ranges; nothing scans a store.
 */
export async function search(db: CaravanDB, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const folded = foldKey(query);
  if (!folded) return { entities: [], facts: [], why: {}, total: 0 };
  const limit = options.limit ?? DEFAULT_LIMIT;
  const names = options.names ?? [];
  const tx = db.transaction(['entities', 'facts', 'sources'], 'readonly');
  const entities = tx.objectStore('entities');
  const facts = tx.objectStore('facts');
  const factIndex = facts.index('by-term');
  const terms = folded.split(' ');
  const last = terms.length - 1;
  const [byKey, byTail, idSets, sources, namedRecords, namedFacts] = await Promise.all([
    entities.index('by-key').getAll(prefixRange(folded)),
    entities.index('by-tail').getAll(prefixRange(folded)),
    Promise.all(terms.map((t, i) => factIndex.getAllKeys(i === last && t.length > 1 ? prefixRange(t) : IDBKeyRange.only(t)))),
    tx.objectStore('sources').getAll(),
    Promise.all(names.map((n) => entities.get(n.entity))),
    Promise.all(names.map((n) => facts.index('by-entity').getAll(n.entity))),
  ]);
  const ids = intersect(idSets);
  const textual = (await Promise.all(ids.map((id) => facts.get(id)))).filter((f): f is FactRecord => f !== undefined);
  const ranked = rankSearchFacts(names, namedFacts, textual, sources, options);
  const named = namedRecords.filter((r): r is EntityRecord => r !== undefined).map(fromEntityRecord);
  const why: Record<string, SearchReason[]> = { ...ranked.why };
  for (const n of names) (why[n.entity] ??= []).push({ kind: 'name', entity: n.entity, text: n.text });
  const seen = new Set(named.map((e) => e.id));
  const byName = rankEntities(folded, byKey, byTail).filter((e) => !seen.has(e.id));
  // A name that starts with the query ("kaz" → Kazakhstan) matched by name too.
  for (const e of byName) why[e.id] = [{ kind: 'name', entity: e.id, text: query.trim() }];
  return {
    entities: [...named, ...byName].slice(0, limit),
    facts: ranked.facts.slice(0, Math.max(0, limit)),
    why,
    total: ranked.facts.length,
  };
}

/**
 * Facts linked to a named entity first (ranked as an entity card ranks them), then facts that
 * match only by their words: so "Kazakhstan", "Казахстан" and "قزاقستان" lead with the same facts.
 * Pure, for the unit tests.
 */
export function rankSearchFacts(
  names: readonly { entity: string; text: string }[],
  namedFacts: FactRecord[][],
  textual: FactRecord[],
  sources: Source[],
  filter: SourceFilter,
): { facts: FactView[]; why: Record<string, SearchReason[]> } {
  const why: Record<string, SearchReason[]> = {};
  const byName = views(namedFacts.flat(), sources, filter).sort(compareFacts);
  names.forEach((n, i) => {
    for (const f of namedFacts[i] ?? []) (why[f.id] ??= []).push({ kind: 'name', entity: n.entity, text: n.text });
  });
  const linked = new Set(byName.map((f) => f.id));
  const byText = views(textual, sources, filter).sort(compareFacts);
  for (const f of byText) (why[f.id] ??= []).push({ kind: 'text' });
  const facts = [...byName, ...byText.filter((f) => !linked.has(f.id))];
  const shown = new Set(facts.map((f) => f.id));
  for (const id of Object.keys(why)) if (!shown.has(id)) delete why[id];
  return { facts, why };
}

function intersect(sets: string[][]): string[] {
  const sorted = [...sets].sort((a, b) => a.length - b.length);
  let out = [...new Set(sorted[0] ?? [])];
  for (const other of sorted.slice(1)) {
    const keep = new Set(other);
    out = out.filter((id) => keep.has(id));
  }
  return out;
}

/** Whole-key matches before inner-word matches; exact before prefix; then the closest (shortest) key. */
function rankEntities(q: string, byKey: EntityRecord[], byTail: EntityRecord[]): Entity[] {
  const best = new Map<string, { record: EntityRecord; score: [number, number] }>();
  const consider = (record: EntityRecord, forms: string[], group: number): void => {
    const hits = forms.filter((k) => k.startsWith(q));
    if (!hits.length) return;
    const length = Math.min(...hits.map((k) => k.length));
    const score: [number, number] = [group + (length === q.length ? 0 : 1), length];
    const prev = best.get(record.id);
    if (!prev || compareTuple(score, prev.score) < 0) best.set(record.id, { record, score });
  };
  for (const r of byKey) consider(r, r.keys, 0);
  for (const r of byTail) consider(r, r.tails, 2);
  return [...best.values()]
    .sort((a, b) => compareTuple(a.score, b.score) || cmp(a.record.id, b.record.id))
    .map((x) => fromEntityRecord(x.record));
}

function compareTuple(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isEnabled(sourceId: string, filter: SourceFilter): boolean {
  if (filter.enabledSources && !filter.enabledSources.includes(sourceId)) return false;
  return !filter.disabledSources?.includes(sourceId);
}

/** Facts from enabled, known sources, as views. A fact whose source is missing cannot be cited, so it is dropped. */
function views(records: FactRecord[], sources: Source[], filter: SourceFilter): FactView[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: FactView[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const source = byId.get(r.source);
    if (!source || !isEnabled(r.source, filter) || seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({ ...fromFactRecord(r), sourceInfo: source });
  }
  return out;
}

/**
 * Both countries named first (the extension's subject), then facts with numbers (the most
 * telling), then the most recent (fact date, else the source's publication date), then id.
 */
export function compareFacts(a: FactView, b: FactView): number {
  const both = (f: FactView): number => (COUNTRY_PAIR.every((c) => f.entities.includes(c)) ? 0 : 1);
  const numbers = (f: FactView): number => (f.quantities.length > 0 ? 0 : 1);
  const when = (f: FactView): string => f.date ?? f.sourceInfo.published ?? '';
  return both(a) - both(b) || numbers(a) - numbers(b) || cmp(when(b), when(a)) || cmp(a.id, b.id);
}

/** How many of the context's entities a fact names. */
export function contextScore(fact: { entities: readonly string[] }, context: ReadonlySet<string>): number {
  let n = 0;
  for (const e of fact.entities) if (context.has(e)) n++;
  return n;
}

/**
 * compareFacts after the context: the fact naming more of the mention's neighbours first. With
 * no context, compareFacts itself. Pure.
 */
export function compareInContext(context: readonly string[] | undefined, self?: string): (a: FactView, b: FactView) => number {
  const set = new Set(context ?? []);
  if (self) set.delete(self);
  if (!set.size) return compareFacts;
  return (a, b) => contextScore(b, set) - contextScore(a, set) || compareFacts(a, b);
}

function rankAndLimit(records: FactRecord[], sources: Source[], options: RankedOptions): Ranked {
  const topics = options.topics?.length ? new Set(options.topics) : null;
  const all = views(records, sources, options)
    .filter((f) => !topics || f.topics.some((t) => topics.has(t)))
    .sort(compareFacts);
  return { facts: all.slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT)), total: all.length };
}
