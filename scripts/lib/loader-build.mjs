// The content loader's part of the build (decision 0210): the `virtual:prefilter` plugin, the
// loader's entry and its size limit, shared by build.mjs and the size test
// (scripts/lib/loader-build.test.ts), so both build the loader the same way.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadTsWithInputs } from './load-ts.mjs';

/** The most the script injected into every frame may weigh, minified (issue 18). */
export const LOADER_LIMIT_BYTES = 10 * 1024;
export const LOADER_ENTRY = 'src/content/loader/index.ts';

const filesKey = (files) => files.map((f) => `${f}@${existsSync(f) ? statSync(f).mtimeMs : 'gone'}`).join('|');

/**
 * `virtual:prefilter`: the loader's prefilter over the core entities' names, generated from the
 * gazetteer by src/content/loader/prefilter-build.ts; as text (the loader expands it).
 */
export function prefilterPlugin(root) {
  const file = join(root, 'data', 'gazetteer.json');
  let inputs = [file];
  let cached = null;
  return {
    name: 'prefilter',
    setup(build) {
      build.onResolve({ filter: /^virtual:prefilter$/ }, (a) => ({ path: a.path, namespace: 'prefilter' }));
      build.onLoad({ filter: /.*/, namespace: 'prefilter' }, async () => {
        try {
          if (cached?.key !== filesKey(inputs)) {
            const { module: matching, inputs: a } = await loadTsWithInputs('src/matching/build.ts', root);
            const { module: pf, inputs: b } = await loadTsWithInputs('src/content/loader/prefilter-build.ts', root);
            inputs = [file, ...a, ...b];
            const entities = matching.loadGazetteer(root);
            cached = { key: filesKey(inputs), contents: pf.shipPrefilter(pf.prefilterKeys(entities, undefined, 'core'), pf.SHIPPED_OPTIONS) };
          }
          return { contents: cached.contents, loader: 'text', watchFiles: inputs };
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }], watchFiles: inputs };
        }
      });
    },
  };
}

/** esbuild's options for the loader of one browser (as build.mjs's `common` options, minus output). */
export function loaderOptions(root, browser, { release }) {
  return {
    entryPoints: { content: join(root, LOADER_ENTRY) },
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome128' : 'firefox140',
    minify: release,
    charset: 'utf8',
    legalComments: release ? 'none' : 'inline',
    define: { __BROWSER__: JSON.stringify(browser) },
    plugins: [prefilterPlugin(root)],
  };
}
