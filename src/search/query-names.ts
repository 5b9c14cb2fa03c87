/**
 * What a search query names, found by the matcher the content script runs (any script, any
 * inflection: "Казахстана", "Kasachstans", "قزاقستان"), and "did you mean" for a typo: the
 * smallest edit distance over the folded names of the matcher's own index (decision 0200; no copy
 * of the gazetteer beside it). Pure: no DOM.
 */
import { distance } from 'fastest-levenshtein';
import { foldKey } from '../matching/normalize';
import type { PackedName } from '../matching/packed';
import type { Matcher } from '../matching/types';
import { LANGS, type Lang } from '../shared/pack-types';

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
 * Each entity's name in each language, read back from its forms. The index numbers an entity's
 * forms in gazetteer order, its names first (one a language, in LANGS order), then its aliases
 * (matching/forms.ts): the names are the first run of its forms whose language only moves on.
 * This reads an alias as a name only where an entity's first alias is in a language after its
 * last name's; query-names.test.ts checks the shipped gazetteer has none.
 */
export function entityNames(forms: readonly PackedName[]): Map<string, Map<Lang, string>> {
  return namesOf(inOrder(forms));
}

/** entityNames over forms already in gazetteer order. */
function namesOf(sorted: readonly PackedName[]): Map<string, Map<Lang, string>> {
  const out = new Map<string, Map<Lang, string>>();
  let last = -1;
  let open = false;
  for (const f of sorted) {
    let names = out.get(f.form.entity);
    if (!names) {
      out.set(f.form.entity, (names = new Map<Lang, string>()));
      last = -1;
      open = true;
    }
    const lang = LANGS.indexOf(f.form.lang);
    if (open && lang > last) {
      names.set(f.form.lang, f.form.text);
      last = lang;
    } else {
      open = false;
    }
  }
  return out;
}

/** The entities' names and aliases, in gazetteer order; look-alikes left out. */
function inOrder(forms: readonly PackedName[]): PackedName[] {
  return forms.filter((f) => !f.blocker).sort((a, b) => a.order - b.order);
}

/**
 * The names and aliases of the matcher's index, folded. A typo of an alias ("Kazakstan") is
 * offered as the entity's name in that language ("Kazakhstan"), or its English name where it has
 * none there: the name is what the reader meant to find. A folded name two entities share is the
 * first's, in gazetteer order.
 */
export function suggestIndex(forms: readonly PackedName[]): SuggestIndex {
  const sorted = inOrder(forms);
  const display = namesOf(sorted);
  const names: Array<{ key: string; entity: string; name: string }> = [];
  const seen = new Set<string>();
  // An entity's forms a language at a time (its names' languages first), each name before its aliases.
  const byEntity = new Map<string, Map<Lang, string[]>>();
  for (const f of sorted) {
    let langs = byEntity.get(f.form.entity);
    if (!langs) byEntity.set(f.form.entity, (langs = new Map<Lang, string[]>()));
    const texts = langs.get(f.form.lang);
    if (texts) texts.push(f.form.text);
    else langs.set(f.form.lang, [f.form.text]);
  }
  for (const [entity, langs] of byEntity) {
    const own = display.get(entity)!;
    for (const [lang, texts] of langs) {
      const name = own.get(lang) ?? own.get('en') ?? own.values().next().value!;
      for (const text of texts) {
        const key = foldKey(text);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        names.push({ key, entity, name });
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
