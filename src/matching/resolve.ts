/**
 * From overlapping candidates to the final mentions: longest first, then earliest, then (for the
 * same span) unambiguous before ambiguous, then entity id, then gazetteer order. Greedy over that
 * order gives a deterministic, non-overlapping set in which no mention is inside a longer one
 * ("نور سلطان نظربایف" is Nazarbayev, not Astana + a surname).
 *
 * Ambiguous mentions are then checked (ambiguity.ts). A rejected one must not hide a shorter
 * candidate under it, so the selection is redone without the rejected ones until stable.
 */
import { DEFAULT_WINDOW, unsupported } from './ambiguity';
import type { Candidate } from './scan';

function compare(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
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

export function resolve(
  candidates: Candidate[],
  tokenCount: number,
  support: ReadonlyMap<string, ReadonlySet<string>>,
  window = DEFAULT_WINDOW,
): Candidate[] {
  if (!candidates.length) return [];
  let pool = candidates.sort(compare);
  for (;;) {
    const chosen = greedy(pool, tokenCount);
    const bad = new Set(unsupported(chosen, support, window));
    if (!bad.size) return chosen;
    pool = pool.filter((c) => !bad.has(c));
  }
}
