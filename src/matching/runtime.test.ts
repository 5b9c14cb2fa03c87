import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the runtime entry', () => {
  it('pulls in no build-only module (jsonc-parser, gazetteer loading, synthetic gazetteers)', async () => {
    const result = await build({
      entryPoints: [new URL('./runtime.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.endsWith('src/matching/compile.ts'))).toBe(true);
    expect(inputs.filter((f) => /jsonc-parser|gazetteer-load|synthetic/.test(f))).toEqual([]);
  });
});
