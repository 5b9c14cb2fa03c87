// The unit tests Stryker runs for src/matching's mutants (docs/mutation-matching.md): the folder's own tests only
// (tests elsewhere that reach the matcher, e.g. src/facts/pack.test.ts building the pack from the corpus, are not
// what this folder's score measures), less src/matching/corpus.test.ts, the golden test that compiles the real
// gazetteer and matches every corpus text. A mutant only the corpus golden test would kill counts as survived, so
// the scores measured with this config are lower bounds. CARAVAN_PROPERTY_SHARE=0.1 lowers the case count of the
// folder's random (property) tests; `npm test` keeps their full counts. Its globalSetup reads the shipped gazetteer
// once for all test files (src/matching/shipped-setup.test-data.ts).
import { configDefaults, defineConfig } from 'vitest/config';
import mutation from './vitest.mutation.config';

export default defineConfig({
  ...mutation,
  test: {
    ...mutation.test,
    include: ['src/matching/**/*.test.ts'],
    exclude: [...(mutation.test?.exclude ?? configDefaults.exclude), 'src/matching/corpus.test.ts'],
    env: { ...mutation.test?.env, CARAVAN_PROPERTY_SHARE: '0.1' },
    // The shipped gazetteer read once per run, not once per test file (see that file for what it leaves out).
    globalSetup: ['src/matching/shipped-setup.test-data.ts'],
  },
});
