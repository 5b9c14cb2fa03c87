/* global document, NodeFilter, IntersectionObserver */
// Which way of finding the text in view is cheapest, and what each finds (decision 0291): on the
// bench's pages, in a plain Chromium and Firefox (no extension), after load, each method is timed
// in the page (median of `runs` fresh loads) and its blocks compared with the truth (every block
// with text whose box meets the viewport, found by a full walk with a box read each).
//
//   node scripts/bench/viewport-methods.mjs [--pages yahoo-2,dense,wikipedia-2,guardian-1] [--runs 5]
//
// A diagnostic for the decision record, not part of `npm run bench`.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { gotoLoadedBidi } from '../lib/browser-launch.mjs';
import { PATHS } from './browsers.mjs';
import { startBenchServer } from './server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pages = arg('pages', 'yahoo-2,dense,wikipedia-2,guardian-1').split(',');
const runs = Number(arg('runs', '5'));
const VIEWPORT = { width: 1280, height: 900 };
const pathOf = (name) => (name === 'dense' ? '/dense.html' : `/pages/${name}.html`);

/** In the page: every method once, in a fresh order; returns { method: { ms, found, missed } }. */
async function methods() {
  const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'textarea', 'code', 'pre', 'svg', 'math', 'select', 'iframe']);
  const blockOf = (n) => {
    let c = n.nodeType === 1 ? n : n.parentElement;
    while (c && INLINE.has(c.localName)) c = c.parentElement;
    return c;
  };
  const W = document.documentElement.clientWidth;
  const H = document.documentElement.clientHeight;
  const meets = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < H && r.right > 0 && r.left < W;
  // The truth: blocks holding a text node with a non-blank character whose box meets the viewport.
  const truth = new Set();
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t; (t = tw.nextNode()); ) {
    if (!/\S/.test(t.data) || SKIP.has(t.parentElement?.localName)) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    if (meets(range.getBoundingClientRect())) {
      const b = blockOf(t);
      if (b) truth.add(b);
    }
  }
  const grid = (rows, cols, hit) => () => {
    const out = new Set();
    for (let y = H / (2 * rows); y < H; y += H / rows) for (let x = W / (2 * cols); x < W; x += W / cols) hit(x, y, out);
    return out;
  };
  const byElement = (x, y, out) => {
    const el = document.elementFromPoint(x, y);
    const b = el && blockOf(el);
    if (b) out.add(b);
  };
  const byCaret = (x, y, out) => {
    const p = document.caretPositionFromPoint?.(x, y);
    const b = p && blockOf(p.offsetNode);
    if (b) out.add(b);
  };
  const all = {
    'elementFromPoint 4x3': grid(4, 3, byElement),
    'elementFromPoint 8x6': grid(8, 6, byElement),
    'caretPositionFromPoint 8x6': grid(8, 6, byCaret),
    // Blocks in document order, a box read each, until the first wholly below the viewport
    // (the top of a page scrolled to its start; fixed and reordered parts are missed).
    'document order until below': () => {
      const out = new Set();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, { acceptNode: (n) => (SKIP.has(n.localName) ? 2 : 1) });
      for (let el; (el = w.nextNode()); ) {
        if (INLINE.has(el.localName)) continue;
        const r = el.getBoundingClientRect();
        if (r.top >= H && r.height > 0 && !el.firstElementChild) break;
        if (meets(r)) out.add(el);
      }
      return out;
    },
  };
  const result = {};
  for (const [name, fn] of Object.entries(all)) {
    const t0 = performance.now();
    const found = fn();
    const ms = performance.now() - t0;
    let hit = 0;
    for (const b of truth) if (found.has(b)) hit++;
    result[name] = { ms, covered: truth.size ? hit / truth.size : 1 };
  }
  // An IntersectionObserver on every block: the cost of observing, and the wait for its report.
  const blocks = [...document.body.querySelectorAll('*')].filter((el) => !INLINE.has(el.localName) && !SKIP.has(el.localName));
  const t0 = performance.now();
  let observeMs = 0;
  const reported = await new Promise((resolve) => {
    const io = new IntersectionObserver((entries) => {
      io.disconnect();
      resolve({ waitMs: performance.now() - t0, inView: entries.filter((e) => e.isIntersecting).length });
    });
    for (const b of blocks) io.observe(b);
    observeMs = performance.now() - t0;
  });
  let hit = 0;
  for (const b of truth) if (b.isConnected) hit++;
  result['IntersectionObserver on every block'] = { ms: observeMs, waitMs: reported.waitMs, covered: hit / (truth.size || 1), observed: blocks.length };
  return { truth: truth.size, result };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startBenchServer({ secondHost: '127.0.0.2' });
try {
  for (const b of ['chromium', 'firefox']) {
    const browser = b === 'chromium'
      ? await chromium.launch({ executablePath: PATHS.chromium, headless: true })
      : await puppeteer.launch({ browser: 'firefox', executablePath: PATHS.firefox, headless: true, defaultViewport: VIEWPORT, extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false } });
    try {
      for (const name of pages) {
        const rows = new Map();
        let truth = 0;
        for (let i = 0; i < runs; i++) {
          const page = b === 'chromium' ? await browser.newPage({ viewport: VIEWPORT }) : await browser.newPage();
          if (b === 'chromium') await page.goto(server.url(pathOf(name)), { waitUntil: 'load' });
          else await gotoLoadedBidi(page, server.url(pathOf(name)));
          const r = await page.evaluate(methods);
          truth = r.truth;
          for (const [m, v] of Object.entries(r.result)) {
            if (!rows.has(m)) rows.set(m, []);
            rows.get(m).push(v);
          }
          await page.close();
        }
        console.log(`\n${b} ${name}: ${truth} blocks with text in view; median of ${runs} loads`);
        for (const [m, vs] of rows) {
          const wait = vs[0].waitMs !== undefined ? `, report after ${median(vs.map((v) => v.waitMs)).toFixed(1)} ms (${vs[0].observed} observed)` : '';
          console.log(`  ${m.padEnd(38)} ${median(vs.map((v) => v.ms)).toFixed(2).padStart(7)} ms  covers ${(100 * median(vs.map((v) => v.covered))).toFixed(0)} %${wait}`);
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
process.exit(0);
