// npm run bench: what readers install. The release build (node build.mjs --release) loaded as an
// extension into real Chromium and Firefox, measured from outside it on the 15 saved pages of
// ../shared/pages (scripts removed, frames kept, other sites' frames blank on a second origin), the
// dense topic page and three one-frame pages (no text, text without the topic, one sentence of it).
// Caravan's main-thread time is attributed from a sampled CPU profile of every frame (Chromium: a
// trace with V8's sampler; Firefox: the Gecko profiler) by script URL: anything of the extension's
// origin. The floor (TreeWalker + one RegExp) and mark.js run in the top frame of a plain browser
// of the same kind, interleaved with Caravan's loads, as before.
//
//   npm run bench                          full run (22 min at load average 18 on 2 shared cores)
//   npm run bench -- --quick               smoke run: 5 pages, 2 runs (2-2.5 min there)
//   npm run bench -- --browsers chromium   one browser;  --runs 7  runs per page and annotator
//   npm run bench -- --pages heise,dense   only these pages;  --no-build  use extension/* as built
//   npm run bench -- --extension DIR       measure DIR/chrome and DIR/firefox (another build), no build
//   npm run bench -- --report-from bench-results/latest.json   re-render a saved run
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release as osRelease } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { attributeGecko, attributeTrace } from './attribute.mjs';
import { launchBrowser, PATHS } from './browsers.mjs';
import { floorCode, markJsCode, markJsVersion } from './bundle.mjs';
import { launchChromiumExtension, launchFirefoxExtension } from './extension-browsers.mjs';
import { FIXTURE_DIR, writeFixtures } from './fixtures.mjs';
import { measureOnce } from './measure.mjs';
import { allForms, DEFAULT_GAZETTEER, floorRegExp, loadEntries } from './names.mjs';
import { readmeTable, renderMarkdown, summarizeBrowser } from './report.mjs';
import { SHARED_PAGES, startBenchServer } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SECOND_HOST = '127.0.0.2';
const started = Date.now();
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

function parseArgs(argv) {
  const o = { quick: false, browsers: ['chromium', 'firefox'], runs: null, pages: null, build: true, extension: null };
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
    else if (name === '--pages') o.pages = val().split(',').filter(Boolean);
    else if (name === '--no-build') o.build = false;
    else if (name === '--extension') {
      o.extension = resolve(val());
      o.build = false;
    }
    else if (name === '--help' || name === '-h') {
      console.log('usage: npm run bench -- [--quick] [--browsers chromium,firefox] [--runs N] [--pages a,b] [--no-build] [--extension DIR] [--report-from file.json]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const b of o.browsers) if (!(b in PATHS)) throw new Error(`unknown browser ${b} (chromium, firefox)`);
  o.runs ??= o.quick ? 2 : 5;
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  o.argv = argv.join(' ');
  return o;
}

const FRAME_PAGES = [
  { name: 'blank', path: '/blank.html', role: 'no-text' },
  { name: 'notopic', path: '/notopic.html', role: 'no-topic' },
  { name: 'topic-one', path: '/topic-one.html', role: 'matcher' },
];
const QUICK_PAGES = ['blank', 'notopic', 'topic-one', 'msn', 'dense'];

function benchPages(o) {
  const shared = existsSync(SHARED_PAGES) ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).sort() : [];
  if (!shared.length) log(`!!! no saved pages in ${SHARED_PAGES}: only the bench's own pages are measured`);
  const pages = [
    ...FRAME_PAGES.map((p) => ({ ...p, bytes: statSync(join(FIXTURE_DIR, p.path.slice(1))).size })),
    ...shared.map((f) => ({ name: basename(f, '.html'), path: `/pages/${f}`, role: 'saved', bytes: statSync(join(SHARED_PAGES, f)).size })),
    { name: 'dense', path: '/dense.html', role: 'dense', bytes: statSync(join(FIXTURE_DIR, 'dense.html')).size },
  ];
  const want = o.pages ?? (o.quick ? QUICK_PAGES : null);
  return want ? pages.filter((p) => want.includes(p.name)) : pages;
}

/** What the build ships to pages: the content scripts and the resources they may import. */
function shippedScripts(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const size = (f) => (existsSync(join(dir, f)) ? statSync(join(dir, f)).size : null);
  const perFrame = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const lazy = [...new Set((manifest.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : w.resources ?? [])))].filter(
    (f) => !f.includes('*') && f.endsWith('.js'),
  );
  return { perFrame: perFrame.map((f) => ({ file: f, bytes: size(f) })), lazy: lazy.map((f) => ({ file: f, bytes: size(f) })) };
}

const message = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** The floor or mark.js once, in the plain browser's tab (reopened after an error). */
async function peerRun(state, page, kind, ctx, tag) {
  const url = ctx.server.url(`${page.path}?run=${tag}-${kind}`);
  try {
    const r = await measureOnce(state.tab, { url, kind, scripts: ctx.scripts, regexp: ctx.regexp });
    return { ...r, wholeMs: r.totalMs + r.startupMs };
  } catch (error) {
    log(`  ${kind} ${page.name} ${tag}: ${message(error)}`);
    await state.tab.close().catch(() => {});
    state.tab = await state.plain.newPage();
    return { error: message(error) };
  }
}

function caravanResult(info, attributed) {
  const rest = { ...info };
  for (const k of ['events', 'window', 'firstMark']) delete rest[k];
  const firstMark = info.firstMark;
  const cross = attributed.crossOrigin;
  return {
    ...rest,
    ms: attributed.ms,
    byScript: attributed.byScript ?? {},
    compileMs: attributed.compileMs ?? null,
    longestRunMs: attributed.longestRunMs,
    longestTaskMs: attributed.longestTaskMs ?? null,
    longestTaskOursMs: attributed.longestTaskOursMs ?? null,
    tasksOver50: attributed.tasksOver50 ?? null,
    firstMarkMs: attributed.firstMarkMs ?? null,
    firstMarkFrom: attributed.firstMarkFrom ?? null,
    hadFirstMark: Boolean(firstMark),
    crossFrames: cross?.frames ?? null,
    crossMs: cross?.ms ?? null,
    crossMsPerFrame: cross?.framesInOwnProcess ? cross.ms / cross.framesInOwnProcess : null,
  };
}

/** The plain browser's first loads pay its cold start (seen: the floor 775 ms, then 300): one of each, unrecorded. */
async function warmPeers(state, ctx) {
  for (const kind of ['floor', 'markjs']) await peerRun(state, { name: 'warm', path: '/dense.html' }, kind, ctx, 'warm');
}

async function benchChromium(ctx, pages, o, b) {
  const ext = await launchChromiumExtension(ctx.dirs.chromium);
  b.version = ext.version;
  log(`${ext.version}: ${ext.origin}`);
  const state = { plain: ctx.plain, tab: await ctx.plain.newPage() };
  try {
    const measureCaravan = async (page, tag) => {
      const info = await ext.measure(ctx.server.url(`${page.path}?run=${tag}-caravan`));
      return caravanResult(info, attributeTrace(info.events, { origin: ext.scheme, secondHost: ctx.server.secondHostPort }));
    };
    await measureCaravan({ path: '/blank.html' }, 'warm').catch((e) => log(`warm-up: ${message(e)}`));
    await warmPeers(state, ctx);
    for (const page of pages) {
      const runs = { caravan: [], floor: [], markjs: [] };
      for (let r = 0; r < o.runs; r++) {
        for (const kind of roundOrder(r, runs)) {
          if (kind === 'caravan') runs.caravan.push(await measureCaravan(page, `${page.name}-${r}`).catch((e) => (log(`  caravan ${page.name}: ${message(e)}`), { error: message(e) })));
          else if (kind === 'floor' || markedSomething(runs)) runs[kind].push(await peerRun(state, page, kind, ctx, `${page.name}-${r}`));
        }
      }
      b.pages.push({ ...page, runs });
      logPage(b.name, page, runs);
    }
  } finally {
    await state.tab.close().catch(() => {});
    await ext.close();
  }
}

async function benchFirefox(ctx, pages, o, b) {
  const state = { plain: ctx.plain, tab: await ctx.plain.newPage() };
  await warmPeers(state, ctx);
  try {
    for (const page of pages) {
      // Firefox now and then writes a truncated profile at quit (seen twice, ~49 KB, msn and qq):
      // the page is measured once more before it is given up.
      let runs = await firefoxPage(ctx, page, o, b, state);
      if (runs.caravan.every((c) => c.error)) {
        log(`firefox ${page.name}: measuring again`);
        runs = await firefoxPage(ctx, page, o, b, state);
      }
      b.pages.push({ ...page, runs });
      logPage(b.name, page, runs);
    }
  } finally {
    await state.tab.close().catch(() => {});
  }
}

/** One page in Firefox: a browser of its own (the profiler's buffer then holds all of its runs). */
async function firefoxPage(ctx, page, o, b, state) {
  const profilePath = join(tmpdir(), `caravan-bench-${process.pid}-${page.name}.json`);
  const ext = await launchFirefoxExtension(ctx.dirs.firefox, profilePath);
  b.version = ext.version;
  const infos = [];
  const runs = { caravan: [], floor: [], markjs: [] };
  try {
    await ext.measure(ctx.server.url('/blank.html?run=warm')).catch((e) => log(`warm-up: ${message(e)}`));
    for (let r = 0; r < o.runs; r++) {
      for (const kind of roundOrder(r, { caravan: infos })) {
        if (kind === 'caravan') {
          infos.push(await ext.measure(ctx.server.url(`${page.path}?run=${page.name}-${r}-caravan`)).catch((e) => (log(`  caravan ${page.name}: ${message(e)}`), { error: message(e) })));
        } else if (kind === 'floor' || markedSomething({ caravan: infos })) runs[kind].push(await peerRun(state, page, kind, ctx, `${page.name}-${r}`));
      }
    }
  } finally {
    const profile = await ext.close();
    const ok = infos.filter((x) => !x.error);
    if (!profile) {
      log(`!!! firefox ${page.name}: no profile was written`);
      runs.caravan = infos.map(() => ({ error: 'no profile' }));
    } else {
      const { windows, earliestEpoch } = attributeGecko(profile, { origin: ext.scheme, windows: ok.map((x) => x.window) });
      let w = 0;
      runs.caravan = infos.map((info) => {
        if (info.error) return info;
        const a = windows[w++];
        if (earliestEpoch !== null && earliestEpoch > info.window[0]) return { error: 'the profiler buffer lost this run' };
        // From the top frame's script to the probe's mark, both on the profile's clock; where the
        // profile does not show them, from the first of ours in any frame (an upper bound).
        const top = a.markEpoch !== null && a.topScriptEpoch !== null;
        const firstMarkMs = top ? a.markEpoch - a.topScriptEpoch : info.firstMark && a.firstEpoch !== null ? info.firstMark.epoch - a.firstEpoch : null;
        // Firefox records tasks of 50 ms or more only: none means the longest was shorter (0 here).
        return caravanResult(info, { ...a, firstMarkMs, firstMarkFrom: top ? 'top-frame-script' : firstMarkMs === null ? null : 'any-frame', longestTaskMs: a.longTaskMs, longestTaskOursMs: a.longTaskOursMs, tasksOver50: a.longTasks });
      });
    }
  }
  return runs;
}

/**
 * The annotators of round `r`, their order rotated each round. Round 0 starts with Caravan, and
 * mark.js runs only on pages where Caravan marked something then (the topic pages: the only ones
 * its figures are reported for), which keeps a full run within its time.
 */
function roundOrder(r, runs) {
  const kinds = r === 0 || markedSomething(runs) ? ['caravan', 'floor', 'markjs'] : ['caravan', 'floor'];
  return kinds.map((_, i) => kinds[(i + r) % kinds.length]);
}

const markedSomething = (runs) => runs.caravan.some((c) => !c.error && (c.marks ?? 0) > 0);

function logPage(browser, page, runs) {
  const med = (xs, k) => {
    const v = xs.filter((x) => !x.error && typeof x[k] === 'number').map((x) => x[k]).sort((a, c) => a - c);
    return v.length ? v[v.length >> 1].toFixed(1) : '–';
  };
  log(`${browser} ${page.name}: Caravan ${med(runs.caravan, 'ms')} ms (marks ${med(runs.caravan, 'marks')}, longest run ${med(runs.caravan, 'longestRunMs')}), floor ${med(runs.floor, 'wholeMs')}, mark.js ${med(runs.markjs, 'wholeMs')}`);
}

function writeReport(results) {
  const md = renderMarkdown(results);
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), md);
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 1));
  // stdout: the one table for the README and what it was measured on; the per-page tables are in latest.md.
  console.log(readmeTable(results));
}

async function main() {
  const from = process.argv.indexOf('--report-from');
  if (from > 0) {
    const results = JSON.parse(readFileSync(resolve(process.argv[from + 1]), 'utf8'));
    for (const b of results.browsers) if (b.pages) b.summary = summarizeBrowser(b.pages);
    writeReport(results);
    return;
  }
  const o = parseArgs(process.argv.slice(2));
  if (o.build) {
    log('node build.mjs --release');
    execFileSync(process.execPath, ['build.mjs', '--release'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const base = o.extension ?? join(ROOT, 'extension');
  const dirs = { chromium: join(base, 'chrome'), firefox: join(base, 'firefox') };
  for (const d of Object.values(dirs)) if (!existsSync(join(d, 'manifest.json'))) throw new Error(`no build in ${d}: run node build.mjs --release`);
  const entries = await loadEntries(DEFAULT_GAZETTEER, ROOT);
  writeFixtures(entries, { growth: [] });
  const regexp = { withModifiers: floorRegExp(entries, { modifiers: true }), without: floorRegExp(entries, { modifiers: false }) };
  const pages = benchPages(o);

  const results = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return '?';
      }
    })(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memGb: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${osRelease()}`,
      loadStart: loadavg().map((l) => l.toFixed(1)).join(' '),
    },
    options: o,
    shipped: { chromium: shippedScripts(dirs.chromium), firefox: shippedScripts(dirs.firefox) },
    markjsVersion: markJsVersion(),
    gazetteer: { entities: entries.length, forms: allForms(entries).length },
    floor: { alternatives: regexp.withModifiers.alternatives },
    browsers: [],
  };

  const server = await startBenchServer({ secondHost: SECOND_HOST });
  const ctx = { server, dirs, regexp, scripts: { floor: floorCode(), markjs: markJsCode() } };
  try {
    for (const name of o.browsers) {
      if (!existsSync(PATHS[name])) {
        log(`!!! ${name} is not installed at ${PATHS[name]}: skipped`);
        results.browsers.push({ name, version: name, skipped: `not installed at ${PATHS[name]}` });
        continue;
      }
      const b = { name, version: name, peerVersion: null, pages: [] };
      results.browsers.push(b);
      ctx.plain = await launchBrowser(name);
      b.peerVersion = ctx.plain.version;
      try {
        if (name === 'chromium') await benchChromium(ctx, pages, o, b);
        else await benchFirefox(ctx, pages, o, b);
      } finally {
        await ctx.plain.close().catch(() => {});
      }
      b.summary = summarizeBrowser(b.pages);
    }
  } finally {
    await server.close();
  }
  results.preparedPages = Object.fromEntries(pages.filter((p) => p.role === 'saved').map((p) => [p.name, server.preparedStats(`${p.name}.html`)]));
  results.machine.loadEnd = loadavg().map((l) => l.toFixed(1)).join(' ');
  results.elapsedS = (Date.now() - started) / 1000;
  writeReport(results);
  log(`wrote bench-results/latest.md and latest.json in ${results.elapsedS.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
