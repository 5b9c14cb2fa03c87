// npm run bench: floor vs mark.js vs Caravan in real Chromium and Firefox, on the saved real pages
// (../shared/pages), a page dense with mentions (test/bench-fixtures/dense.html) and synthetic
// growth pages. Prints a Markdown report and writes bench-results/latest.md + latest.json.
//
//   npm run bench                             full run (~15 min on 2 cores)
//   npm run bench -- --quick                  smoke run: 4 pages, 2 runs, small growth grid
//   npm run bench -- --browsers chromium      one browser
//   npm run bench -- --runs 7                 runs per (browser, page, annotator); growth: --growth-runs
//   npm run bench -- --pages heise,dense      only these pages;  --no-growth  skip the growth part
//   npm run bench -- --gazetteer path.json    another gazetteer;  --matcher-only  the stand-in annotator
//   npm run bench -- --report-from bench-results/latest.json   re-render the Markdown of a saved run
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release as osRelease } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { launchBrowser, PATHS } from './browsers.mjs';
import { bundleCaravan, detectorAvailable, floorCode, markJsCode, markJsVersion } from './bundle.mjs';
import { FIXTURE_DIR, GROWTH_SIZES, writeFixtures } from './fixtures.mjs';
import { ANNOTATORS, LABEL, measureOnce } from './measure.mjs';
import { allForms, DEFAULT_GAZETTEER, floorRegExp, loadEntries } from './names.mjs';
import { nodeGrowth } from './node-growth.mjs';
import { ratios, renderMarkdown } from './report.mjs';
import { SHARED_PAGES, startBenchServer } from './server.mjs';
import { summarize } from './stats.mjs';
import { loadTs } from '../lib/load-ts.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const started = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

function parseArgs(argv) {
  const o = { quick: false, browsers: ['chromium', 'firefox'], runs: null, growthRuns: null, pages: null, growth: true, gazetteer: DEFAULT_GAZETTEER, matcherOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--quick') o.quick = true;
    else if (name === '--browsers') o.browsers = val().split(',').filter(Boolean);
    else if (name === '--runs') o.runs = Number(val());
    else if (name === '--growth-runs') o.growthRuns = Number(val());
    else if (name === '--pages') o.pages = val().split(',').filter(Boolean);
    else if (name === '--no-growth') o.growth = false;
    else if (name === '--gazetteer') o.gazetteer = val();
    else if (name === '--matcher-only') o.matcherOnly = true;
    else if (name === '--help' || name === '-h') {
      console.log('usage: npm run bench -- [--quick] [--browsers chromium,firefox] [--runs N] [--growth-runs N] [--pages a,b] [--no-growth] [--gazetteer path] [--matcher-only]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const b of o.browsers) if (!(b in PATHS)) throw new Error(`unknown browser ${b} (chromium, firefox)`);
  o.runs ??= o.quick ? 2 : 5;
  o.growthRuns ??= o.quick ? 1 : 3;
  o.nodeRuns = o.quick ? 2 : 3;
  // Growth is a cross, not a grid: the text axis at ×1 names, the names axis on one page.
  o.growthSizes = o.quick ? ['0.1mb', '1mb'] : Object.keys(GROWTH_SIZES);
  o.factors = o.quick ? [1, 10] : [1, 10, 100];
  o.factorSize = o.quick ? '0.1mb' : '1mb';
  // The floor's one RegExp slows down with every name (×10 on 1 MB: ~13 s): for contrast it runs
  // on the smallest page at ×1 and ×10 only.
  o.floorGrowth = [
    ['0.1mb', 1],
    ['0.1mb', 10],
  ];
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  o.argv = argv.join(' ');
  return o;
}

const QUICK_PAGES = ['heise', 'wikipedia', 'yahoo-2', 'dense'];

function benchPages(o) {
  const shared = existsSync(SHARED_PAGES)
    ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).sort()
    : [];
  if (!shared.length) log(`!!! no saved pages in ${SHARED_PAGES}: only the dense page is measured`);
  const pages = [
    ...shared.map((f) => ({ name: basename(f, '.html'), path: `/pages/${f}`, bytes: statSync(join(SHARED_PAGES, f)).size })),
    { name: 'dense', path: '/dense.html', bytes: statSync(join(FIXTURE_DIR, 'dense.html')).size },
  ];
  const want = o.pages ?? (o.quick ? QUICK_PAGES : null);
  return want ? pages.filter((p) => want.includes(p.name)) : pages;
}

/** Runs `runs` rounds over `kinds`, rotating their order each round, in one tab; returns runs per kind. */
async function measureRounds(browser, { path, kinds, runs, server, scripts, regexp, factor, tag }) {
  const out = Object.fromEntries(kinds.map((k) => [k, []]));
  let tab = await browser.newPage();
  try {
    for (let r = 0; r < runs; r++) {
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[(i + r) % kinds.length];
        const url = server.url(`${path}?run=${tag}-${r}-${kind}`);
        try {
          const t0 = performance.now();
          const result = await measureOnce(tab, { url, kind, scripts, regexp, factor });
          result.runWallMs = performance.now() - t0;
          out[kind].push(result);
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
          log(`  ${kind} ${path} run ${r + 1}: ${message}`);
          out[kind].push({ error: message });
          await tab.close().catch(() => {});
          tab = await browser.newPage();
        }
      }
    }
  } finally {
    await tab.close().catch(() => {});
  }
  return out;
}

function writeReport(results) {
  const md = renderMarkdown(results);
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), md);
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 1));
  console.log(md);
}

async function main() {
  const from = process.argv.indexOf('--report-from');
  if (from > 0) {
    const results = JSON.parse(readFileSync(resolve(process.argv[from + 1]), 'utf8'));
    for (const b of results.browsers) if (b.pages) b.ratios = ratios(b.pages);
    writeReport(results);
    return;
  }
  const o = parseArgs(process.argv.slice(2));
  const entries = await loadEntries(o.gazetteer, ROOT);
  const variant = o.matcherOnly || !detectorAvailable() ? 'matcher-only' : 'detector';
  if (variant === 'matcher-only' && !o.matcherOnly) log('!!! src/content/detect/annotate.ts not found: measuring "Caravan (matcher only)"');
  const files = writeFixtures(entries, { growth: o.growth ? [...new Set([...o.growthSizes, o.factorSize, ...o.floorGrowth.map(([s]) => s)])] : [] });
  log(`fixtures: ${Object.values(files).join(', ')}`);

  const matching = await loadTs('src/matching/build.ts', ROOT);
  const regexpFor = (list) => ({ withModifiers: floorRegExp(list, { modifiers: true }), without: floorRegExp(list, { modifiers: false }) });
  const regexp = regexpFor(entries);
  const scriptsBase = { floor: floorCode(), markjs: markJsCode() };
  const pages = benchPages(o);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memGb: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${osRelease()}`,
      loadStart: loadavg().map((l) => l.toFixed(1)).join(' '),
    },
    options: o,
    variant,
    markjsVersion: markJsVersion(),
    gazetteer: { path: o.gazetteer, entities: entries.length, forms: allForms(entries).length },
    floor: { alternatives: regexp.withModifiers.alternatives, droppedWithoutModifiers: regexp.without.droppedCaseSensitive },
    browsers: [],
    nodeGrowth: null,
  };

  if (o.growth) {
    log('node: the matcher alone');
    const sizes = Object.fromEntries(o.growthSizes.map((s) => [s, GROWTH_SIZES[s]]));
    // Node is fast enough for the whole grid.
    results.nodeGrowth = await nodeGrowth(entries, { sizes, factors: o.factors, runs: o.nodeRuns, root: ROOT, log: (m) => log(`  ${m}`) });
  }

  const server = await startBenchServer();
  try {
    for (const name of o.browsers) {
      if (!existsSync(PATHS[name])) {
        log(`!!! ${name} is not installed at ${PATHS[name]}: skipped`);
        results.browsers.push({ name, version: name, skipped: `not installed at ${PATHS[name]}` });
        continue;
      }
      const browser = await launchBrowser(name);
      const b = { name, version: browser.version, pages: [], growth: [] };
      results.browsers.push(b);
      try {
        const caravan = await bundleCaravan(name, entries, variant);
        if (name === 'chromium') results.caravanBytes = caravan.length;
        const scripts = { ...scriptsBase, caravan };
        log(`${browser.version}: warm-up`);
        await measureRounds(browser, { path: '/dense.html', kinds: ANNOTATORS, runs: 1, server, scripts, regexp, tag: 'warm' });
        for (const page of pages) {
          const runs = await measureRounds(browser, { path: page.path, kinds: ANNOTATORS, runs: o.runs, server, scripts, regexp, tag: page.name });
          const summary = Object.fromEntries(ANNOTATORS.map((k) => [k, summarize(runs[k])]));
          const runErrors = ANNOTATORS.reduce((n, k) => n + summary[k].errors, 0);
          b.pages.push({ name: page.name, path: page.path, bytes: page.bytes, summary, runs, runErrors });
          log(`${name} ${page.name}: ${ANNOTATORS.map((k) => `${LABEL[k]} ${summary[k].totalMs?.toFixed(1) ?? '–'} ms`).join(', ')}`);
        }
        if (o.growth) {
          const combos = [
            ...o.growthSizes.map((size) => ({ kind: 'caravan', size, factor: 1 })),
            ...o.factors.filter((f) => f > 1).map((factor) => ({ kind: 'caravan', size: o.factorSize, factor })),
            ...o.floorGrowth.map(([size, factor]) => ({ kind: 'floor', size, factor })),
          ];
          for (const { kind, size, factor } of combos) {
            const grownRegexp = kind === 'floor' && factor > 1 ? regexpFor(matching.syntheticEntries(entries, factor)) : regexp;
            const runs = await measureRounds(browser, { path: `/${files[size]}`, kinds: [kind], runs: o.growthRuns, server, scripts, regexp: grownRegexp, factor, tag: `g${size}x${factor}` });
            const summary = summarize(runs[kind]);
            summary.chars = GROWTH_SIZES[size];
            b.growth.push({ kind, size, factor, summary, runs: runs[kind] });
            log(`${name} growth ${size} ×${factor} ${LABEL[kind]}: ${summary.totalMs?.toFixed(1) ?? '–'} ms (compile ${summary.compileMs?.toFixed(1) ?? '–'} ms)`);
          }
        }
      } finally {
        await browser.close().catch(() => {});
      }
      const r = ratios(b.pages);
      log(`${name}: Caravan ÷ floor ${r.geomeanCaravanOverFloor?.toFixed(2)}×, mark.js ÷ Caravan ${r.geomeanMarkjsOverCaravan?.toFixed(2)}× (geometric means)`);
    }
  } finally {
    await server.close();
  }

  results.machine.loadEnd = loadavg().map((l) => l.toFixed(1)).join(' ');
  results.elapsedS = (Date.now() - started) / 1000;
  for (const b of results.browsers) if (b.pages) b.ratios = ratios(b.pages);
  writeReport(results);
  log(`wrote bench-results/latest.md and latest.json in ${results.elapsedS.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
