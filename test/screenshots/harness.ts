/**
 * What every *.shots.ts file shares: a browser with the e2e build and the fixture server for the
 * suite, the theme picked as a reader picks it, a picture saved under docs/screenshots/ named for
 * the browser, and a tooltip hovered open. The pictures are for the user guide, not a test of the
 * product: each shot asserts only that its picture was taken.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { REPO_ROOT, useBrowser, type BrowserName, type BrowserSession, type ExtensionBrowser, type TestPage } from '../e2e/harness';
import { centreOf, sleep, waitForTip } from '../e2e/harness/tooltip-probe';

export const OUT = join(REPO_ROOT, 'docs', 'screenshots');
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The guide's window: a laptop's. */
export const LAPTOP = { width: 1366, height: 768 } as const;
/** The fact panel's size in its pictures: about what the toolbar popup gets. */
export const POPUP = { width: 420, height: 640 } as const;

export interface ShotSession extends BrowserSession {
  /** Saves `page` as docs/screenshots/<browser>-<file>.png and checks it was written. */
  shot(page: TestPage, file: string): Promise<void>;
  /** docs/screenshots/<browser>-<file>.png */
  pathOf(file: string): string;
}

/**
 * Inside a describeInBrowsers body: the browser and server for the suite (`pages`: extra pages
 * the server serves), and the output folder made before the first shot.
 */
export function useShots(name: BrowserName, pages?: Record<string, string>): ShotSession {
  const session = useBrowser(name, pages);
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });
  const pathOf = (file: string): string => join(OUT, `${name}-${file}.png`);
  return {
    get browser() {
      return session.browser;
    },
    get server() {
      return session.server;
    },
    pathOf,
    async shot(page, file) {
      const path = pathOf(file);
      await page.screenshot(path);
      expect(existsSync(path)).toBe(true);
    },
  };
}

/**
 * Picks the theme as a reader does, on the options page (Firefox over WebDriver BiDi cannot
 * emulate prefers-color-scheme, and this works whatever the settings' storage looks like).
 */
export async function pickTheme(browser: ExtensionBrowser, theme: Theme): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  try {
    await options.waitFor(() => document.querySelector('input[name="theme"]'));
    await options.evaluate((theme) => document.querySelector<HTMLInputElement>(`input[name="theme"][value="${theme}"]`)!.click(), theme);
    await options.waitFor((theme) => getComputedStyle(document.documentElement).colorScheme === theme, theme);
  } finally {
    await options.close();
  }
}

/**
 * Hovers `word` until its tooltip is open with its facts (detection may still be running when the
 * page has loaded; a hover before the mark is a hover on plain text), then lets it settle.
 */
export async function hoverOpen(tab: TestPage, word: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const [x, y] = await centreOf(tab, word);
    await tab.mouseMove(x, y);
    const open = await waitForTip(tab, (t) => t.state === 'open' && t.status === 'ready', 'open').catch(() => null);
    if (open) break;
    await tab.mouseMove(5, 5);
    await sleep(300);
  }
  await sleep(300);
}

/** The fact panel (popup.html) about the tab whose URL contains `urlPart`, sized as the toolbar popup. */
export async function panelAbout(browser: ExtensionBrowser, urlPart: string): Promise<TestPage> {
  const id = await browser.bridge.evaluate((part) => window.caravanBridge.tabByUrl(part), urlPart);
  const panel = await browser.openExtensionPage(`popup.html?tab=${id}`);
  await panel.setViewport(POPUP.width, POPUP.height);
  return panel;
}
