#!/usr/bin/env node
// Writes the Wikidata ids of scripts/qids/qids.json into data/gazetteer.json as `"qid"` lines.
// It edits the file as text, one inserted line per entity right after its `"scope"` line (where the
// earlier ids sit), so the diff is those lines only and other helpers' edits of the same file merge.
// An entity that already has a different qid is an error: a disagreement to settle by hand, not to overwrite.
// Usage: node scripts/qids/apply.mjs [--check]
//   --check: write nothing; exit 1 when some id of the table is missing from the gazetteer (e.g. after a merge).
import { readFileSync, writeFileSync } from 'node:fs';

const gazetteerPath = new URL('../../data/gazetteer.json', import.meta.url);
const table = JSON.parse(readFileSync(new URL('./qids.json', import.meta.url), 'utf8'));
const check = process.argv.includes('--check');

const text = readFileSync(gazetteerPath, 'utf8');
const entities = JSON.parse(text).entities;
const byId = new Map(entities.map((e) => [e.id, e]));

const wanted = new Map();
for (const [batch, rows] of Object.entries(table.batches)) {
  for (const [id, row] of Object.entries(rows)) {
    if (!/^Q[1-9][0-9]*$/.test(row.qid)) throw new Error(`${batch}/${id}: not a QID: ${row.qid}`);
    if (!byId.has(id)) throw new Error(`${batch}/${id}: no such entity in data/gazetteer.json`);
    if (wanted.has(id)) throw new Error(`${id}: listed twice`);
    wanted.set(id, row.qid);
  }
}

const lines = text.split('\n');
let current = null;
let added = 0;
const out = [];
for (const line of lines) {
  const idMatch = /^ {6}"id": "([^"]+)",$/.exec(line);
  if (idMatch) current = idMatch[1];
  out.push(line);
  if (current && /^ {6}"scope": "[a-z]+",$/.test(line) && wanted.has(current)) {
    const entity = byId.get(current);
    const qid = wanted.get(current);
    if (entity.qid && entity.qid !== qid) throw new Error(`${current}: has ${entity.qid}, table says ${qid}`);
    if (!entity.qid) {
      out.push(`      "qid": "${qid}",`);
      added++;
    }
    current = null;
  }
}

const result = out.join('\n');
const after = JSON.parse(result).entities;
for (const e of after) {
  if (wanted.has(e.id) && e.qid !== wanted.get(e.id)) throw new Error(`${e.id}: qid not written (no "scope" line found where expected)`);
}
const seen = new Map();
for (const e of after) {
  if (!e.qid) continue;
  if (seen.has(e.qid)) throw new Error(`${e.qid} would name both ${seen.get(e.qid)} and ${e.id}`);
  seen.set(e.qid, e.id);
}
if (!check) writeFileSync(gazetteerPath, result);
console.log(`${check ? 'would add' : 'added'} ${added} qid lines; ${after.filter((e) => e.qid).length} of ${after.length} entities have one`);
if (check && added > 0) process.exitCode = 1;
