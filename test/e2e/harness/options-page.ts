/**
 * One browser per suite with the options page at hand: each test opens it fresh, and after each
 * test it is closed and every stored setting cleared, so tests never see each other's settings.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { clearSettingsInPage } from '../stored-settings';
import { launch, type BrowserName, type ExtensionBrowser, type TestPage } from './index';

export interface OptionsSession {
  readonly browser: ExtensionBrowser;
  /** Opens options.html and waits until its last section has rendered. */
  open(): Promise<TestPage>;
}

export function useOptionsPage(name: BrowserName): OptionsSession {
  let browser: ExtensionBrowser | undefined;
  let options: TestPage | undefined;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterEach(async () => {
    await options?.close().catch(() => undefined);
    options = undefined;
    await browser!.bridge.evaluate(clearSettingsInPage);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    async open() {
      options = await browser!.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('#backup'));
      return options;
    },
  };
}
