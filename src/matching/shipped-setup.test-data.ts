/**
 * vitest globalSetup of the src/matching mutation configs (vitest.mutation-matching.config.ts): reads
 * data/gazetteer.json and data/lookalikes.json once per Stryker test runner, in vitest's main process, where no
 * mutant is active, and hands them to every test file (shipped.test-data.ts's shippedData), so that a mutant's
 * rerun does not pay ~1 s per real-data test file for reading and checking the gazetteer. Consequence: those tests
 * do not reach the loaders' code (gazetteer-load.ts, gazetteer-file.ts, json-nodes.ts, lookalikes.ts's parser) in a
 * mutation run; the loaders' own tests do. `npm test` does not use it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadGazetteer } from './gazetteer-file';
import { parseLookalikes } from './lookalikes';

export default function setup(project: TestProject): void {
  const root = join(__dirname, '..', '..');
  const entries = loadGazetteer(root);
  const lookalikes = parseLookalikes(readFileSync(join(root, 'data', 'lookalikes.json'), 'utf8'), 'data/lookalikes.json', entries);
  project.provide('shippedData', JSON.stringify({ entries, lookalikes }));
}
