import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __BROWSER__: '"chrome"', __E2E__: 'false' },
  // Vite 8 transforms with oxc (esbuild's options are ignored there); JSX as build.mjs compiles it.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // toThrow(string | RegExp) that fails on a null or undefined throw (scripts/vitest/strict-throws.ts).
    setupFiles: ['scripts/vitest/strict-throws.ts'],
    testTimeout: 20_000,
  },
});
