/**
 * The seam of decision 0300, held by what esbuild bundles: the detector's side of the tooltip
 * (src/content/tooltip/index.ts, bundled into detector.js) carries none of the tooltip's UI, and
 * the tooltip's module (module.ts, tooltip.js) carries neither the extension polyfill nor the
 * schema library, whose work the detector passes in.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

async function inputsOf(entry: string): Promise<{ inputs: string[]; bytes: number }> {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: '"chrome"' },
    target: 'chrome128',
    outdir: '/tmp/caravan-tooltip-bundles',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  // What made it into the output, not every file visited (tree-shaken imports count for nothing).
  return { inputs: Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k), bytes: output.bytes };
}

describe('the tooltip split in two bundles (decision 0300)', () => {
  it("keeps the tooltip's UI out of the detector: no preact, no floating-ui, no controller or view", async () => {
    const { inputs } = await inputsOf('src/content/tooltip/index.ts');
    expect(inputs.filter((i) => /preact|floating-ui|tooltip\/(controller|view|host|styles|position|cache|model|i18n|hover)\.tsx?$/.test(i))).toEqual([]);
    expect(inputs).toContain('src/content/tooltip/lazy.ts');
  }, 60_000);

  it("keeps the polyfill and valibot out of the tooltip's module", async () => {
    const { inputs, bytes } = await inputsOf('src/content/tooltip/module.ts');
    expect(inputs.filter((i) => /webextension-polyfill|valibot|shared\/(messaging|settings|settings-schema)\.ts$/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('preact'))).toBe(true);
    console.log(`[tooltip] module.ts minified, unbundled data aside: ${bytes} bytes`);
  }, 60_000);
});
