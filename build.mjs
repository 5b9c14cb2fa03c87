// Builds Caravan for Chromium and Firefox from one source.
//   node build.mjs             development builds (source maps) in extension/chrome and extension/firefox
//   node build.mjs --watch     the same, rebuilt on change
//   node build.mjs --release   minified, no source maps (what `npm run package` zips)
//   node build.mjs --e2e       test builds in extension/e2e-chrome and extension/e2e-firefox, with the
//                              test bridge page; never shipped
//   node build.mjs --trace     (with any of the above) the detector leaves `cv:` performance marks of its
//                              phases for scripts/bench/first-mark-phases.mjs; never shipped
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconPng } from './scripts/lib/png.mjs';
import { loadTsWithInputs } from './scripts/lib/load-ts.mjs';
import { manifestFor } from './scripts/lib/manifest.mjs';
import { gateKeysPlugin, LOADER_LIMIT_BYTES, loaderOptions } from './scripts/lib/loader-build.mjs';

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
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  source: 'src/source/index.tsx',
  sidepanel: 'src/sidepanel/index.tsx',
};
// Test builds: the bridge page, and a background that is the shipped one plus opening that page
// (test/e2e/bridge/background.ts). Nothing test-only is in src/, so nothing of it can ship.
const E2E_ENTRIES = { bridge: 'test/e2e/bridge/bridge.ts', background: 'test/e2e/bridge/background.ts' };
/**
 * The content script in two parts (decision 0210): the loader the manifest injects into every
 * frame (a classic script, at most 10 KB in release builds: scripts/lib/loader-build.mjs), and
 * the detector module it imports where a frame's text may name the topic: ONE self-contained ES
 * module (a per-session URL in Chromium cannot import chunks), web-accessible (manifest.mjs).
 */
const DETECTOR_ENTRY = { detector: 'src/content/detector.ts' };
// Test builds: the shipped detector, plus telling the bridge page that it loaded in a frame.
const E2E_DETECTOR_ENTRY = { detector: 'test/e2e/bridge/detector.ts' };
/**
 * The tooltip's module (decision 0300): imported by the detector on the reader's first hover,
 * tap, focus or keyboard step to a mention. Self-contained like the detector (its browser
 * dependencies are passed in, so it shares no code worth a chunk), web-accessible (manifest.mjs).
 */
const TOOLTIP_ENTRY = { tooltip: 'src/content/tooltip/module.ts' };
// Test builds: the shipped module, plus telling the bridge page where it loaded and opened.
const E2E_TOOLTIP_ENTRY = { tooltip: 'test/e2e/bridge/tooltip.ts' };

/** pdf.js and the reading of a PDF: its own ES module; its worker is copied beside it (copyStaticPlugin). */
const PDF_ENTRY = { 'pdf-text': 'src/reader/pdf-entry.ts' };

/** The inputs of the fact pack; a change to any of them re-derives it (watch mode). */
function packInputs() {
  return ['corpus', 'data']
    .filter((d) => existsSync(join(root, d)))
    .flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
}

/** The key of a set of files: their paths and modification times (a deleted file counts as changed). */
function filesKey(files) {
  return files.map((f) => `${f}@${existsSync(f) ? statSync(f).mtimeMs : 'gone'}`).join('|');
}

let cachedPack = null;
/**
 * Derives the pack once per change of its inputs, shared by both browsers' builds. Its inputs are
 * the corpus and data files and every source file of the deriving code (src/facts and what it
 * imports), so watch mode re-derives on a change to either.
 */
async function derivePack() {
  const code = cachedPack?.code ?? [];
  const key = filesKey([...packInputs(), ...code]);
  if (cachedPack?.key !== key) {
    const { module, inputs } = await loadTsWithInputs('src/facts/pack.ts', root);
    const pack = await module.buildPack(root);
    // A pack without facts would build a working-looking extension with an empty store.
    if (!Array.isArray(pack?.facts) || !Array.isArray(pack?.sources)) throw new Error('the derived fact pack has no facts or sources');
    cachedPack = { key: filesKey([...packInputs(), ...inputs]), code: inputs, pack };
  }
  return cachedPack;
}

/** Entity id → the ids of the sources with a fact about it (entities without facts are left out). */
function factSources(pack) {
  const out = {};
  for (const fact of pack.facts) {
    for (const entity of fact.entities) {
      const list = (out[entity] ??= []);
      if (!list.includes(fact.source)) list.push(fact.source);
    }
  }
  return out;
}

/** Derives the fact pack in Node with the same modules the extension uses, and serves it to the bundle. */
function factPackPlugin() {
  return {
    name: 'fact-pack',
    setup(build) {
      build.onResolve({ filter: /^virtual:fact-(pack|sources)$/ }, (a) => ({ path: a.path.slice('virtual:'.length), namespace: 'fact-pack' }));
      build.onLoad({ filter: /.*/, namespace: 'fact-pack' }, async (a) => {
        const watchFiles = [...packInputs(), ...(cachedPack?.code ?? [])];
        try {
          const { pack, code } = await derivePack();
          const files = [...packInputs(), ...code];
          // The content script's `virtual:fact-sources`: which sources hold a fact about each
          // entity (decision 0190), as JSON text, so a frame tells factless entities apart
          // without asking the background.
          if (a.path === 'fact-sources') return { contents: JSON.stringify(factSources(pack)), loader: 'text', watchFiles: files };
          return { contents: JSON.stringify(pack), loader: 'json', watchFiles: files };
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
 * and `virtual:split-forms`; and data/lookalikes.json, checked against the gazetteer:
 * `virtual:lookalikes`. A frame's compile then parses them and only fills the trie.
 */
/**
 * What a page's matcher and mark rules need of a gazetteer entry: its forms and how to read them.
 * Descriptions, Wikidata ids, name provenance and fact cues stay out of content.js (the tooltip
 * gets descriptions from the background's store): every frame parses what ships.
 */
const RUNTIME_FIELDS = ['id', 'type', 'scope', 'names', 'aliases', 'ambiguous', 'caseSensitive', 'context'];
function runtimeEntry(entry) {
  return Object.fromEntries(RUNTIME_FIELDS.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
}

function gazetteerPlugin() {
  const file = join(root, 'data', 'gazetteer.json');
  const lookalikesFile = join(root, 'data', 'lookalikes.json');
  // The data the matcher's build code reads (the gazetteer, CLDR's names of states, the look-alikes).
  const data = [file, lookalikesFile, join(root, 'node_modules', 'cldr-localenames-full', 'package.json')];
  // What the matcher's build code makes of them: a change to a data file or to any source file of
  // that code remakes all three (watch mode).
  let inputs = [...data];
  /** Both modules' text, read and split once per change of the inputs (not once per module). */
  async function load() {
    const key = filesKey(inputs);
    if (cachedGazetteer?.key !== key) {
      const { module, inputs: code } = await loadTsWithInputs('src/matching/build.ts', root);
      inputs = [...data, ...code];
      // A malformed gazetteer or look-alikes file throws here with the file and line.
      const entities = module.loadGazetteer(root);
      const lookalikes = module.loadLookalikes(root, entities);
      cachedGazetteer = {
        key: filesKey(inputs),
        entities: JSON.stringify(entities.map(runtimeEntry)),
        split: JSON.stringify(module.splitForms(entities)),
        lookalikes: JSON.stringify(module.splitLookalikes(lookalikes)),
      };
    }
    return cachedGazetteer;
  }
  const message = (error) => (error instanceof Error ? error.message : String(error));
  return {
    name: 'gazetteer',
    setup(build) {
      build.onResolve({ filter: /^virtual:(gazetteer|split-forms|lookalikes)$/ }, (a) => ({ path: a.path, namespace: 'gazetteer' }));
      // As text, parsed by JSON.parse when a frame compiles: JSON.parse of the 46 KB gazetteer cost
      // the page ~0.4 ms in Chromium, the same data as an object literal in the script ~2.3 ms,
      // paid by every frame, also those that never compile.
      build.onLoad({ filter: /.*/, namespace: 'gazetteer' }, async (a) => {
        try {
          const { entities, split, lookalikes } = await load();
          const contents = a.path === 'virtual:gazetteer' ? entities : a.path === 'virtual:lookalikes' ? lookalikes : split;
          return { contents, loader: 'text', watchFiles: inputs };
        } catch (error) {
          const text = a.path === 'virtual:split-forms' ? `splitting the forms of data/gazetteer.json: ${message(error)}` : message(error);
          return { errors: [{ text }], watchFiles: inputs };
        }
      });
    },
  };
}

let cachedIndex = null;
/**
 * `virtual:matcher-index`: the matcher compiled in Node and packed into typed arrays
 * (src/matching/packed-build.ts, decision 0220), so a frame reads it in place instead of
 * compiling the gazetteer. Remade when the data or the matcher's code changes (watch mode).
 */
function matcherIndexPlugin() {
  const data = [join(root, 'data', 'gazetteer.json'), join(root, 'data', 'lookalikes.json'), join(root, 'node_modules', 'cldr-localenames-full', 'package.json')];
  let inputs = [...data];
  return {
    name: 'matcher-index',
    setup(build) {
      build.onResolve({ filter: /^virtual:matcher-index$/ }, (a) => ({ path: a.path, namespace: 'matcher-index' }));
      build.onLoad({ filter: /.*/, namespace: 'matcher-index' }, async () => {
        try {
          if (cachedIndex?.key !== filesKey(inputs)) {
            const { module, inputs: code } = await loadTsWithInputs('src/matching/packed-build.ts', root);
            inputs = [...data, ...code];
            cachedIndex = { key: filesKey(inputs), contents: module.moduleText(module.packRepositoryMatcher(root)) };
          }
          return { contents: cachedIndex.contents, loader: 'js', watchFiles: inputs };
        } catch (error) {
          return { errors: [{ text: `packing the matcher: ${error instanceof Error ? error.message : String(error)}` }], watchFiles: inputs };
        }
      });
    },
  };
}

/**
 * `virtual:gazetteer-cues` (issue 20): the gazetteer's cue terms (entity id → cue groups), JSON
 * text, for the background's local derivation of the reader's sources: the same name-less fact
 * linking as the build's (src/matching/cues.ts). The runtime gazetteer leaves cues out.
 */
function readerCuesPlugin() {
  return {
    name: 'reader-cues',
    setup(build) {
      build.onResolve({ filter: /^virtual:gazetteer-cues$/ }, (a) => ({ path: a.path, namespace: 'reader-cues' }));
      build.onLoad({ filter: /.*/, namespace: 'reader-cues' }, async () => {
        const watchFiles = [join(root, 'data', 'gazetteer.json')];
        try {
          const { module } = await loadTsWithInputs('src/matching/build.ts', root);
          const cues = Object.fromEntries(module.loadGazetteer(root).filter((e) => e.cues?.length).map((e) => [e.id, e.cues]));
          return { contents: JSON.stringify(cues), loader: 'text', watchFiles };
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }], watchFiles };
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
        cpSync(join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), join(dir, 'pdf.worker.mjs'));
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
  const entries = (map) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, join(root, v)]));
  const common = {
    outdir: dir,
    bundle: true,
    target: browser === 'chrome' ? 'chrome128' : 'firefox140',
    minify: release,
    // Names in Cyrillic and Arabic script as UTF-8 (2 bytes a letter), not \u escapes (6): the
    // gazetteer's text is most of the detector, and the prefilter most of the loader.
    charset: 'utf8',
    sourcemap: release ? false : 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: release ? 'none' : 'inline',
    logLevel: 'warning',
    define: {
      __BROWSER__: JSON.stringify(browser),
      // `--trace`: the detector leaves `cv:` performance marks of its phases (detect/trace.ts).
      __CARAVAN_TRACE__: String(args.has('--trace')),
    },
  };
  const builds = [
    { ...common, entryPoints: entries({ ...ENTRIES, ...(forE2e ? E2E_ENTRIES : {}) }), format: 'iife', plugins: [factPackPlugin(), gazetteerPlugin(), readerCuesPlugin(), matcherIndexPlugin(), gateKeysPlugin(root)] },
    { ...common, ...loaderOptions(root, browser, { release, trace: args.has('--trace') }) },
    // No `splitting`: one file, whatever it imports.
    {
      ...common,
      entryPoints: entries(forE2e ? E2E_DETECTOR_ENTRY : DETECTOR_ENTRY),
      format: 'esm',
      plugins: [factPackPlugin(), gazetteerPlugin(), matcherIndexPlugin()],
      // `--trace`: when the module's evaluation starts (its fetch and compile are done).
      ...(args.has('--trace') ? { banner: { js: 'performance.mark("cv:detector-eval");' } } : {}),
    },
    { ...common, entryPoints: entries(forE2e ? E2E_TOOLTIP_ENTRY : TOOLTIP_ENTRY), format: 'esm', plugins: [] },
    // pdf.js for the options page, imported only when a PDF is chosen (decision 0252).
    { ...common, entryPoints: entries(PDF_ENTRY), format: 'esm', plugins: [] },
  ];
  // The static files and the manifest once all the others are written.
  builds[builds.length - 1].plugins.push(copyStaticPlugin(browser, dir, forE2e));
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    return;
  }
  for (const options of builds) await esbuild.build(options);
  // What every frame pays for: a release build over the limit is a failed build.
  const loaderBytes = statSync(join(dir, 'content.js')).size;
  // Not for --trace builds: their marks are diagnostics, never shipped.
  if (release && !args.has('--trace') && loaderBytes > LOADER_LIMIT_BYTES) throw new Error(`${relative(root, dir)}/content.js is ${loaderBytes} bytes, over the loader's ${LOADER_LIMIT_BYTES}`);
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
