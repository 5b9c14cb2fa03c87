/**
 * The script the manifest injects into every frame stays small: built as the release build
 * builds it (loaderOptions), for both browsers, at most LOADER_LIMIT_BYTES; and it carries none
 * of the polyfill, the schema library or the UI library.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOADER_LIMIT_BYTES, loaderOptions } from './loader-build.mjs';

const root = join(__dirname, '..', '..');

describe('the content loader (release build)', () => {
  it.each(['chrome', 'firefox'] as const)('weighs at most 10 KB in %s, without polyfill, valibot or preact', async (browser) => {
    const result = await esbuild.build({ ...loaderOptions(root, browser, { release: true }), write: false, metafile: true, outdir: '/tmp/caravan-loader-size' });
    const bytes = result.outputFiles[0]!.contents.byteLength;
    console.log(`[loader] ${browser} release content.js: ${bytes} bytes (limit ${LOADER_LIMIT_BYTES})`);
    expect(bytes).toBeLessThanOrEqual(LOADER_LIMIT_BYTES);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /node_modules|valibot|preact|polyfill/.test(i))).toEqual([]);
  }, 60_000);
});
