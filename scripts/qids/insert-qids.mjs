// Pure text edit behind scripts/qids/apply.mjs: writes Wikidata ids into the gazetteer's JSON text as one
// `"qid"` line right after each entity's `"scope"` line (where the earlier ids sit), touching no other byte,
// so that other helpers' edits of the same file merge. It refuses what would make the data wrong rather
// than guess: an unknown entity, a malformed id, an entity that already has a different id, one id for two
// entities, an entity whose `"scope"` line is not where the file's layout puts it.

const QID = /^Q[1-9][0-9]*$/;
const ID_LINE = /^ {6}"id": "([^"]+)",$/;
const SCOPE_LINE = /^ {6}"scope": "[a-z]+",$/;

/**
 * @param {string} text the gazetteer file as text
 * @param {Record<string, Record<string, { qid: string }>>} batches entity id -> qid, grouped in named batches
 * @returns {{ text: string, added: number, withQid: number, total: number }}
 */
export function insertQids(text, batches) {
  const entities = JSON.parse(text).entities;
  const byId = new Map(entities.map((e) => [e.id, e]));

  const wanted = new Map();
  for (const [batch, rows] of Object.entries(batches)) {
    for (const [id, row] of Object.entries(rows)) {
      if (!QID.test(row.qid)) throw new Error(`${batch}/${id}: not a QID: ${row.qid}`);
      if (!byId.has(id)) throw new Error(`${batch}/${id}: no such entity in the gazetteer`);
      if (wanted.has(id)) throw new Error(`${id}: listed twice`);
      const existing = byId.get(id).qid;
      if (existing && existing !== row.qid) throw new Error(`${id}: has ${existing}, table says ${row.qid}`);
      wanted.set(id, row.qid);
    }
  }

  const out = [];
  let current = null;
  let added = 0;
  for (const line of text.split('\n')) {
    const idMatch = ID_LINE.exec(line);
    if (idMatch) current = idMatch[1];
    out.push(line);
    if (current && SCOPE_LINE.test(line)) {
      if (wanted.has(current) && !byId.get(current).qid) {
        out.push(`      "qid": "${wanted.get(current)}",`);
        added++;
      }
      current = null;
    }
  }

  const result = out.join('\n');
  const after = JSON.parse(result).entities;
  const owner = new Map();
  for (const e of after) {
    if (wanted.has(e.id) && e.qid !== wanted.get(e.id)) throw new Error(`${e.id}: qid not written (no "scope" line where the layout puts it)`);
    if (!e.qid) continue;
    if (owner.has(e.qid)) throw new Error(`${e.qid} would name both ${owner.get(e.qid)} and ${e.id}`);
    owner.set(e.qid, e.id);
  }
  return { text: result, added, withQid: owner.size, total: after.length };
}
