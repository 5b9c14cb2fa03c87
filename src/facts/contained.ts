/**
 * Names inside longer names. The matcher reports the longest mention ("Afghan security forces",
 * "Kazakh–Afghan Business Forum", "Astana OIC summit"); a fact about it also names what its name
 * contains (Afghanistan; Kazakhstan and Afghanistan; Astana and the OIC). Which entities a form
 * contains is a property of the gazetteer, so it is computed once per gazetteer: the matcher runs
 * over every proper prefix and suffix (cut at word starts) of every form, and the entities it
 * finds there, other than the form's own, are the form's inner entities (transitively).
 *
 * Two guards keep namesakes out: a person's name contains no person, no city and no inflected
 * form (the "Ghani" of "Abdul Ghani Baradar" is not Ashraf Ghani, the "Кабул" of "Замир Кабулов"
 * is not Kabul); and an ambiguous inner form (the "OIC" of "OIC summit") counts in a document
 * only with the support the ambiguity rule asks of any ambiguous mention (src/matching/ambiguity.ts):
 * a firm mention of the entity or of one of its context entities near the outer mention. Pure.
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { DEFAULT_WINDOW } from '../matching/ambiguity';
import { compileMatcher, gazetteerForms } from '../matching/compile';
import { foldKey } from '../matching/normalize';
import type { Match, Matcher } from '../matching/types';

export interface InnerEntity {
  entity: string;
  /** Found through an ambiguous form: counts only with support in the document. */
  ambiguous: boolean;
}

const key = (entity: string, form: string) => `${entity}\u0000${form}`;
const LETTER = /[\p{L}\p{M}]/u;

export interface Containment {
  /** The entities inside the form that made the mention, without the mention's own entity. */
  inner(m: Pick<Match, 'entity' | 'form'>): readonly InnerEntity[];
  /** Whether `form` is an ambiguous form of `entity`. */
  isAmbiguous(entity: string, form: string): boolean;
  /** The entity and its context entities: what may support one of its ambiguous forms. */
  supportOf(entity: string): ReadonlySet<string>;
}

/** Word starts and ends of a form ("Mazar-i-Sharif–Herat railway": Mazar, i, Sharif, Herat, railway). */
function wordBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

export function containment(entries: readonly GazetteerEntry[]): Containment {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const ambiguous = new Set<string>();
  for (const e of entries) for (const f of e.ambiguous ?? []) ambiguous.add(key(e.id, f));
  // Ambiguous forms must be found inside a form even without support there; whether they count
  // is decided later, per document.
  const open: Matcher = compileMatcher(entries.map((e) => ({ ...e, ambiguous: [] })));

  type Found = InnerEntity & { form: string };
  const direct = new Map<string, Found[]>();
  for (const f of gazetteerForms(entries)) {
    const k = key(f.entity, f.text);
    if (direct.has(k)) continue;
    const person = byId.get(f.entity)?.type === 'person';
    // A person's name is not about the people and places it shares words with: "Abdul Ghani
    // Baradar" is not Ghani, "Nursultan Nazarbayev" not the city once called Nur-Sultan, "Замир
    // Кабулов" not Kabul. A title still names its state ("US Special Representative").
    const namesake = (m: Match) => {
      const t = byId.get(m.entity)?.type;
      return t === 'person' || t === 'city' || foldKey(m.text) !== foldKey(m.form);
    };
    const found = new Map<string, Found>();
    const { starts, ends } = wordBounds(f.text);
    const spans: [number, number][] = [];
    for (let i = 1; i < starts.length; i++) spans.push([starts[i]!, f.text.length]);
    for (let j = 0; j < ends.length - 1; j++) spans.push([0, ends[j]!]);
    for (const [a, b] of spans) {
      const sub = f.text.slice(a, b);
      for (const m of open.match(sub)) {
        // Part of a word: a German compound that starts with a name ("Europä|ische") is not it.
        if (LETTER.test(sub.charAt(m.end)) || LETTER.test(sub.charAt(m.start - 1))) continue;
        if (m.entity === f.entity) continue;
        const amb = ambiguous.has(key(m.entity, m.form));
        if (person && namesake(m)) continue;

        const prev = found.get(m.entity);
        if (!prev || (prev.ambiguous && !amb)) found.set(m.entity, { entity: m.entity, ambiguous: amb, form: m.form });
      }
    }
    direct.set(k, [...found.values()]);
  }

  // Transitively: what an inner form contains is inside too (firm only if every step is).
  const closed = new Map<string, InnerEntity[]>();
  const close = (k: string, depth: number): InnerEntity[] => {
    const hit = closed.get(k);
    if (hit) return hit;
    const out = new Map<string, InnerEntity>();
    for (const x of direct.get(k) ?? []) {
      const prev = out.get(x.entity);
      if (!prev || (prev.ambiguous && !x.ambiguous)) out.set(x.entity, { entity: x.entity, ambiguous: x.ambiguous });
      if (depth > 8) continue;
      for (const y of close(key(x.entity, x.form), depth + 1)) {
        const amb = x.ambiguous || y.ambiguous;
        const p = out.get(y.entity);
        if (!p || (p.ambiguous && !amb)) out.set(y.entity, { entity: y.entity, ambiguous: amb });
      }
    }
    const own = k.slice(0, k.indexOf('\u0000'));
    out.delete(own);
    const list = [...out.values()];
    closed.set(k, list);
    return list;
  };
  for (const k of direct.keys()) close(k, 0);

  const support = new Map<string, Set<string>>();
  return {
    inner: (m) => closed.get(key(m.entity, m.form)) ?? [],
    isAmbiguous: (entity, form) => ambiguous.has(key(entity, form)),
    supportOf(entity) {
      let s = support.get(entity);
      if (!s) support.set(entity, (s = new Set([entity, ...(byId.get(entity)?.context ?? [])])));
      return s;
    },
  };
}

const cache = new WeakMap<readonly GazetteerEntry[], Containment>();
/** containment(entries), computed once per gazetteer array. */
export function containmentOf(entries: readonly GazetteerEntry[]): Containment {
  let c = cache.get(entries);
  if (!c) cache.set(entries, (c = containment(entries)));
  return c;
}

/**
 * The entities a mention names: its own, then those inside its name that count in this document.
 * `firm`: the document's unambiguous mentions, sorted by start (support for ambiguous inner ones).
 */
export function namedBy(m: Match, c: Containment, firm: readonly Match[], window = DEFAULT_WINDOW): string[] {
  const out = [m.entity];
  const inner = c.inner(m);
  const firmInner = inner.filter((x) => !x.ambiguous).map((x) => x.entity);
  for (const x of inner) {
    if (out.includes(x.entity)) continue;
    if (!x.ambiguous) {
      out.push(x.entity);
      continue;
    }
    const ok = c.supportOf(x.entity);
    const near = firm.some((f) => f.end >= m.start - window && f.start <= m.end + window && ok.has(f.entity));
    if (near || ok.has(m.entity) || firmInner.some((e) => ok.has(e))) out.push(x.entity);
  }
  return out;
}
