/**
 * The loader suites' setup (loader*.e2e.ts): two servers of the loader's pages, `server` framing
 * pages of `other` (a cross-origin frame), and the e2e build.
 */
import { startLoaderServer, type LoaderServer } from '../loader-server';
import { useBrowserWith } from './index';
import type { BrowserName, ExtensionBrowser } from './types';

export interface LoaderPages {
  readonly browser: ExtensionBrowser;
  /** The pages under test; their cross-origin frames come from `other`. */
  readonly server: LoaderServer;
  readonly other: LoaderServer;
}

/** Inside a describeInBrowsers body; the handles are valid inside tests and hooks. */
export function useLoaderPages(name: BrowserName): LoaderPages {
  return useBrowserWith(name, async () => {
    const other = await startLoaderServer();
    return { other, server: await startLoaderServer(other.origin) };
  });
}
