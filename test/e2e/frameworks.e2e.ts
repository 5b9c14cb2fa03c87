import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, describeInBrowsers, launch, startServer, type ExtensionBrowser, type TestPage, type TestServer } from './harness';

interface PageMention {
  entity: string;
  text: string;
}

const APPS = ['react', 'vue'] as const;

describeInBrowsers('frameworks', (name) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let out: string;

  beforeAll(async () => {
    // The apps are bundled here, from test/e2e/fixtures/src, into a temp dir served beside the fixtures.
    out = mkdtempSync(join(tmpdir(), 'caravan-apps-'));
    await esbuild.build({
      entryPoints: Object.fromEntries(APPS.map((a) => [a, join(FIXTURES, 'src', `${a}-app.mjs`)])),
      outdir: out,
      bundle: true,
      format: 'iife',
      logLevel: 'warning',
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    server = await startServer([FIXTURES, out]);
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const app of APPS) {
    it(`${app}: detects mentions while the app re-renders around them, and the app keeps working`, async () => {
      const path = `/${app}.html`;
      const page: TestPage = await browser.newPage(server.url(path));
      const mentions = async () => (await browser.sendToTab<{ mentions: PageMention[] }>(path, { type: 'page-mentions' })).mentions;
      const until = async (want: PageMention[]) => {
        let last: PageMention[] = [];
        for (let i = 0; i < 100; i++) {
          last = await mentions();
          if (JSON.stringify(last) === JSON.stringify(want)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        return last;
      };
      const m = (entity: string, text = entity[0]!.toUpperCase() + entity.slice(1)) => ({ entity, text });
      await page.waitFor(() => document.querySelectorAll('#list li').length === 3);

      const base = [m('kazakhstan'), m('afghanistan'), m('kabul'), m('astana'), m('hairatan')];
      expect(await until(base)).toEqual(base);

      // The counter ticks on (its paragraph is re-rendered every 100 ms around the mention).
      const before = await page.evaluate(() => Number(/\d+/.exec(document.getElementById('counter')!.textContent!)![0]));
      await page.waitFor((n) => Number(/\d+/.exec(document.getElementById('counter')!.textContent!)![0]) > n + 3, before);

      await page.click('#add');
      expect(await until([...base, m('tajikistan')])).toEqual([...base, m('tajikistan')]);
      await page.click('#reverse');
      const reversed = [m('kazakhstan'), m('afghanistan'), m('tajikistan'), m('hairatan'), m('astana'), m('kabul')];
      expect(await until(reversed)).toEqual(reversed);
      await page.click('#remove');
      expect(await until(reversed.filter((x) => x.entity !== 'tajikistan'))).toEqual(reversed.filter((x) => x.entity !== 'tajikistan'));

      // Nothing foreign in the app's DOM: the text and the elements are the app's own.
      const dom = await page.evaluate(() => ({
        counter: document.getElementById('counter')!.textContent,
        counterChildren: document.getElementById('counter')!.children.length,
        items: [...document.querySelectorAll('#list li')].map((li) => li.textContent),
        itemChildren: [...document.querySelectorAll('#list li')].map((li) => li.children.length),
        marks: CSS.highlights.get('caravan-mention')?.size,
      }));
      expect(dom.counter).toMatch(/^Kazakhstan ticks \d+ times while Afghanistan watches\.$/);
      expect(dom.counterChildren).toBe(1);
      expect(dom.items).toEqual(['A note on Hairatan.', 'A note on Astana.', 'A note on Kabul.']);
      expect(dom.itemChildren).toEqual([0, 0, 0]);
      expect(dom.marks).toBe(5);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
});
