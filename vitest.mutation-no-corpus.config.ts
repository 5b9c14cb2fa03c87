// vitest.mutation.config.ts less src/facts/pack.test.ts, whose every test builds the pack from the
// whole corpus (seconds each, and a mutant that slows the build turns into a timeout). Used by
// `npm run mutation -- src/facts --no-corpus-build` so the other src/facts files can be measured on a
// shared machine; pack.ts itself is then covered by no test and must be measured with the full config.
import { configDefaults, defineConfig } from 'vitest/config';
import mutation from './vitest.mutation.config';

export default defineConfig({
  ...mutation,
  test: { ...mutation.test, exclude: [...(mutation.test?.exclude ?? configDefaults.exclude), 'src/facts/pack.test.ts'] },
});
