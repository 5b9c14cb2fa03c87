/**
 * Runs the detector as a page script on the largest saved real pages and on a page dense with
 * mentions, and reports its slices. Machines differ and other work shares the cores, so nothing
 * here asserts a time: the numbers are printed for the reader (and the benchmark owns the gate).
 * What it does assert is order: on a page scrolled far down, the text in view is marked first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/matching/gazetteer-file';
import { FIXTURES, SHARED_PAGES, describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';

const WANTED = ['yahoo-2.html', 'guardian-1.html', 'wikipedia-2.html'];
const PAGES = WANTED.filter((p) => existsSync(join(SHARED_PAGES, p)));
const MISSING = WANTED.filter((p) => !PAGES.includes(p));
if (MISSING.length > 0) {
  console.error(`\n!!! saved pages missing from ${SHARED_PAGES} (set CARAVAN_PAGES): ${MISSING.join(', ')}. Their detection-cost tests do not run here${process.env.CI === 'true' ? '; under CI=true that fails' : ''}.\n`);
}

const dense = () => {
  const para = '<p>Kazakhstan and Afghanistan agreed in <a href="#">Kabul</a> that trade through Hairatan grows; Tokayev met the Taliban in Astana.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dense</title></head><body>${para.repeat(3000)}</body></html>`;
};

/** `virtual:gazetteer-entries`: the gazetteer as the build loads it (with CLDR's names of states). */
const gazetteerEntries: esbuild.Plugin = {
  name: 'gazetteer-entries',
  setup(b) {
    b.onResolve({ filter: /^virtual:gazetteer-entries$/ }, (a) => ({ path: a.path, namespace: 'gazetteer-entries' }));
    b.onLoad({ filter: /.*/, namespace: 'gazetteer-entries' }, () => ({ contents: JSON.stringify(loadGazetteer(join(import.meta.dirname, '..', '..'))), loader: 'json' }));
  },
};

describeInBrowsers('detection cost', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'caravan-detector-'));
    await esbuild.build({
      entryPoints: { detector: join(FIXTURES, 'src', 'detector-page.mjs') },
      outdir: out,
      bundle: true,
      format: 'iife',
      target: 'es2022',
      logLevel: 'warning',
      plugins: [gazetteerEntries],
    });
    server = await startServer([out, FIXTURES], { '/dense.html': dense() });
    browser = await launch(name);
    // The extension stays out of the way: its own content script would do the same work twice.
    await browser.bridge.evaluate(() => window.caravanBridge.browser.storage.sync.set({ settings: { pausedSites: ['127.0.0.1'] } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** The detector bundle as a page script (its numbers are read from window.caravanDetect). */
  const loadDetector = (page: TestPage) =>
    page.evaluate(
      (src) =>
        new Promise<void>((resolve, reject) => {
          const s = document.createElement('script');
          s.src = src;
          s.onload = () => resolve();
          s.onerror = () => reject(new Error('detector bundle did not load'));
          document.head.append(s);
        }),
      server.url('/detector.js'),
    );

  if (process.env.CI === 'true' && MISSING.length > 0) {
    it('finds the saved real pages', () => {
      expect(MISSING, `missing from ${SHARED_PAGES}`).toEqual([]);
    });
  }

  for (const path of [...PAGES.map((p) => `/pages/${p}`), '/dense.html']) {
    it(`annotates ${path} in slices`, async () => {
      const page = await browser.newPage(server.url(path));
      await loadDetector(page);
      const stats = await page.evaluate(() => (window as unknown as { caravanDetect: () => Promise<Record<string, number | null>> }).caravanDetect());
      console.log(`[${name}] ${path}: ${JSON.stringify(stats, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`);
      expect(stats.slices).toBeGreaterThan(0);
      if (path === '/dense.html') expect(stats.mentions).toBe(3000 * 7);
      await page.close();
    });
  }

  it('marks the text in view before the rest of the page', async () => {
    const page = await browser.newPage(server.url('/dense.html'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    await loadDetector(page);
    type First = { top: number; bottom: number; viewportHeight: number; index: number };
    const stats = await page.evaluate(() => (window as unknown as { caravanDetect: () => Promise<{ first: First; firstViewportMarkMs: number | null }> }).caravanDetect());
    console.log(`[${name}] viewport first: paragraph ${stats.first.index} of 3000 marked first, after ${stats.firstViewportMarkMs?.toFixed(1)} ms`);
    // Scrolled to 60 % of the page: the first paragraph marked is one on screen, far from the top.
    expect(stats.first.bottom).toBeGreaterThan(0);
    expect(stats.first.top).toBeLessThan(stats.first.viewportHeight);
    expect(stats.first.index).toBeGreaterThan(1000);
    expect(stats.firstViewportMarkMs).not.toBeNull();
    await page.close();
  });
});
