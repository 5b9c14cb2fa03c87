import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest.mjs';

describe('the lazily imported modules in the manifest (decisions 0210, 0300)', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: lists the detector and the tooltip module as web-accessible at a per-session URL, and nothing else of the content script`, () => {
      const listed = manifestFor(browser).web_accessible_resources ?? [];
      const modules = listed.filter((w) => w.resources.some((r) => r.endsWith('.js')));
      expect(modules).toEqual([{ resources: ['detector.js', 'tooltip.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
      // The loader is injected by the manifest, never fetched by URL: it must not be listed.
      expect(listed.flatMap((w) => w.resources)).not.toContain('content.js');
    });
  }
});
