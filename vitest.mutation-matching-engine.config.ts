// vitest.mutation-matching.config.ts less the tests that load the shipped gazetteer (data/gazetteer.json, ~1 s to
// read and check, then compiled) or match the whole corpus: used for src/matching's engine files (scan, trie,
// packed*, compile, forms, inflect, normalize, tokenize, phrases, resolve, ambiguity, split-forms, synthetic, ...),
// whose every mutant the real-data tests cover (10–20 s a mutant with them on this shared machine). Those files'
// scores measured with this config are LOWER BOUNDS: a mutant only a real-data test would kill counts as survived.
// The rule files (senses, place-senses, other-senses, named-kinds, lookalikes, ...) are measured with the full
// matching config, since their own tests are the real-data ones (docs/mutation-matching.md).
import { defineConfig } from 'vitest/config';
import matching from './vitest.mutation-matching.config';

export const REAL_DATA_TESTS = [
  'src/matching/precision.test.ts',
  'src/matching/senses.test.ts',
  'src/matching/place-senses.test.ts',
  'src/matching/other-senses.test.ts',
  'src/matching/sense-classes.test.ts',
  'src/matching/named-kinds.test.ts',
  'src/matching/document-edges.test.ts',
  'src/matching/sliced.test.ts',
  'src/matching/split-forms.test.ts',
  'src/matching/packed.test.ts',
  'src/matching/gazetteer-qids.test.ts',
];

export default defineConfig({
  ...matching,
  test: { ...matching.test, exclude: [...(matching.test?.exclude ?? []), ...REAL_DATA_TESTS] },
});
