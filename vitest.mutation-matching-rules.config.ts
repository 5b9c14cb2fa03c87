// vitest.mutation-matching.config.ts less the folder's equivalence tests, which compare two matchers built by the
// same scanner and rules (packed vs compiled, sliced vs one-go compile, build-split vs compile-split forms) and so
// cannot see a mutant of the code both sides share (scan, trie, the rules, compile's common path, tokenize,
// normalize, inflect, phrases, ...), only cost seconds per mutant: packed.test.ts, packed-mutation.test.ts,
// sliced.test.ts, split-forms.test.ts, and gazetteer-qids.test.ts (data only). Used for those shared files
// (`--rules-tests` of scripts/mutation.mjs); packed*.ts and split-forms.ts are measured with the configs that keep them.
// A mutant only those tests would kill (a crash or an endless loop they alone reach) counts as survived: lower bound.
import { defineConfig } from 'vitest/config';
import matching from './vitest.mutation-matching.config';

export const EQUIVALENCE_TESTS = [
  'src/matching/packed.test.ts',
  'src/matching/packed-mutation.test.ts',
  'src/matching/sliced.test.ts',
  'src/matching/split-forms.test.ts',
  'src/matching/gazetteer-qids.test.ts',
];

export default defineConfig({
  ...matching,
  test: { ...matching.test, exclude: [...(matching.test?.exclude ?? []), ...EQUIVALENCE_TESTS] },
});
