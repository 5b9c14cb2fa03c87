// node scripts/bench/selfcheck.mjs [--browsers chromium,firefox]
// Checks the benchmark's attribution on a throwaway extension whose shape is known
// (selfcheck-extension/): a small per-frame loader that, on a frame with text, imports a module
// listed in web_accessible_resources (use_dynamic_url) by runtime.getURL and spins in it, then
// sets a CSS highlight. Passes when both scripts' time is attributed by URL (no file name is
// known to the bench), the module's only on the page with text, and a first mark is seen, timed
// from the top frame's own script.
// No wall-clock figure is asserted: only where the time went.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { attributeGecko, attributeTrace } from './attribute.mjs';
import { launchChromiumExtension, launchFirefoxExtension } from './extension-browsers.mjs';
import { writeFixtures } from './fixtures.mjs';
import { DEFAULT_GAZETTEER, loadEntries } from './names.mjs';
import { startBenchServer } from './server.mjs';

const DIR = join(import.meta.dirname, 'selfcheck-extension');
const i = process.argv.indexOf('--browsers');
const browsers = i > 0 ? process.argv[i + 1].split(',') : ['chromium', 'firefox'];

writeFixtures(await loadEntries(DEFAULT_GAZETTEER), { growth: [] });
const server = await startBenchServer({ secondHost: '127.0.0.2' });
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
try {
  for (const name of browsers) {
    const results = {};
    if (name === 'chromium') {
      const ext = await launchChromiumExtension(DIR);
      for (const page of ['blank', 'topic-one']) {
        const info = await ext.measure(server.url(`/${page}.html`));
        results[page] = { ...attributeTrace(info.events, { origin: ext.scheme }), firstMark: info.firstMark };
      }
      await ext.close();
    } else {
      const ext = await launchFirefoxExtension(DIR, join(tmpdir(), `caravan-selfcheck-${process.pid}.json`));
      const infos = {};
      for (const page of ['blank', 'topic-one']) infos[page] = await ext.measure(server.url(`/${page}.html`));
      const profile = await ext.close();
      const { windows } = attributeGecko(profile, { origin: ext.scheme, windows: [infos.blank.window, infos['topic-one'].window] });
      results.blank = windows[0];
      results['topic-one'] = { ...windows[1], firstMark: infos['topic-one'].firstMark };
    }
    const fmt = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, +v.toFixed(1)])));
    console.log(`${name}: blank ${fmt(results.blank.byScript)}; topic-one ${fmt(results['topic-one'].byScript)}`);
    const scripts = (r) => Object.keys(r.byScript).filter((k) => !k.endsWith('(compile)'));
    check(scripts(results.blank).includes('loader.js'), `${name}: the loader's time is attributed on a frame without text`);
    check(!scripts(results.blank).includes('lazy/module.js'), `${name}: no module time on a frame without text`);
    check(scripts(results['topic-one']).includes('lazy/module.js'), `${name}: the dynamically imported module's time is attributed (by URL, not name)`);
    check((results['topic-one'].byScript['lazy/module.js'] ?? 0) > (results['topic-one'].byScript['loader.js'] ?? 0), `${name}: the module (spins longer) outweighs the loader`);
    check(Boolean(results['topic-one'].firstMark), `${name}: the first mark in view is seen from the page`);
    // Its zero is the top frame's own script starting, found from outside (not any frame's first sample).
    const top = results['topic-one'];
    check(name === 'chromium' ? top.firstMarkFrom === 'top-frame-script' : top.topScriptEpoch !== null && top.markEpoch >= top.topScriptEpoch, `${name}: the first mark is timed from the top frame's script starting`);
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
