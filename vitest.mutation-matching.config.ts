// vitest.mutation.config.ts less src/matching/corpus.test.ts, the golden test that compiles the real
// gazetteer and matches every corpus text (47 s net of a 78 s dry run for document.ts under load): every
// mutant it covers reruns it, ~26 min for document.ts's 32 mutants. Used for the per-file src/matching runs of
// docs/mutation-matching.md; a mutant only the corpus golden test kills counts as survived, so the scores are
// lower bounds.
import { configDefaults, defineConfig } from 'vitest/config';
import mutation from './vitest.mutation.config';

export default defineConfig({
  ...mutation,
  test: { ...mutation.test, exclude: [...(mutation.test?.exclude ?? configDefaults.exclude), 'src/matching/corpus.test.ts'] },
});
