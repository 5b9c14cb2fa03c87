/* global window, document, requestAnimationFrame, NodeFilter */
// (The *InPage functions run in the page, serialized by the driver.)
// One measured run: a fresh load of the page in the tab, one annotator injected as an inline page
// script and run over the whole document. Everything timed is timed inside the page (performance.now()).

export const ANNOTATORS = ['floor', 'markjs', 'caravan'];
export const LABEL = { floor: 'floor', markjs: 'mark.js', caravan: 'Caravan' };

let nonce = 0;

/** Inline <script> insertion runs the code synchronously: that is its parse + evaluate time. */
export function injectInPage(code) {
  const s = document.createElement('script');
  s.textContent = code;
  const t0 = performance.now();
  (document.head ?? document.documentElement).appendChild(s);
  const ms = performance.now() - t0;
  s.remove();
  return ms;
}

export async function settleInPage(ms) {
  await new Promise((r) => setTimeout(r, ms));
  await new Promise((r) => {
    const t = setTimeout(r, 500);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(t), r())));
  });
}

function modifiersInPage() {
  try {
    new RegExp('(?-i:a)', 'iu');
    return true;
  } catch {
    return false;
  }
}

async function annotateInPage({ kind }) {
  const longtasks = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask');
  const seen = [];
  let po = null;
  if (longtasks) {
    po = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    po.observe({ type: 'longtask' });
  }
  // Started from a timer task, as a content script's work is: the driver's evaluate() call is not
  // an event-loop task, so the long-task observer would not see a pass run inside it.
  let t0 = 0;
  const stats = await new Promise((resolve, reject) =>
    setTimeout(() => {
      t0 = performance.now();
      try {
        if (kind === 'floor') resolve(window.benchFloor.annotate());
        else if (kind === 'markjs') resolve(window.benchMark.annotate());
        else window.caravanBench.annotate().then(resolve, reject);
      } catch (e) {
        reject(e);
      }
    }, 0),
  );
  const t1 = performance.now();
  // The frame that paints the marks (mark.js's new elements need style and layout).
  await new Promise((r) => {
    const t = setTimeout(r, 1000);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });
  const t2 = performance.now();
  let longTasks = null;
  let longestTaskMs = null;
  if (po) {
    // Long-task entries are delivered after their task: give them a moment.
    await new Promise((r) => setTimeout(r, 60));
    seen.push(...po.takeRecords());
    po.disconnect();
    const inside = seen.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0 && e.duration >= 50);
    longTasks = inside.length;
    longestTaskMs = inside.reduce((m, e) => Math.max(m, e.duration), 0);
  }
  return { ...stats, wallMs: t1 - t0, paintedMs: t2 - t0, longTasks, longestTaskMs };
}

/**
 * After annotation: the page rewrites every one of its text nodes once (as a live page updates its
 * text), timed. Live Ranges over the text (the floor's) are visited by the engine on each such
 * change; Caravan's StaticRanges and mark.js's elements are not.
 */
function rewriteTextInPage() {
  const nodes = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
  const t0 = performance.now();
  for (const n of nodes) {
    const same = n.data;
    n.data = same; // a change all the same: ranges and observers hear of it
  }
  return performance.now() - t0;
}

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms).unref())]);

/**
 * Measures `kind` once: `tab` loads `url` afresh. `scripts` = { floor, markjs, caravan } code;
 * `regexp` = { withModifiers, without } floor RegExps; `factor` = gazetteer growth for Caravan.
 */
export async function measureOnce(tab, { url, kind, scripts, regexp, factor = 1, settleMs = 50, timeoutMs = 120_000 }) {
  const errorsBefore = tab.errors.length;
  await tab.goto(url);
  await tab.evaluate(settleInPage, settleMs);
  const heap0 = await tab.heapAfterGc();
  // A unique tail per run: no engine may serve the script from its in-memory compilation cache.
  const code = `${scripts[kind]}\n//# bench-run ${process.pid}-${++nonce}\n`;
  const evalMs = await tab.evaluate(injectInPage, code);
  // Start-up beyond parse + evaluate: Caravan compiles its matcher, floor and mark.js their RegExp.
  let forms = null;
  let modifiers = null;
  let compileMs;
  let compileLongestMs = null;
  if (kind === 'caravan') {
    [compileMs, forms, compileLongestMs] = await tab.evaluate(async (f) => [await window.caravanBench.compile(f), window.caravanBench.size(), window.caravanBench.compileLongestMs ?? null], factor);
  } else {
    modifiers = await tab.evaluate(modifiersInPage);
    const source = modifiers ? regexp.withModifiers.source : regexp.without.source;
    compileMs = await tab.evaluate(
      ({ kind, source }) => (kind === 'floor' ? window.benchFloor : window.benchMark).prepare(source, 'giu'),
      { kind, source },
    );
  }
  const stats = await withTimeout(tab.evaluate(annotateInPage, { kind }), timeoutMs, `${kind} ${url}`);
  const heap1 = await tab.heapAfterGc();
  const rewriteMs = await tab.evaluate(rewriteTextInPage);
  return {
    ...stats,
    rewriteMs,
    evalMs,
    compileMs,
    compileLongestMs,
    startupMs: evalMs + compileMs,
    forms,
    modifiers,
    heapBytes: heap0 === null ? null : heap1 - heap0,
    pageErrors: tab.errors.length - errorsBefore,
  };
}
