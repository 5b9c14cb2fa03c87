/**
 * Launches the e2e builds (`node build.mjs --e2e`) in the real browsers. A missing browser is a
 * loud skip on a developer's machine and a failure under CI=true.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { FIREFOX_PATH, launchFirefox } from './firefox';
import { REPO_ROOT } from './server';
import type { BrowserName, ExtensionBrowser } from './types';

export * from './types';
export * from './server';

const PATHS: Record<BrowserName, string> = { chromium: CHROMIUM_PATH, firefox: FIREFOX_PATH };
const ONLY = process.env.CARAVAN_BROWSERS?.split(',') as BrowserName[] | undefined;
export const BROWSERS: BrowserName[] = (['chromium', 'firefox'] as const).filter((b) => !ONLY || ONLY.includes(b));

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(PATHS[name]);
}

export function extensionDir(name: BrowserName): string {
  return join(REPO_ROOT, 'extension', name === 'chromium' ? 'e2e-chrome' : 'e2e-firefox');
}

export async function launch(name: BrowserName): Promise<ExtensionBrowser> {
  const dir = extensionDir(name);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no e2e build in ${dir}: run node build.mjs --e2e`);
  return name === 'chromium' ? launchChromium(dir) : launchFirefox(dir);
}

/**
 * `describe` for each browser. Without the browser: under CI a failing suite, elsewhere a skip
 * announced on stderr.
 */
export function describeInBrowsers(title: string, body: (name: BrowserName) => void): void {
  for (const name of BROWSERS) {
    if (browserAvailable(name) || process.env.CI === 'true') {
      describe(`${title} [${name}]`, () => body(name));
    } else {
      console.error(`\n!!! ${name} is not installed at ${PATHS[name]}: SKIPPING "${title}" in ${name}. Install it (apt-get install -y chromium firefox-esr) to run the end-to-end suite.\n`);
      describe.skip(`${title} [${name}] (browser missing)`, () => body(name));
    }
  }
}
