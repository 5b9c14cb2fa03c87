#!/usr/bin/env node
// Writes the Wikidata ids of scripts/qids/qids.json (each with the source rows it was read from) into
// data/gazetteer.json, as one "qid" line per entity after its "scope" line (insert-qids.mjs says why).
// Usage: node scripts/qids/apply.mjs [--check]
//   --check: write nothing; exit 1 when some id of the table is missing from the gazetteer (e.g. after a merge).
import { readFileSync, writeFileSync } from 'node:fs';
import { insertQids } from './insert-qids.mjs';

const gazetteerPath = new URL('../../data/gazetteer.json', import.meta.url);
const table = JSON.parse(readFileSync(new URL('./qids.json', import.meta.url), 'utf8'));
const check = process.argv.includes('--check');

const { text, added, withQid, total } = insertQids(readFileSync(gazetteerPath, 'utf8'), table.batches);
if (!check) writeFileSync(gazetteerPath, text);
console.log(`${check ? 'would add' : 'added'} ${added} qid lines; ${withQid} of ${total} entities have one`);
if (check && added > 0) process.exitCode = 1;
