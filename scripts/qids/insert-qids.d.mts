/** Writes Wikidata ids into the gazetteer's JSON text, one `"qid"` line after each entity's `"scope"` line (insert-qids.mjs). */
export function insertQids(
  text: string,
  batches: Record<string, Record<string, { qid: string }>>,
): { text: string; added: number; withQid: number; total: number };
