import { defineConfig } from 'vitest/config';

// `npm run screenshots`: the user guide's pictures, taken in the real browsers (not part of npm test).
export default defineConfig({
  test: {
    include: ['test/screenshots/**/*.shots.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
