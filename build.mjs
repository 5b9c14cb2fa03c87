// Builds Caravan for Chromium and Firefox from one source.
//   node build.mjs             development builds (source maps) in extension/chrome and extension/firefox
//   node build.mjs --watch     the same, rebuilt on change
//   node build.mjs --release   minified, no source maps (what `npm run package` zips)
//   node build.mjs --e2e       test builds in extension/e2e-chrome and extension/e2e-firefox, with the
//                              test bridge page; never shipped
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconPng } from './scripts/lib/png.mjs';
import { loadTs } from './scripts/lib/load-ts.mjs';
import { manifestFor } from './scripts/lib/manifest.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const release = args.has('--release');
const e2e = args.has('--e2e');
const browsers = ['chrome', 'firefox'];

function outDir(browser, { e2e: forE2e = false } = {}) {
  return join(root, 'extension', forE2e ? `e2e-${browser}` : browser);
}

const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  source: 'src/source/index.tsx',
};
// Test builds: the bridge page, and a background that is the shipped one plus opening that page
// (test/e2e/bridge/background.ts). Nothing test-only is in src/, so nothing of it can ship.
const E2E_ENTRIES = { bridge: 'test/e2e/bridge/bridge.ts', background: 'test/e2e/bridge/background.ts' };

/** The inputs of the fact pack; a change to any of them re-derives it (watch mode). */
function packInputs() {
  return ['corpus', 'data']
    .filter((d) => existsSync(join(root, d)))
    .flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
}

let cachedPack = null;
/** Derives the pack once per change of its inputs, shared by both browsers' builds. */
async function derivePack() {
  const key = packInputs().map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  if (cachedPack?.key !== key) {
    const { buildPack } = await loadTs('src/facts/pack.ts', root);
    cachedPack = { key, pack: buildPack(root) };
  }
  return cachedPack.pack;
}

/** Derives the fact pack in Node with the same modules the extension uses, and serves it to the bundle. */
function factPackPlugin() {
  return {
    name: 'fact-pack',
    setup(build) {
      build.onResolve({ filter: /^virtual:fact-pack$/ }, () => ({ path: 'fact-pack', namespace: 'fact-pack' }));
      build.onLoad({ filter: /.*/, namespace: 'fact-pack' }, async () => {
        const watchFiles = packInputs();
        try {
          return { contents: JSON.stringify(await derivePack()), loader: 'json', watchFiles };
        } catch (error) {
          // A malformed corpus or gazetteer file: its message names the file and line; no stack.
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }], watchFiles };
        }
      });
    },
  };
}

let cachedGazetteer = null;
/**
 * The gazetteer's entities and their forms split into folded words in Node
 * (src/matching/split-forms.ts), served to the content script as JSON text: `virtual:gazetteer`
 * and `virtual:split-forms`. A frame's compile then parses them and only fills the trie.
 */
function gazetteerPlugin() {
  const file = join(root, 'data', 'gazetteer.json');
  // What these modules make of the gazetteer: a change to any of them remakes both (watch mode).
  const inputs = [file, ...['forms', 'normalize', 'tokenize', 'split-forms', 'gazetteer-load'].map((m) => join(root, 'src', 'matching', `${m}.ts`))];
  /** Both modules' text, read and split once per change of the inputs (not once per module). */
  async function load() {
    const key = inputs.map((f) => statSync(f).mtimeMs).join('|');
    if (cachedGazetteer?.key !== key) {
      const { parseGazetteer, splitForms } = await loadTs('src/matching/index.ts', root);
      // A malformed gazetteer throws here with the file and line.
      const entities = parseGazetteer(readFileSync(file, 'utf8'), 'data/gazetteer.json');
      cachedGazetteer = { key, entities: JSON.stringify(entities), split: JSON.stringify(splitForms(entities)) };
    }
    return cachedGazetteer;
  }
  const message = (error) => (error instanceof Error ? error.message : String(error));
  return {
    name: 'gazetteer',
    setup(build) {
      build.onResolve({ filter: /^virtual:(gazetteer|split-forms)$/ }, (a) => ({ path: a.path, namespace: 'gazetteer' }));
      // As text, parsed by JSON.parse when a frame compiles: JSON.parse of the 46 KB gazetteer cost
      // the page ~0.4 ms in Chromium, the same data as an object literal in the script ~2.3 ms,
      // paid by every frame, also those that never compile.
      build.onLoad({ filter: /.*/, namespace: 'gazetteer' }, async (a) => {
        try {
          const { entities, split } = await load();
          return { contents: a.path === 'virtual:gazetteer' ? entities : split, loader: 'text', watchFiles: inputs };
        } catch (error) {
          const text = a.path === 'virtual:gazetteer' ? message(error) : `splitting the forms of data/gazetteer.json: ${message(error)}`;
          return { errors: [{ text }], watchFiles: inputs };
        }
      });
    },
  };
}

function copyStaticPlugin(browser, dir, forE2e) {
  return {
    name: 'static',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length) return;
        cpSync(join(root, 'src/static'), dir, { recursive: true });
        if (forE2e) cpSync(join(root, 'test/e2e/bridge/bridge.html'), join(dir, 'bridge.html'));
        mkdirSync(join(dir, 'icons'), { recursive: true });
        for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, 'icons', `icon-${size}.png`), iconPng(size));
        writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, { e2e: forE2e }), null, 2));
        if (watch) console.log(`[build] ${relative(root, dir)} rebuilt`);
      });
    },
  };
}

async function buildOne(browser, forE2e) {
  const dir = outDir(browser, { e2e: forE2e });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entryPoints = { ...ENTRIES, ...(forE2e ? E2E_ENTRIES : {}) };
  const options = {
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([k, v]) => [k, join(root, v)])),
    outdir: dir,
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome128' : 'firefox140',
    minify: release,
    sourcemap: release ? false : 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: release ? 'none' : 'inline',
    logLevel: 'warning',
    define: {
      __BROWSER__: JSON.stringify(browser),
      __DEV__: JSON.stringify(!release),
    },
    plugins: [factPackPlugin(), gazetteerPlugin(), copyStaticPlugin(browser, dir, forE2e)],
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    return;
  }
  await esbuild.build(options);
}

try {
  for (const browser of browsers) await buildOne(browser, e2e);
  if (watch) console.log('[build] watching for changes (Ctrl+C stops)');
  else console.log(`[build] ${e2e ? 'e2e' : release ? 'release' : 'development'} builds in ${browsers.map((b) => relative(root, outDir(b, { e2e }))).join(', ')}`);
} catch (error) {
  // esbuild has already printed its diagnostics; a corpus/gazetteer error carries file and line.
  if (!error?.errors) console.error(`[build] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
