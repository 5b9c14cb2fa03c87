// The packed matcher against today's compile, as the gazetteer grows ×1, ×10, ×100 (issue 18
// item 3, decision 0220). Node: build-time cost, index size, time to ready and to the first match.
// Chromium and Firefox: a page that loads one bundled script (the same code as the content
// script, minified like the release) and opens the matcher; a fresh page per run, so every run is
// cold like a frame's. Medians. Writes bench-results/packed-growth.json.
//   node scripts/packed-growth.mjs [--factors 1,10,100] [--runs 7] [--browsers chromium,firefox] [--modes packed,compile]
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const factors = arg('factors', '1,10,100').split(',').map(Number);
const runs = Number(arg('runs', '7'));
const browsers = arg('browsers', 'chromium,firefox').split(',').filter(Boolean);
const modes = arg('modes', 'packed,compile').split(',').filter(Boolean);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (f) => {
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
};
const RUNTIME_FIELDS = ['id', 'type', 'scope', 'names', 'aliases', 'ambiguous', 'caseSensitive', 'context'];
const runtimeEntry = (e) => Object.fromEntries(RUNTIME_FIELDS.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));

const m = await loadTs('src/matching/build.ts', root);
const pb = await loadTs('src/matching/packed-build.ts', root);
const pk = await loadTs('src/matching/packed.ts', root);
const base = m.loadGazetteer(root);
const lookalikes = m.splitLookalikes(m.loadLookalikes(root, base));

const out = { when: new Date().toISOString(), runs, rows: [] };
const pages = {}; // factor → { packed: js, compile: js }
const work = join(root, '.cache', 'packed-growth');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

async function bundle(name, data, indexText = 'export default null;') {
  const file = join(work, `${name}.js`);
  await esbuild.build({
    entryPoints: [join(root, 'scripts', 'packed-growth', 'page.ts')],
    outfile: file, bundle: true, format: 'iife', minify: true, charset: 'utf8', target: 'chrome128', logLevel: 'warning',
    plugins: [{
      name: 'growth-data',
      setup(b) {
        b.onResolve({ filter: /^virtual:growth-(data|index)$/ }, (a) => ({ path: a.path, namespace: 'growth' }));
        b.onLoad({ filter: /.*/, namespace: 'growth' }, (a) => ({ contents: a.path === 'virtual:growth-data' ? data : indexText, loader: 'js' }));
      },
    }],
  });
  writeFileSync(join(work, `${name}.html`), `<!doctype html><meta charset="utf-8"><title>${name}</title><script src="${name}.js"></script>`);
  return readFileSync(file).length;
}

for (const factor of factors) {
  const entries = factor > 1 ? m.syntheticEntries(base, factor) : base;
  const options = { split: m.splitForms(entries), lookalikes };
  const [buildMs, packed] = time(() => pb.packMatcher(entries, options));
  const text = pb.moduleText(packed);
  const gazetteerText = JSON.stringify(entries.map(runtimeEntry));
  const splitText = JSON.stringify(options.split);
  const lookText = JSON.stringify(lookalikes);
  // Today's path in Node: parse the three JSON texts, compile.
  const compiles = [];
  for (let i = 0; i < (factor >= 100 ? 3 : runs); i++) {
    compiles.push(time(() => m.compileMatcher(JSON.parse(gazetteerText), { split: JSON.parse(splitText), lookalikes: JSON.parse(lookText) }))[0]);
  }
  const readies = [];
  const firsts = [];
  for (let i = 0; i < runs; i++) {
    const [ready, matcher] = time(() => pk.packedMatcher(pk.openPacked(packed)));
    readies.push(ready);
    firsts.push(time(() => matcher.match("Kazakhstan's Tokayev in Kabul; Казахстан и Афганистан; قزاقستان و افغانستان"))[0]);
  }
  const row = {
    factor, forms: packed.header.size, buildMs,
    indexBytes: Buffer.byteLength(packed.data), stringBytes: Buffer.byteLength(packed.strings), moduleBytes: Buffer.byteLength(text),
    jsonBytes: Buffer.byteLength(gazetteerText) + Buffer.byteLength(splitText) + Buffer.byteLength(lookText),
    node: { compileMs: median(compiles), packedReadyMs: median(readies), packedFirstMatchMs: median(firsts) },
  };
  pages[factor] = {
    // The module text as the build emits it, as the `index` of the page's data.
    packed: await bundle(`packed-${factor}`, `import index from 'virtual:growth-index'; export default { mode: 'packed', index };`, text),
    compile: await bundle(`compile-${factor}`, `export default ${JSON.stringify({ mode: 'compile', gazetteer: gazetteerText, split: splitText, lookalikes: lookText })};`),
  };
  row.bundleBytes = pages[factor];
  out.rows.push(row);
  console.log(`×${factor}: ${row.forms} forms; build ${buildMs.toFixed(0)} ms; index ${row.indexBytes} B + strings ${row.stringBytes} B, module ${row.moduleBytes} B (JSON today ${row.jsonBytes} B); Node compile ${row.node.compileMs.toFixed(1)} ms, packed ready ${row.node.packedReadyMs.toFixed(2)} ms, first match ${row.node.packedFirstMatchMs.toFixed(2)} ms`);
}

const server = createServer((req, res) => {
  const name = req.url.split('?')[0].slice(1);
  try {
    const body = readFileSync(join(work, name));
    res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

async function measure(newPage, closePage, label) {
  for (const row of out.rows) {
    for (const mode of modes) {
      const results = [];
      const n = mode === 'compile' && row.factor >= 100 ? 3 : runs;
      for (let i = 0; i < n; i++) {
        const page = await newPage(`${origin}/${mode}-${row.factor}.html?${i}`);
        results.push(page.result);
        await closePage(page);
      }
      // The minimum too: on a loaded machine it is the best estimate of the fixed cost.
      const r = { readyMs: median(results.map((x) => x.readyMs)), minReadyMs: Math.min(...results.map((x) => x.readyMs)), firstMatchMs: median(results.map((x) => x.firstMatchMs)), forms: results[0].forms };
      ((row[label] ??= {})[mode] = r);
      console.log(`${label} ×${row.factor} ${mode}: ready ${r.readyMs.toFixed(2)} ms (min ${r.minReadyMs.toFixed(2)}), first match ${r.firstMatchMs.toFixed(2)} ms (${r.forms} forms)`);
    }
  }
}

const waitResult = async (evaluate) => {
  for (let i = 0; i < 1200; i++) {
    const r = await evaluate();
    if (r) return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the page never reported');
};

if (browsers.includes('chromium')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  await measure(async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    return { context, result: await waitResult(() => page.evaluate(() => globalThis.growthResult)) };
  }, (p) => p.context.close(), 'chromium');
  out.chromiumVersion = browser.version();
  await browser.close();
}
if (browsers.includes('firefox')) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  await measure(async (url) => {
    const page = await browser.newPage();
    await page.goto(url);
    return { page, result: await waitResult(() => page.evaluate(() => globalThis.growthResult)) };
  }, (p) => p.page.close(), 'firefox');
  out.firefoxVersion = await browser.version();
  await browser.close();
}
server.close();
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'packed-growth.json'), JSON.stringify(out, null, 2));
console.log('written bench-results/packed-growth.json');
