// Mutation score per folder: `node scripts/mutation.mjs src/shared [src/store ...]` (no folder: all four).
// Each folder gets its own incremental file, so a rerun only re-tests mutants whose code or tests changed.
// `--ignore-static` skips static mutants (module-level tables; each one reruns every related test): src/facts
// has ~2,900 of them, hours at concurrency 2. They are then counted as ignored, outside the score.
// `--force` retests every mutant (incremental mode reuses a static mutant's result even when tests were added).
// `--no-corpus-build` runs the tests without src/facts/pack.test.ts (vitest.mutation-no-corpus.config.ts), whose
// corpus build made a whole src/facts run take hours on the shared machine; pack.ts then has no test (measure it alone).
// `--concurrency=2` overrides the config's 1 (test runners at once; the machine is shared, so at most 2).
// src/matching (the folder or a file of it) runs its own tests only, through vitest.mutation-matching.config.ts (no
// corpus golden test, a tenth of the random cases: docs/mutation-matching.md; its scores are lower bounds).
// `--engine-tests` (src/matching only): vitest.mutation-matching-engine.config.ts, i.e. also without the tests that load
// the shipped gazetteer; for the packed index's files (packed*.ts), scores then lower bounds. `--rules-tests`:
// vitest.mutation-matching-rules.config.ts, without the equivalence tests (for the code both matchers share).
// `--all-tests`: coverageAnalysis 'all', every mutant runs all the (related) tests, not only those that covered it in
// the dry run. For src/matching: its real-data tests build the shipped matcher once per file, inside the file's
// first test, so per-test coverage credits the compile code (trie, compile, inflect, ...) to that test alone.
// `--one-run` measures all the files given in one Stryker run (one dry run, one report) and prints a row per file.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import config, { FOLDERS, NOT_MUTATED } from '../stryker.config.mjs';

const concurrencyArg = process.argv.slice(2).find((arg) => arg.startsWith('--concurrency='));
const concurrency = concurrencyArg ? Number(concurrencyArg.slice('--concurrency='.length)) : config.concurrency;
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 2) {
  console.error(`--concurrency must be 1 or 2 (the machine is shared), not ${concurrencyArg}`);
  process.exit(2);
}
const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--') && arg !== concurrencyArg));
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map((arg) => arg.replace(/\/+$/, ''));
const KNOWN = ['--ignore-static', '--force', '--no-corpus-build', '--one-run', '--engine-tests', '--rules-tests', '--all-tests'];
const unknownFlags = [...flags].filter((flag) => !KNOWN.includes(flag));
if (unknownFlags.length > 0) {
  console.error(`Unknown option(s): ${unknownFlags.join(', ')}. Known: ${KNOWN.join(', ')}, --concurrency=N`);
  process.exit(2);
}
// A file of one of the folders may be given instead (`src/facts/numbers.ts`): measured alone, with its own files.
const isFileOf = (arg) => arg.endsWith('.ts') && FOLDERS.some((folder) => arg.startsWith(`${folder}/`)) && existsSync(arg);
const unknown = args.filter((arg) => !FOLDERS.includes(arg) && !isFileOf(arg));
if (unknown.length > 0) {
  console.error(`Unknown folder(s) or file(s): ${unknown.join(', ')}. Choose from: ${FOLDERS.join(', ')} or a .ts file in one`);
  process.exit(2);
}
const oneRun = flags.has('--one-run');
if (oneRun && (args.length === 0 || !args.every(isFileOf))) {
  console.error('--one-run takes files (src/<folder>/<file>.ts), not folders');
  process.exit(2);
}
// Targets: one Stryker run each; with --one-run, one run for all the files.
const folders = oneRun ? [args] : args.length > 0 ? args : FOLDERS;
const isMatching = (target) => [target].flat().every((t) => t === 'src/matching' || t.startsWith('src/matching/'));

/** Counts as Stryker's own score defines them: detected = killed + timeout; valid excludes errors. */
function tally(results) {
  const count = (status) => results.filter((r) => r.status === status).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const errors = count('CompileError') + count('RuntimeError');
  const ignored = count('Ignored');
  const valid = killed + timeout + survived + noCoverage;
  const score = valid === 0 ? NaN : ((killed + timeout) / valid) * 100;
  return { mutants: results.length, killed, survived, timeout, noCoverage, errors, ignored, score };
}

const rows = [];
for (const folder of folders) {
  const name = [folder].flat().join(',');
  const slug =
    (oneRun ? `${[folder].flat()[0].replace(/^src\//, '').replace(/\/[^/]*$/, '')}-batch-${[folder].flat().map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, '')).join('+')}` : folder.replace(/^src\//, '').replace(/\.ts$/, '').replace(/\//g, '-')) +
    (flags.has('--no-corpus-build') ? '-no-corpus' : '') +
    (flags.has('--engine-tests') ? '-engine' : flags.has('--rules-tests') ? '-rules' : '') +
    (flags.has('--all-tests') ? '-all' : '');
  const started = Date.now();
  const stryker = new Stryker({
    ...config,
    mutate: [...[folder].flat().map((f) => (f.endsWith('.ts') ? f : `${f}/**/*.ts`)), ...NOT_MUTATED],
    incrementalFile: `reports/stryker-incremental-${slug}.json`,
    jsonReporter: { fileName: `reports/mutation/${slug}.json` },
    ignoreStatic: flags.has('--ignore-static'),
    ...(flags.has('--all-tests') ? { coverageAnalysis: 'all' } : {}),
    force: flags.has('--force'),
    concurrency,
    ...(flags.has('--no-corpus-build') ? { vitest: { ...config.vitest, configFile: 'vitest.mutation-no-corpus.config.ts' } } : {}),
    ...(isMatching(folder)
      ? { vitest: { ...config.vitest, configFile: `vitest.mutation-matching${flags.has('--engine-tests') ? '-engine' : flags.has('--rules-tests') ? '-rules' : ''}.config.ts` } }
      : {}),
  });
  const results = await stryker.runMutationTest();
  const seconds = Math.round((Date.now() - started) / 1000);
  // Per file (a folder's or a batch's files), then the target's total.
  const byFile = new Map();
  for (const r of results) {
    const file = relative(process.cwd(), r.fileName);
    byFile.set(file, [...(byFile.get(file) ?? []), r]);
  }
  if (byFile.size > 1) for (const [file, list] of [...byFile].sort()) console.log(`[mutation] ${row({ folder: file, ...tally(list), seconds: NaN })}`);
  rows.push({ folder: name, ...tally(results), seconds });
  // Each target's row as soon as it is done: a long list may be stopped before the table below.
  console.log(`[mutation] ${row(rows.at(-1))}`);
}

function row(r) {
  return `${r.folder} | ${r.mutants} | ${r.killed} | ${r.survived} | ${r.timeout} | ${r.noCoverage} | ${r.errors} | ${r.ignored} | ${r.score.toFixed(2)} % | ${Number.isNaN(r.seconds) ? '' : `${r.seconds} s`}`;
}

console.log('\nfolder | mutants | killed | survived | timeout | no coverage | errors | ignored | score | time');
for (const r of rows) console.log(row(r));
