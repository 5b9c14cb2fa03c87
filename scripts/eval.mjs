// `npm run eval [-- --json] [-- --verbose] [-- --mode topic|everywhere|never] [-- --product DIR [--skip-unknown]]`: scores the product's
// matcher on the annotated evaluation set (eval/texts/<lang>/<kind>-NN.md, docs/evaluation.md):
// precision, recall and F1 per language, entity type and kind of text, the look-alike hits and
// the marks on unrelated texts. It reports and exits 0; a malformed text or a gold id the
// gazetteer does not know prints `<file>:<line>: <what>` and exits 1. `--product DIR` takes the
// matcher's code and data from another checkout (a copy of another branch; it writes DIR/.cache);
// `--skip-unknown` drops (and lists) gold mentions of ids that checkout's gazetteer lacks;
// `--texts DIR` scores the texts of DIR/<lang>/<kind>-NN.md instead of eval/texts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const read = (file, from = root) => readFileSync(join(from, file), 'utf8');
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));

/**
 * The matcher as the product compiles it, in one place so the scorer follows the product: the
 * gazetteer and the look-alikes through the product's own Node loaders where it has them (as the
 * fact pack passes them to compileMatcher), else their parsers; with the product's own
 * matchDocument (one sense per document) and scope gate.
 */
async function productMatcher(product = root) {
  const has = (module) => existsSync(join(product, 'src/matching', module));
  const { compileMatcher } = await loadTs('src/matching/compile.ts', product);
  const entries = has('gazetteer-file.ts')
    ? (await loadTs('src/matching/gazetteer-file.ts', product)).loadGazetteer(product)
    : (await loadTs('src/matching/gazetteer-load.ts', product)).parseGazetteer(read('data/gazetteer.json', product), 'data/gazetteer.json');
  const options = {};
  const inputs = ['data/gazetteer.json'];
  if (existsSync(join(product, 'data/lookalikes.json'))) {
    if (has('lookalikes-file.ts')) options.lookalikes = (await loadTs('src/matching/lookalikes-file.ts', product)).loadLookalikes(product, entries);
    else if (has('lookalikes.ts')) options.lookalikes = (await loadTs('src/matching/lookalikes.ts', product)).parseLookalikes(read('data/lookalikes.json', product), 'data/lookalikes.json', entries);
    else throw new Error('data/lookalikes.json exists but the matcher has no look-alikes module: cannot compile the product matcher');
    inputs.push('data/lookalikes.json');
  }
  const { matchDocument } = await loadTs('src/matching/document.ts', product);
  const { topicEvidence, isOnTopic, shownMentions } = await loadTs('src/matching/scope.ts', product);
  return { product: { matcher: compileMatcher(entries, options), matchDocument, topicEvidence, isOnTopic, shownMentions }, entries, inputs };
}

function loadTexts(parseEvalText, base = 'eval/texts') {
  const docs = [];
  const dir = resolve(root, base);
  for (const lang of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, lang)).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = `${base.replace(/\/$/, '')}/${lang}/${name}`;
      docs.push(parseEvalText(readFileSync(join(dir, lang, name), 'utf8'), file));
    }
  }
  return docs;
}

const pct = (x) => (x * 100).toFixed(1).padStart(5);
function table(title, rows) {
  const lines = [`${title.padEnd(14)}  gold  marks  exact: P     R     F1   | overlap: P     R     F1`];
  for (const [k, s] of Object.entries(rows)) {
    lines.push(
      `${k.padEnd(14)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)}        ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |          ${pct(s.lenientPrecision)} ${pct(s.lenientRecall)} ${pct(s.lenientF1)}`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const mode = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'topic';
  if (!['topic', 'everywhere', 'never'].includes(mode)) throw new Error(`--mode must be topic, everywhere or never (got ${mode})`);
  const { parseEvalText, checkIds, unknownIds } = await loadTs('scripts/eval/markup.ts', root);
  const { evaluate } = await loadTs('scripts/eval/score.ts', root);
  const docs = loadTexts(parseEvalText, args.includes('--texts') ? args[args.indexOf('--texts') + 1] : undefined);
  const product = args.includes('--product') ? args[args.indexOf('--product') + 1] : root;
  const { product: built, entries, inputs } = await productMatcher(product);
  const known = new Set(entries.map((e) => e.id));
  if (args.includes('--skip-unknown')) {
    // While the gazetteer grows on another branch: say what is dropped, score the rest.
    const unknown = unknownIds(docs, known);
    for (const p of unknown) process.stderr.write(`${p.file}:${p.line}: skipped: ${p.message}\n`);
    for (const d of docs) d.gold = d.gold.filter((g) => known.has(g.entity));
  } else {
    try {
      checkIds(docs, known);
    } catch (error) {
      throw new Error(`${error.message}\n(every gold id must be in data/gazetteer.json; --skip-unknown scores the rest)`);
    }
  }
  const report = evaluate(docs, built, entries, mode);

  const out = [];
  const counts = Object.entries(report.texts).map(([l, k]) => `${l} ${Object.entries(k).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  out.push(`Caravan evaluation: ${docs.length} texts (${counts.join('; ')}), ${report.overall.gold} gold mentions, ${report.lookalikes} look-alikes`);
  // Which commit was scored, for figures that can be reproduced (a dirty tree says so).
  const git = (...a) => {
    try {
      return execFileSync('git', ['-C', product, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  const version = commit ? `${commit}${git('status', '--porcelain', '--', 'src', 'data') ? ' + uncommitted changes' : ''}` : 'not a git checkout';
  out.push(`Matcher: ${inputs.join(' + ')}${product === root ? '' : ` of ${product}`} at ${version} (${entries.length} entities), context marking '${mode}'`, '');
  out.push(table('language', report.byLang), '', table('entity type', report.byType), '', table('kind of text', report.byKind), '');
  out.push(table('all', { all: report.overall }), '');
  out.push('language        look-alikes  marks inside them  marks on unrelated texts');
  for (const [lang, f] of Object.entries(report.failuresByLang)) out.push(`${lang.padEnd(14)} ${String(f.lookalikes).padStart(12)} ${String(f.lookalikeHits).padStart(18)} ${String(f.unrelatedMarks).padStart(25)}`);
  out.push('');
  const hitSpans = new Set(report.lookalikeHits.map((h) => `${h.file}:${h.line}:${h.lookalike}`)).size;
  out.push(`Look-alike hits: ${report.lookalikeHits.length} marks inside ${hitSpans} of ${report.lookalikes} look-alikes`);
  for (const h of report.lookalikeHits) out.push(`  ${h.file}:${h.line}: "${h.text}" → ${h.entity} inside {{${h.lookalike}}}`);
  const unrelated = report.docs.filter((d) => d.kind === 'unrelated');
  out.push(`Marks on unrelated texts: ${report.unrelatedMarks.length} (${unrelated.filter((d) => d.shown.length).length} of ${unrelated.length} texts marked)`);
  for (const m of report.unrelatedMarks) out.push(`  ${m.file} @${m.start}: "${m.text}" → ${m.entity}`);
  if (args.includes('--verbose')) {
    out.push('', 'Per text (misses: gold not marked exactly; extra: marks that are not gold):');
    for (const d of report.docs) {
      if (!d.missed.length && !d.spurious.length) continue;
      out.push(`  ${d.file}${d.onTopic ? '' : ' (off topic)'}`);
      for (const m of d.missed) out.push(`    miss  line ${m.line}: "${m.text}" ${m.entity}`);
      for (const s of d.spurious) out.push(`    extra @${s.start}: "${s.text}" ${s.entity}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');

  if (args.includes('--json')) {
    mkdirSync(join(root, 'eval'), { recursive: true });
    // Per text: what it missed and marked wrongly (the full list of marks would only repeat the gold).
    const docs = report.docs.map((d) => ({ file: d.file, lang: d.lang, kind: d.kind, onTopic: d.onTopic, counts: d.counts, missed: d.missed, spurious: d.spurious, lookalikeHits: d.lookalikeHits }));
    const json = { ...report, product: { root: product === root ? '.' : product, version }, inputs, docs };
    writeFileSync(join(root, 'eval/results.json'), JSON.stringify(json, null, 2) + '\n');
    process.stdout.write('Wrote eval/results.json\n');
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
