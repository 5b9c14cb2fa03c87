/**
 * The rule for `ambiguous` forms (surnames such as "Ghani", acronyms that are also words such as
 * "GCC", "SCO"):
 *
 *   An ambiguous mention counts only if, within WINDOW characters before its start or after its
 *   end in the same text passed to match(), there is an UNAMBIGUOUS mention of the same entity
 *   or of one of the entity's `context` entities.
 *
 * Why this rule: the page itself is the only evidence the matcher has. A surname next to the full
 * name ("Ashraf Ghani … Ghani said"), or an acronym next to a country it belongs with ("Kazakhstan
 * … the GCC"), is almost always the entity; alone ("GCC 13 compiles C code", "Ghani is a common
 * name") it is almost never worth a highlight. Only unambiguous mentions give support, so two
 * ambiguous names cannot vouch for each other. Callers should pass whole blocks (a page's text,
 * a corpus document), not single text nodes, or the window sees nothing.
 */
import type { Candidate } from './scan';


export const DEFAULT_WINDOW = 400;

/** What a document adds to the window rule (document.ts, compile.ts). */
export interface DocumentContext {
  /** Ambiguous candidates made firm by a title before them ("President Ghani"). */
  titled: ReadonlySet<Candidate> | null;
  /** Entities named firmly elsewhere in the same document (one sense per document). */
  named: ReadonlySet<string> | null;
  /**
   * Entities that are cities. A city's ambiguous name counts anywhere in a document that names its
   * country firmly (Туркестан in a text that says Казахстан three paragraphs earlier); a surname or
   * an acronym does not: a text about Afghanistan names many people who share one (Akhundzada), and
   * "GCC" far from Kuwait is the compiler.
   */
  cities?: { has(id: string): boolean };
}

/**
 * The ambiguous candidates of `chosen` (non-overlapping, sorted by start) that lack support.
 * `support` maps an entity with ambiguous forms to itself + its context entities. Look-alikes
 * (blockers) neither need nor give support.
 */
export function unsupported(
  chosen: readonly Candidate[],
  support: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'>,
  window = DEFAULT_WINDOW,
  doc: DocumentContext | null = null,
): Candidate[] {
  const weak = (c: Candidate) => c.form.form.ambiguous && !doc?.titled?.has(c);
  const firm = chosen.filter((c) => !c.form.blocker && !weak(c));
  const bad: Candidate[] = [];
  for (const c of chosen) {
    if (c.form.blocker || !weak(c)) continue;
    const e = c.form.form.entity;
    if (doc?.named?.has(e)) continue;
    const ok = support.get(e) ?? new Set([e]);
    // Not in Arabic script, where such forms are mostly common words (compile.ts says more).
    if (doc?.named && c.form.form.lang !== 'fa' && c.form.form.lang !== 'ps' && !!doc.cities?.has(e) && [...ok].some((x) => doc.named!.has(x))) continue;
    if (!supported(c, firm, ok, window)) bad.push(c);
  }
  return bad;
}

function supported(c: Candidate, firm: readonly Candidate[], ok: ReadonlySet<string>, window: number): boolean {
  const lo = c.start - window;
  const hi = c.end + window;
  // First firm mention that ends at or after `lo` (firm is sorted by start; ends are too, as
  // mentions don't overlap).
  let a = 0;
  let b = firm.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (firm[m]!.end < lo) a = m + 1;
    else b = m;
  }
  for (let i = a; i < firm.length && firm[i]!.start <= hi; i++) {
    if (ok.has(firm[i]!.form.form.entity)) return true;
  }
  return false;
}
