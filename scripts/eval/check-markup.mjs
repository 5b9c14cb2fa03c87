// `node scripts/eval/check-markup.mjs [DIR …]`: validates evaluation texts without scoring them —
// every file parses (scripts/eval/markup.ts: front matter, markup, lang/kind against the path) and
// every gold id is in data/gazetteer.json — and prints per language and kind the texts, gold
// mentions, look-alikes and words. It never loads the matcher, so a blind batch stays blind.
// Exits 1 with `<file>:<line>: <what>` on a malformed file or an unknown id.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from '../lib/load-ts.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

async function main() {
  const dirs = process.argv.slice(2);
  const { parseEvalText, checkIds } = await loadTs('scripts/eval/markup.ts', root);
  const known = new Set(JSON.parse(readFileSync(join(root, 'data/gazetteer.json'), 'utf8')).entities.map((e) => e.id));
  const docs = [];
  const problems = [];
  for (const base of dirs.length ? dirs : ['eval/texts']) {
    const dir = resolve(root, base);
    for (const lang of readdirSync(dir).sort()) {
      for (const name of readdirSync(join(dir, lang)).sort()) {
        if (!name.endsWith('.md')) continue;
        const file = `${base.replace(/\/$/, '')}/${lang}/${name}`;
        try {
          docs.push(parseEvalText(readFileSync(join(dir, lang, name), 'utf8'), file));
        } catch (error) {
          problems.push(error.message);
        }
      }
    }
  }
  try {
    checkIds(docs, known);
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  const rows = new Map();
  for (const d of docs) {
    const words = d.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const key = `${d.lang} ${d.kind}`;
    const r = rows.get(key) ?? { texts: 0, gold: 0, lookalikes: 0, words: 0 };
    r.texts += 1;
    r.gold += d.gold.length;
    r.lookalikes += d.lookalikes.length;
    r.words += words;
    rows.set(key, r);
    console.log(`${d.file}\t${words} words\t${d.gold.length} gold\t${d.lookalikes.length} look-alikes\t${new Set(d.gold.map((g) => g.entity)).size} entities`);
  }
  console.log('');
  for (const [key, r] of [...rows].sort()) console.log(`${key.padEnd(16)} ${r.texts} texts  ${r.gold} gold  ${r.lookalikes} look-alikes  ${r.words} words`);
  console.log(`all: ${docs.length} texts, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold, ${docs.reduce((n, d) => n + d.lookalikes.length, 0)} look-alikes; every file parses and every id is in data/gazetteer.json`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
