// Loads a TypeScript module of src/ in Node by bundling it with esbuild into .cache/, so the build,
// `npm run facts` and the benchmarks run the very code the extension ships (one matcher, one deriver).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadTs(entry, root = process.cwd()) {
  const outdir = join(root, '.cache', 'node');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry).replace(/\.tsx?$/, '')}-${Date.now()}-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
