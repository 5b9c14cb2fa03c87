import { defineConfig } from 'vitest/config';

// Real browsers on 2 cores: one file at a time, generous timeouts (never an assertion on time).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
