// `node scripts/scope-measure.mjs [pages-dir]`: runs the pure matcher over the text of the saved real
// pages (../shared/pages, none about the topic) and over topic texts (the corpus documents and the
// demo page), and prints per text its core/context evidence and what the topic rule (src/matching/
// scope.ts) decides. The measurements behind docs/decisions/0190-topic-scope.md.
// Text is read by a tag strip (scripts, styles, comments, templates dropped; block tags split the
// text into blocks like the detector's), which is close to what the content script reads.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pagesDir = process.argv[2] ?? process.env.CARAVAN_PAGES ?? join(root, '..', 'shared', 'pages');

const m = await loadTs('src/matching/build.ts', root);
// CARAVAN_GAZETTEER=path measures with another gazetteer (e.g. a larger one in progress).
const gazetteerFile = process.env.CARAVAN_GAZETTEER ?? join(root, 'data', 'gazetteer.json');
// The repository's gazetteer as the build reads it (CLDR names of states included), with its look-alikes.
const entries = process.env.CARAVAN_GAZETTEER ? m.parseGazetteer(readFileSync(gazetteerFile, 'utf8'), gazetteerFile) : m.loadGazetteer(root);
const matcher = m.compileMatcher(entries, { lookalikes: m.loadLookalikes(root, entries) });
const scopes = new Map(entries.map((e) => [e.id, e.scope]));
const scopeOf = (id) => scopes.get(id);

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const BLOCK = /<\/?(?:p|div|li|ul|ol|h[1-6]|section|article|header|footer|nav|aside|main|table|tr|td|th|blockquote|figure|figcaption|br|hr|dd|dt|dl|pre|form|option|button|title)\b[^>]*>/gi;
/** The blocks of visible text of an HTML document. */
export function blocksOf(html) {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|textarea|select)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
  return decode(body)
    .split('\n')
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function measure(name, blocks) {
  const matches = m.matchDocument(matcher, blocks).flat();
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  const ev = m.topicEvidence(matches, scopeOf, chars);
  const context = matches.filter((x) => scopeOf(x.entity) === 'context');
  const core = matches.filter((x) => scopeOf(x.entity) === 'core');
  const names = (list) => {
    const c = new Map();
    for (const x of list) c.set(x.entity, (c.get(x.entity) ?? 0) + 1);
    return [...c].map(([e, n]) => `${e}×${n}`).join(' ');
  };
  return { name, chars, core: ev.core, distinctCore: ev.distinctCore, context: context.length, onTopic: m.isOnTopic(ev), coreNames: names(core), contextNames: names(context) };
}

const rows = [];
for (const f of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
  rows.push({ kind: 'unrelated', ...measure(f.replace(/\.html$/, ''), blocksOf(readFileSync(join(pagesDir, f), 'utf8'))) });
}
for (const f of readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(root, 'corpus', f), 'utf8');
  rows.push({ kind: 'topic', ...measure(f.slice(0, 3), text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) });
}
rows.push({ kind: 'topic', ...measure('demo', blocksOf(readFileSync(join(root, 'demo', 'index.html'), 'utf8'))) });
for (const f of readdirSync(join(root, 'test', 'e2e', 'fixtures')).filter((f) => f.startsWith('scope-') && f.endsWith('.html')).sort()) {
  rows.push({ kind: 'fixture', ...measure(f.replace(/\.html$/, ''), blocksOf(readFileSync(join(root, 'test', 'e2e', 'fixtures', f), 'utf8'))) });
}

console.log('| text | kind | chars | core mentions | distinct core | context mentions | on topic | core found |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) console.log(`| ${r.name} | ${r.kind} | ${r.chars} | ${r.core} | ${r.distinctCore} | ${r.context} | ${r.onTopic ? 'yes' : 'no'} | ${r.coreNames || '—'} |`);
if (process.argv.includes('--context')) for (const r of rows) console.log(`${r.name}: ${r.contextNames}`);
