/** The per-browser manifest (manifest.mjs): manifest.json as the build writes it. */
export function manifestFor(browser: 'chrome' | 'firefox', options?: { e2e?: boolean }): {
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  [key: string]: unknown;
};
