/**
 * From overlapping candidates to the final mentions: longest first, then earliest, then (for the
 * same span) unambiguous before ambiguous, then entity id, then gazetteer order. Greedy over that
 * order gives a deterministic, non-overlapping set in which no mention is inside a longer one
 * ("نور سلطان نظربایف" is Nazarbayev, not Astana + a surname).
 *
 * Look-alikes (lookalikes.ts) take part like names, so "Kabul River" wins over "Kabul"; the
 * caller drops them from the result.
 *
 * Ambiguous mentions are then checked (ambiguity.ts). A rejected one must not hide a shorter
 * candidate under it, so the selection is redone without the rejected ones until stable.
 */
import { DEFAULT_WINDOW, unsupported, type DocumentContext } from './ambiguity';
import type { Candidate } from './scan';

function compare(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    // A look-alike on the same span as a name wins (trie.ts lets only those of its own entity in).
    Number(b.form.blocker) - Number(a.form.blocker) ||
    Number(a.form.form.ambiguous) - Number(b.form.form.ambiguous) ||
    (a.form.form.entity < b.form.form.entity ? -1 : a.form.form.entity > b.form.form.entity ? 1 : 0) ||
    a.form.order - b.form.order
  );
}

/** Reused and left all zero between calls: a typed array per call is costly in V8 (see tokenize.ts). */
let scratch = new Uint8Array(1024);

function greedy(sorted: readonly Candidate[], tokenCount: number): Candidate[] {
  if (scratch.length < tokenCount) scratch = new Uint8Array(Math.max(tokenCount, scratch.length * 2));
  const taken = scratch;
  const chosen: Candidate[] = [];
  next: for (const c of sorted) {
    for (let t = c.t0; t <= c.t1; t++) if (taken[t]) continue next;
    for (let t = c.t0; t <= c.t1; t++) taken[t] = 1;
    chosen.push(c);
  }
  for (const c of chosen) for (let t = c.t0; t <= c.t1; t++) taken[t] = 0;
  return chosen.sort((a, b) => a.start - b.start);
}

export interface Resolved {
  /** The mentions, look-alikes included (the caller drops them), sorted by start. */
  chosen: Candidate[];
  /** Ambiguous candidates turned down for lack of support (document.ts may admit them later). */
  rejected: Candidate[];
}

const NONE: Resolved = { chosen: [], rejected: [] };

export function resolve(
  candidates: Candidate[],
  tokenCount: number,
  support: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'>,
  window = DEFAULT_WINDOW,
  doc: DocumentContext | null = null,
): Resolved {
  if (!candidates.length) return NONE;
  let pool = candidates.sort(compare);
  let rejected: Candidate[] | null = null;
  for (;;) {
    const chosen = greedy(pool, tokenCount);
    const bad = unsupported(chosen, support, window, doc);
    if (!bad.length) return { chosen, rejected: rejected ?? [] };
    (rejected ??= []).push(...bad);
    const out = new Set(bad);
    pool = pool.filter((c) => !out.has(c));
  }
}
