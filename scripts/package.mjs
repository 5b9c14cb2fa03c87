// `npm run package`: zips the release builds the way each store accepts them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  const r = spawnSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `extension/${browser}`, '--artifacts-dir', 'extension', '--filename', `caravan-${browser}-${version}.zip`, '--overwrite-dest'],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
