// `npm run --silent facts`: derives the fact pack with the very modules the build uses and prints it
// as JSON, so facts, ids and summaries can be reviewed (and summaries written) without a build.
// A corpus or gazetteer problem prints `<file>:<line>: <what>` on stderr and exits 1.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './lib/load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// `npm run --silent facts | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));

try {
  const { buildPack } = await loadTs('src/facts/pack.ts', root);
  const pack = await buildPack(root);
  process.stdout.write(JSON.stringify(pack, null, 2) + '\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
