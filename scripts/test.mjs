// `npm test`: every suite in turn, then one line `N passed, N failed` summing them all.
//   type check (page code and service-worker code), lint, unit tests (vitest), web-ext lint of the
//   Firefox build, and the end-to-end suite in real Chromium and Firefox.
// Each check that is not a test runner counts as one test. Exit 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = [];
mkdirSync('.cache', { recursive: true });

function run(label, cmd, args, { env = {} } = {}) {
  console.log(`\n━━ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(label, args, jsonFile, env) {
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`], { env });
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(jsonFile)) {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
    passed = report.numPassedTests;
    // A suite that failed to load counts as a failure even with no failed test in it.
    failed = Math.max(report.numFailedTests, ok ? 0 : 1);
  }
  results.push({ label, passed, failed });
}

check('type check (pages)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('type check (service worker, no DOM)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.worker.json']);
check('lint', 'npx', ['eslint', '.']);
vitest('unit tests', [], '.cache/unit.json');
check('build', 'node', ['build.mjs']);
check('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', 'extension/firefox', '--self-hosted', '--warnings-as-errors=false']);
check('e2e build', 'node', ['build.mjs', '--e2e']);
vitest('end-to-end (Chromium, Firefox)', ['--config', 'vitest.e2e.config.ts'], '.cache/e2e.json');

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n━━ summary');
for (const r of results) console.log(`${r.failed ? '✗' : '✓'} ${r.label}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
