// The page scripts, as strings the runner injects as inline <script>s: floor, mark.js + its runner,
// and Caravan bundled by esbuild as an IIFE (the same modules as the content script).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTs } from '../lib/load-ts.mjs';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '..', '..');
export const DETECTOR_MODULE = join(ROOT, 'src', 'content', 'detect', 'annotate.ts');

/**
 * Serves `virtual:gazetteer` (the entries as JSON text, as build.mjs serves them to the content
 * script), `virtual:split-forms` (their forms split in Node, as build.mjs does) and
 * `virtual:lookalikes` (data/lookalikes.json, as build.mjs serves it) to the bundle.
 */
function gazetteerPlugin(entries) {
  return {
    name: 'bench-gazetteer',
    setup(b) {
      b.onResolve({ filter: /^virtual:(gazetteer|split-forms|lookalikes)$/ }, (a) => ({ path: a.path, namespace: 'bench-gazetteer' }));
      b.onLoad({ filter: /.*/, namespace: 'bench-gazetteer' }, async (a) => {
        if (a.path === 'virtual:gazetteer') return { contents: JSON.stringify(entries), loader: 'text' };
        if (a.path === 'virtual:lookalikes') {
          // Not checked against `entries`: the benchmark may run another gazetteer.
          const { loadLookalikes, splitLookalikes } = await loadTs('src/matching/build.ts', ROOT);
          return { contents: JSON.stringify(splitLookalikes(loadLookalikes(ROOT))), loader: 'text' };
        }
        const { splitForms } = await loadTs('src/matching/build.ts', ROOT);
        return { contents: JSON.stringify(splitForms(entries)), loader: 'text' };
      });
    },
  };
}

/** Whether createDetector (src/content/detect/annotate.ts) exists yet. */
export function detectorAvailable() {
  return existsSync(DETECTOR_MODULE);
}

/**
 * Bundles the Caravan page script for one browser, minified like the release build.
 * variant "detector" → caravan-entry.ts, "matcher-only" → caravan-matcher-entry.ts, "replay" →
 * replay-entry.ts (decompose.mjs).
 */
export async function bundleCaravan(browser, entries, variant, { minify = true } = {}) {
  const outdir = join(ROOT, '.cache', 'bench');
  mkdirSync(outdir, { recursive: true });
  const entry = join(HERE, { detector: 'caravan-entry.ts', 'matcher-only': 'caravan-matcher-entry.ts', replay: 'replay-entry.ts' }[variant]);
  const outfile = join(outdir, `caravan-${variant}-${browser}.js`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    target: browser === 'chromium' ? 'chrome128' : 'firefox140',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      __BROWSER__: JSON.stringify(browser === 'chromium' ? 'chrome' : 'firefox'),
      __E2E__: 'false',
    },
    plugins: [gazetteerPlugin(entries)],
  });
  return readFileSync(outfile, 'utf8');
}

/** mark.js's UMD build, shielded from a page's own AMD/CommonJS globals so it always sets window.Mark. */
export function markJsCode() {
  const umd = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.js'), 'utf8');
  const runner = readFileSync(join(HERE, 'page', 'mark-runner.js'), 'utf8');
  return `(function (define, module, exports) {\n${umd}\n}).call(window);\n${runner}`;
}

export function floorCode() {
  return readFileSync(join(HERE, 'page', 'floor.js'), 'utf8');
}

export function markJsVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'mark.js', 'package.json'), 'utf8')).version;
}
