// Mutation testing of the pure-logic folders (issue 17 item 5). Run through `npm run mutation -- <folder>`
// (scripts/mutation.mjs), which narrows `mutate` to one folder and keeps one incremental file per folder.
// Not part of `npm test`: a folder takes minutes, and the machine is shared (2 cores, several sessions), hence concurrency 1.

/** Folders measured, and what in them is not product logic (tests, fixtures, type-only files). */
export const FOLDERS = ['src/shared', 'src/store', 'src/facts', 'src/matching'];
export const NOT_MUTATED = [
  '!src/**/*.test.ts',
  '!src/**/*.test.tsx',
  '!src/**/*.test-data.ts',
  '!src/**/*.d.ts',
  '!src/matching/test-fixture.ts',
  '!src/matching/types.ts',
  '!src/shared/gazetteer-types.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...FOLDERS.map((folder) => `${folder}/**/*.ts`), ...NOT_MUTATED],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // A mutant may turn a loop endless; the unit tests themselves finish well under this.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
