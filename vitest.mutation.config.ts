// The unit-test configuration Stryker runs against each mutant (stryker.config.mjs): the tests beside
// the code in src/ only. The build's own tests (scripts/**, e.g. buildPack over the whole corpus) take
// tens of seconds each on a shared machine and would rerun for every mutant they reach; they are not
// what the mutation score of src/ measures. Longer test and hook timeouts: the dry run instruments for
// coverage on a loaded machine, where src/facts/pack.test.ts's corpus build (a beforeAll) took over 10 s.
// Spread, not mergeConfig: that would append to `include` rather than replace it.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: { ...base.test, include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], testTimeout: 60_000, hookTimeout: 180_000 },
});
