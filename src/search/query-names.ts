/**
 * What a search query names, found by the matcher the content script runs (any script, any
 * inflection: "Казахстана", "Kasachstans", "قزاقستان"), and "did you mean" for a typo: the
 * smallest edit distance over the gazetteer's folded names (decision 0200). Pure: no DOM.
 */
import { distance } from 'fastest-levenshtein';
import { foldKey } from '../matching/normalize';
import type { Matcher } from '../matching/types';
import type { GazetteerEntry } from '../shared/gazetteer-types';

/** One entity a query names, and the text of the query that named it. */
export interface NameHit {
  entity: string;
  /** The query's text that matched ("Казахстана"). */
  text: string;
}

/**
 * Every entity the query names, in query order, once each. A query has no context to support an
 * ambiguous form (a surname typed alone: "Tokayev"), so those the matcher turned down count too:
 * the reader typed the name on purpose.
 */
export function namesInQuery(matcher: Matcher, query: string): NameHit[] {
  const scan = matcher.scan(query);
  const out: NameHit[] = [];
  const seen = new Set<string>();
  for (const m of scan.matches) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    out.push({ entity: m.entity, text: m.text });
  }
  for (const entity of scan.waiting) {
    if (seen.has(entity)) continue;
    seen.add(entity);
    out.push({ entity, text: query.trim() });
  }
  return out;
}

/** One name a typo may have meant. */
export interface Suggestion {
  entity: string;
  /** The name as the gazetteer writes it ("Kazakhstan"): what the reader is offered and what is searched. */
  name: string;
  /** Edit distance between the folded query and the folded name. */
  distance: number;
}

export interface SuggestIndex {
  /** Every folded name once: its entity, and the entity's display name in the name's language. */
  readonly names: ReadonlyArray<{ key: string; entity: string; name: string }>;
}

/**
 * The gazetteer's names and aliases, folded. A typo of an alias ("Kazakstan") is offered as the
 * entity's name in that language ("Kazakhstan"): the name is what the reader meant to find.
 */
export function suggestIndex(entries: readonly GazetteerEntry[]): SuggestIndex {
  const names: Array<{ key: string; entity: string; name: string }> = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const byLang = new Map<string, string[]>();
    for (const [lang, name] of Object.entries(e.names)) if (typeof name === 'string') byLang.set(lang, [name]);
    for (const [lang, list] of Object.entries(e.aliases ?? {})) byLang.set(lang, [...(byLang.get(lang) ?? []), ...(list ?? [])]);
    for (const [lang, forms] of byLang) {
      const display = (e.names as Record<string, string | undefined>)[lang] ?? e.names.en;
      for (const form of forms) {
        const key = foldKey(form);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        names.push({ key, entity: e.id, name: display });
      }
    }
  }
  return { names };
}

/** Typos allowed: one in a short name, two from 8 letters on (short keys at distance 2 are other names). */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The closest names to a query that names nothing, at most `limit`, one per entity, closest
 * first (then the shorter name, then the name). Names whose length differs by more than the
 * allowed typos are skipped before the distance is computed: the 3,378 names of a 361-entity
 * gazetteer cost ~0.6 ms a query in Node.
 */
export function suggest(index: SuggestIndex, query: string, limit = 3): Suggestion[] {
  const q = foldKey(query);
  const max = maxTypos(q.length);
  if (!max) return [];
  const best = new Map<string, Suggestion & { key: string }>();
  for (const n of index.names) {
    if (Math.abs(n.key.length - q.length) > max) continue;
    const d = distance(q, n.key);
    // The query is a name: nothing to correct.
    if (d === 0) return [];
    if (d > max) continue;
    const prev = best.get(n.entity);
    if (!prev || d < prev.distance || (d === prev.distance && n.key.length < prev.key.length)) {
      best.set(n.entity, { entity: n.entity, name: n.name, distance: d, key: n.key });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.key.length - b.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(({ entity, name, distance: d }) => ({ entity, name, distance: d }));
}
