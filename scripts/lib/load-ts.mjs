// Loads a TypeScript module of src/ in Node by bundling it with esbuild into .cache/ (the file is
// removed once imported), so the build,
// `npm run facts` and the benchmarks run the very code the extension ships (one matcher, one deriver).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadTs(entry, root = process.cwd()) {
  return (await loadTsWithInputs(entry, root)).module;
}

let calls = 0;

/** The module, and the absolute paths of the source files it was bundled from (for watch mode). */
export async function loadTsWithInputs(entry, root = process.cwd()) {
  const outdir = join(root, '.cache', 'node');
  mkdirSync(outdir, { recursive: true });
  // Unique per call: the build's plugins load the same entry concurrently, and a name made of the
  // time and pid alone let one call import (or delete) the file another call had just written.
  const outfile = join(outdir, `${basename(entry).replace(/\.tsx?$/, '')}-${Date.now()}-${process.pid}-${++calls}.mjs`);
  const { metafile } = await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    metafile: true,
  });
  const inputs = Object.keys(metafile.inputs).map((f) => resolve(process.cwd(), f));
  try {
    return { module: await import(pathToFileURL(outfile).href), inputs };
  } finally {
    // Loaded once imported (one file, no chunks): nothing is left behind in .cache/node per call.
    rmSync(outfile, { force: true });
  }
}
