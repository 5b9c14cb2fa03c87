import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __BROWSER__: '"chrome"', __E2E__: 'false', __DEV__: 'true' },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
