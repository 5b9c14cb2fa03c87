// What the fact panel's bundles (popup.js, sidepanel.js) import of the build's virtual modules,
// resolved by esbuild as build.mjs resolves them: the packed matcher index, and no copy of the
// gazetteer beside it (decision 0310: "did you mean" reads the index's own names).
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

async function virtualImports(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const virtuals: Plugin = {
    name: 'virtuals',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (a) => {
        seen.add(a.path);
        return { path: a.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    outdir: join(ROOT, '.cache', 'panel-bundle-test'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [virtuals],
  });
  return [...seen].sort();
}

describe('the fact panel bundles', () => {
  for (const entry of ['src/popup/index.tsx', 'src/sidepanel/index.tsx']) {
    it(`${entry} imports the packed matcher index and not the gazetteer`, async () => {
      const imports = await virtualImports(entry);
      expect(imports).toContain('virtual:matcher-index');
      expect(imports).not.toContain('virtual:gazetteer');
    });
  }
});
