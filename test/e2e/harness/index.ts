/**
 * Launches the e2e builds (`node build.mjs --e2e`) in the real browsers. A missing browser is a
 * loud skip on a developer's machine and a failure under CI=true.
 */
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { FIREFOX_PATH, launchFirefox } from './firefox';
import { REPO_ROOT, startServer, type TestServer } from './server';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export * from './types';
export * from './server';

const PATHS: Record<BrowserName, string> = { chromium: CHROMIUM_PATH, firefox: FIREFOX_PATH };
const ALL: readonly BrowserName[] = ['chromium', 'firefox'];
const ONLY = process.env.CARAVAN_BROWSERS?.split(',').map((s) => s.trim()) as BrowserName[] | undefined;
export const BROWSERS: BrowserName[] = ALL.filter((b) => !ONLY || ONLY.includes(b));
/** Browsers CARAVAN_BROWSERS left out: said on every suite, and a failure under CI=true. */
const DROPPED: BrowserName[] = ALL.filter((b) => !BROWSERS.includes(b));

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(PATHS[name]);
}

export function extensionDir(name: BrowserName): string {
  return join(REPO_ROOT, 'extension', name === 'chromium' ? 'e2e-chrome' : 'e2e-firefox');
}

/** What `node build.mjs --release` writes (and `npm run package` zips): the shipped build. */
export function releaseDir(name: BrowserName): string {
  return join(REPO_ROOT, 'extension', name === 'chromium' ? 'chrome' : 'firefox');
}

/**
 * Where a browser that failed to launch is recorded (one JSON object a line), so scripts/test.mjs
 * can say which browser suite did not run and why: vitest reports the tests of a suite whose
 * `beforeAll` threw as merely skipped.
 */
export const LAUNCH_FAILURES = join(REPO_ROOT, '.cache', 'e2e-launch-failures.json');

export async function launch(name: BrowserName, dir = extensionDir(name), options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  try {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run node build.mjs --e2e (or --release)`);
    return await (name === 'chromium' ? launchChromium(dir, options) : launchFirefox(dir, options));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    console.error(`\n!!! ${name} did not launch (${dir}): ${reason}\n`);
    mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
    appendFileSync(LAUNCH_FAILURES, `${JSON.stringify({ browser: name, dir, reason })}\n`);
    throw error;
  }
}

/**
 * `describe` for each browser. Without the browser: under CI a failing suite, elsewhere a skip
 * announced on stderr.
 */
export function describeInBrowsers(title: string, body: (name: BrowserName) => void): void {
  for (const name of DROPPED) {
    console.error(`\n!!! CARAVAN_BROWSERS=${process.env.CARAVAN_BROWSERS}: NOT running "${title}" in ${name}.\n`);
    if (process.env.CI === 'true') {
      describe(`${title} [${name}]`, () => {
        it('runs in every browser under CI', () => {
          throw new Error(`CARAVAN_BROWSERS=${process.env.CARAVAN_BROWSERS} dropped ${name}; CI runs every browser`);
        });
      });
    }
  }
  for (const name of BROWSERS) {
    if (browserAvailable(name) || process.env.CI === 'true') {
      describe(`${title} [${name}]`, () => body(name));
    } else {
      console.error(`\n!!! ${name} is not installed at ${PATHS[name]}: SKIPPING "${title}" in ${name}. Install it (apt-get install -y chromium firefox-esr) to run the end-to-end suite.\n`);
      describe.skip(`${title} [${name}] (browser missing)`, () => body(name));
    }
  }
}

export interface BrowserSession {
  /** The launched browser with the e2e build (valid inside tests). */
  readonly browser: ExtensionBrowser;
  /** The fixture server (valid inside tests). */
  readonly server: TestServer;
}

/**
 * Inside a describeInBrowsers body: starts the suite's servers (`start`), then launches the e2e
 * build, before the suite's tests; closes the browser, then the servers, after them. Returns the
 * browser and each server by its name in `start`'s answer, read when asked (valid inside tests and
 * hooks: the suite's body runs before they exist).
 */
export function useBrowserWith<S extends Record<string, TestServer>>(name: BrowserName, start: () => Promise<S>): { readonly browser: ExtensionBrowser } & Readonly<S> {
  let browser: ExtensionBrowser | undefined;
  let servers: S | undefined;
  beforeAll(async () => {
    servers = await start();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of Object.values(servers ?? {}).reverse()) await server.close();
  });
  return new Proxy({} as { readonly browser: ExtensionBrowser } & Readonly<S>, {
    get: (_, key) => (key === 'browser' ? browser : typeof key === 'string' ? servers?.[key] : undefined),
  });
}

/**
 * Inside a describeInBrowsers body: the e2e build and the fixture server for the suite — the setup
 * most suites share. `pages`: extra pages the server serves (path → HTML) beside the fixtures.
 */
export function useBrowser(name: BrowserName, pages?: Record<string, string>): BrowserSession {
  return useBrowserWith(name, async () => ({ server: await startServer(undefined, pages) }));
}

/**
 * Polls the tab's `page-mentions` (the tab whose URL contains `urlPart`) until `done` holds of its
 * mentions, or 100 tries; returns the last answer (detection works asynchronously).
 */
export async function mentionsUntil<M = { entity: string; text: string }>(browser: ExtensionBrowser, urlPart: string, done: (m: M[]) => boolean): Promise<M[]> {
  let last: M[] = [];
  for (let i = 0; i < 100; i++) {
    last = (await browser.sendToTab<{ mentions: M[] }>(urlPart, { type: 'page-mentions' })).mentions;
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}
