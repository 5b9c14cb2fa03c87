// `npm test`: every suite in turn, then one line `N passed, N failed, N skipped` summing them all.
//   type check (page code and service-worker code), lint, unit tests (vitest), web-ext lint of the
//   Firefox build, and the end-to-end suite in real Chromium and Firefox.
// Each check that is not a test runner counts as one test. Exit 1 when anything failed.
//
// Skips are never silent: every skipped test is counted and named per suite, a browser suite that
// did not run says why, and under CI=true a skip in a browser suite, a suite that ran no test, or
// a browser dropped by CARAVAN_BROWSERS is a failure.
//
//   node scripts/test.mjs            everything
//   node scripts/test.mjs e2e [files] only the end-to-end part (its build and run), e.g. to check
//                                     how a missing browser is reported
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const CI = process.env.CI === 'true';
const BROWSERS = ['chromium', 'firefox'];
const [mode, ...files] = process.argv.slice(2);
const onlyE2e = mode === 'e2e';
if (mode !== undefined && !onlyE2e) {
  console.error(`unknown argument ${mode}: node scripts/test.mjs [e2e [files...]]`);
  process.exit(2);
}

const results = [];
/** Problems that fail the run even when no test failed (skips under CI, empty suites, dropped browsers). */
const problems = [];
const loud = (text) => console.error(`\n!!! ${text}\n`);

// A report left over from an earlier run must never supply this run's counts.
mkdirSync('.cache', { recursive: true });
for (const f of readdirSync('.cache')) if (f.endsWith('.json')) rmSync(join('.cache', f), { force: true });

function run(label, cmd, args, { env = {} } = {}) {
  console.log(`\n━━ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

/** Why a browser did not launch, as the harness recorded it (test/e2e/harness/index.ts). */
function launchFailures() {
  const file = '.cache/e2e-launch-failures.json';
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** Counts of one group of vitest assertion results. */
function tally(tests) {
  const count = (s) => tests.filter((t) => t.status === s).length;
  return {
    passed: count('passed'),
    failed: count('failed'),
    // vitest's JSON report says "skipped", "pending" or "todo" for a test that did not run.
    skipped: tests.filter((t) => ['skipped', 'pending', 'todo', 'disabled'].includes(t.status)).length,
  };
}

/** The browser a test ran in, from its describe title (`title [chromium]`), or null. */
function browserOf(test) {
  const m = /\[(chromium|firefox)\]/.exec((test.ancestorTitles ?? []).join(' '));
  return m ? m[1] : null;
}

function vitest(label, args, jsonFile, { env, browsers = false } = {}) {
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`], { env });
  if (!existsSync(jsonFile)) {
    loud(`${label}: vitest wrote no report (${jsonFile}); counted as one failure`);
    results.push({ label, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const files = report.testResults ?? [];
  const all = files.flatMap((f) => f.assertionResults ?? []);
  const counts = tally(all);
  // A suite that failed to load counts as a failure even with no failed test in it.
  counts.failed = Math.max(counts.failed, ok ? 0 : 1);
  results.push({ label, ...counts });

  if (all.length === 0) {
    loud(`${label}: ran no test at all`);
    problems.push(`${label}: ran no test`);
  }
  for (const f of files) {
    const tests = f.assertionResults ?? [];
    const name = f.name.replace(`${process.cwd()}/`, '');
    const skippedHere = tests.filter((t) => tally([t]).skipped);
    if (!browsers) {
      if (skippedHere.length) console.error(`\n! ${name}: ${skippedHere.length} skipped: ${skippedHere.map((t) => t.fullName).join('; ')}`);
      if (tests.length === 0) {
        loud(`${name}: ran no test${f.message ? ` (${f.message.split('\n')[0]})` : ''}`);
        problems.push(`${name}: ran no test`);
      }
      continue;
    }
    // Browser suites: each file once per browser, each of which must have run its tests.
    for (const b of BROWSERS) {
      const mine = tests.filter((t) => browserOf(t) === b);
      const c = tally(mine);
      if (!mine.length) continue; // not requested (narrowed) or the file is for one browser only
      if (c.skipped) {
        const launch = launchFailures().find((x) => x.browser === b);
        const why = mine.some((t) => /browser missing/.test(t.ancestorTitles.join(' ')))
          ? `${b} is not installed`
          : launch
            ? `${b} did not launch: ${launch.reason}`
            : f.message
              ? f.message.split('\n')[0]
              : 'see the log above';
        loud(`${name} [${b}]: ${c.skipped} of ${mine.length} tests SKIPPED (${why})`);
        problems.push(`${name} [${b}]: ${c.skipped} skipped`);
      }
      if (c.passed + c.failed === 0) {
        loud(`${name} [${b}]: the ${b} suite DID NOT RUN (no test passed or failed)`);
        problems.push(`${name} [${b}]: ran no test`);
      }
    }
    if (tests.length === 0) {
      loud(`${name}: ran no test${f.message ? ` (${f.message.split('\n')[0]})` : ''}`);
      problems.push(`${name}: ran no test`);
    }
  }
  if (browsers) {
    for (const b of BROWSERS) {
      if (!all.some((t) => browserOf(t) === b)) {
        loud(`end-to-end: NO ${b} test ran at all${process.env.CARAVAN_BROWSERS ? ` (CARAVAN_BROWSERS=${process.env.CARAVAN_BROWSERS})` : ''}`);
        problems.push(`end-to-end: no ${b} test ran`);
      }
    }
  }
}

// Narrowing the browsers is for a developer's quick run, never for CI, and never quiet.
if (process.env.CARAVAN_BROWSERS !== undefined) {
  const kept = process.env.CARAVAN_BROWSERS.split(',').map((s) => s.trim());
  const dropped = BROWSERS.filter((b) => !kept.includes(b));
  if (dropped.length) {
    loud(`CARAVAN_BROWSERS=${process.env.CARAVAN_BROWSERS}: the ${dropped.join(' and ')} end-to-end suites will NOT run`);
    problems.push(`CARAVAN_BROWSERS dropped ${dropped.join(', ')}`);
  }
}

if (!onlyE2e) {
  check('type check (pages)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  check('type check (service worker, no DOM)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.worker.json']);
  check('lint', 'npx', ['eslint', '.']);
  vitest('unit tests', [], '.cache/unit.json');
  check('build', 'node', ['build.mjs']);
  check('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', 'extension/firefox', '--self-hosted', '--warnings-as-errors=false']);
  check('release build', 'node', ['build.mjs', '--release']);
}
check('e2e build', 'node', ['build.mjs', '--e2e']);
vitest('end-to-end (Chromium, Firefox)', ['--config', 'vitest.e2e.config.ts', ...files], '.cache/e2e.json', { browsers: true });

const passed = results.reduce((n, r) => n + r.passed, 0);
let failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log('\n━━ summary');
for (const r of results) console.log(`${r.failed ? '✗' : r.skipped ? '!' : '✓'} ${r.label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
if (problems.length) {
  console.log(`${CI ? '✗' : '!'} ${CI ? 'failing under CI=true' : 'would fail under CI=true'}: ${problems.join('; ')}`);
  if (CI) failed += problems.length;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
