// Summaries and Markdown for bench-results/latest.md (and stdout) from the results run.mjs collects.
import { median, ratio, summarize } from './stats.mjs';

const f = (x, digits) => {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (digits !== undefined) return x.toFixed(digits);
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
};
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : (bytes / 1024).toFixed(0));
const x = (r) => (r === null || r === undefined ? '–' : `${f(r)}×`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows, align) => [row(head), row(align ?? head.map((_, i) => (i ? '---:' : ':---'))), ...rows.map(row)].join('\n');
const sum = (xs) => (xs.length && xs.every((v) => typeof v === 'number') ? xs.reduce((a, b) => a + b, 0) : null);
const maxOf = (xs) => {
  const v = xs.filter((n) => typeof n === 'number');
  return v.length ? Math.max(...v) : null;
};

/** Median ms per script of the extension over the runs (a script absent from a run counts 0 there). */
export function scriptMedians(runs) {
  const ok = runs.filter((r) => !r.error && r.byScript);
  const keys = [...new Set(ok.flatMap((r) => Object.keys(r.byScript)))].sort();
  return Object.fromEntries(keys.map((k) => [k, median(ok.map((r) => r.byScript[k] ?? 0))]));
}

/** Roles of the pages the totals are over: the saved pages and the dense page (not the one-frame pages). */
const COUNTED = new Set(['saved', 'dense']);

/**
 * One browser's pages (with their runs) → medians per page and the figures of the summary table:
 * { pages: [{ name, role, caravan, floor, markjs, topic }], total, noText, noTopic, matcher, topic, worst }.
 * A topic page is a counted page on which Caravan marked something (median marks > 0).
 */
export function summarizeBrowser(pages) {
  const per = pages.map((p) => {
    const caravan = summarize(p.runs.caravan);
    const floor = summarize(p.runs.floor);
    const markjs = summarize(p.runs.markjs);
    return { name: p.name, role: p.role, bytes: p.bytes, caravan, floor, markjs, byScript: scriptMedians(p.runs.caravan), topic: COUNTED.has(p.role) && (caravan.marks ?? 0) > 0 };
  });
  // A page whose Caravan runs all failed (e.g. Firefox wrote no profile) is left out of the totals,
  // floor included, and the table says over how many pages they are.
  const counted = per.filter((p) => COUNTED.has(p.role) && typeof p.caravan.ms === 'number');
  const total = {
    pages: counted.length,
    missing: per.filter((p) => COUNTED.has(p.role) && typeof p.caravan.ms !== 'number').map((p) => p.name),
    caravanMs: sum(counted.map((p) => p.caravan.ms)),
    floorMs: sum(counted.map((p) => p.floor.wholeMs)),
    markjsMs: sum(counted.map((p) => p.markjs.wholeMs)),
  };
  total.caravanOverFloor = ratio(total.caravanMs, total.floorMs);
  const byRole = (role) => per.find((p) => p.role === role)?.caravan ?? null;
  const topicPages = per.filter((p) => p.topic);
  const topic = {
    pages: topicPages.map((p) => p.name),
    caravanMs: sum(topicPages.map((p) => p.caravan.ms)),
    floorMs: sum(topicPages.map((p) => p.floor.wholeMs)),
    markjsMs: sum(topicPages.map((p) => p.markjs.wholeMs)),
    firstMarkMs: maxOf(topicPages.map((p) => p.caravan.firstMarkMs)),
  };
  topic.caravanOverFloor = ratio(topic.caravanMs, topic.floorMs);
  topic.markjsOverFloor = ratio(topic.markjsMs, topic.floorMs);
  const crossPerFrame = median(counted.map((p) => p.caravan.crossMsPerFrame));
  return {
    pages: per,
    total,
    noText: byRole('no-text')?.ms ?? null,
    noTopic: byRole('no-topic')?.ms ?? null,
    matcher: byRole('matcher')?.ms ?? null,
    matcherFirstMarkMs: byRole('matcher')?.firstMarkMs ?? null,
    crossFrameMs: crossPerFrame,
    topic,
    longestTaskMs: maxOf(per.map((p) => p.caravan.longestTaskMs)),
    // Caravan's own ms inside the page whose longest task is the worst (Firefox only).
    longestTaskOursMs: per.reduce((w, p) => (p.caravan.longestTaskMs !== null && p.caravan.longestTaskMs >= (w?.caravan.longestTaskMs ?? -1) ? p : w), null)?.caravan.longestTaskOursMs ?? null,
    longestRunMs: maxOf(per.map((p) => p.caravan.longestRunMs)),
    tasksOver50: sum(per.map((p) => p.caravan.tasksOver50 ?? 0)),
  };
}

/** The one table for the README: a row per figure, a column per browser. */
export function summaryTable(browsers) {
  const bs = browsers.filter((b) => b.summary);
  const col = (fn) => bs.map((b) => fn(b.summary, b));
  const rows = [
    [
      'Caravan, all frames, saved pages + dense, ms',
      ...col((s) => `${f(s.total.caravanMs)}${s.total.missing?.length ? ` (${s.total.pages} pages: no ${s.total.missing.join(', ')})` : ''}`),
    ],
    ['floor, top frame, same pages, ms', ...col((s) => f(s.total.floorMs))],
    ['Caravan ÷ floor (target ≤ 0.5×)', ...col((s) => `**${x(s.total.caravanOverFloor)}**`)],
    ['a frame without text, ms (target < 1)', ...col((s) => f(s.noText))],
    ['a frame without the topic, ms (target < 1)', ...col((s) => f(s.noTopic))],
    ['a frame that loads the matcher (one mention), ms', ...col((s) => f(s.matcher))],
    ['blank foreign frames on the saved pages, ms per frame', ...col((s, b) => (b.name === 'chromium' ? f(s.crossFrameMs) : 'n/a (frames in process)'))],
    [
      `topic pages: Caravan / floor / mark.js, ms`,
      ...col((s) => `${f(s.topic.caravanMs)} / ${f(s.topic.floorMs)} / ${f(s.topic.markjsMs)}`),
    ],
    ['topic pages: Caravan ÷ floor, mark.js ÷ floor', ...col((s) => `${x(s.topic.caravanOverFloor)}, ${x(s.topic.markjsOverFloor)}`)],
    ['first mark in view after the frame\'s script starts, worst topic page, ms (target ≤ 50)', ...col((s) => f(s.topic.firstMarkMs))],
    [
      'longest task with Caravan in it, worst page, ms (target < 50)',
      ...col((s, b) =>
        b.name === 'chromium' || s.longestTaskMs
          ? `${f(s.longestTaskMs)} (${f(s.tasksOver50, 0)} ≥ 50 ms${s.longestTaskOursMs != null ? `; Caravan’s samples in it ${f(s.longestTaskOursMs)} ms` : ''})`
          : `none ≥ 50 ms (LongTask markers; longest run of samples ${f(s.longestRunMs)})`,
      ),
    ],
    ['longest uninterrupted Caravan run of samples, worst page, ms', ...col((s) => f(s.longestRunMs))],
  ];
  return table(['median of runs', ...bs.map((b) => b.version)], rows);
}

function browserSection(b, results) {
  const out = [`## ${b.version}`, ''];
  if (b.skipped) return [...out, `Skipped: ${b.skipped}`, ''].join('\n');
  const s = b.summary;
  const chromium = b.name === 'chromium';
  out.push(
    `Per page, medians of ${results.options.runs} runs. Caravan = its main-thread time in every frame (${chromium ? 'trace: V8 samples under a script of the extension’s origin, plus the engine compiling those scripts' : 'Gecko profiler: samples of the content processes’ main threads under a script of the extension’s origin'}); floor and mark.js = start-up (parse, evaluate, RegExp) + their one pass, top frame only, in a browser without the extension (${b.peerVersion}). Longest task: ${chromium ? 'the longest task (RunTask) that ran any of Caravan’s code' : 'Gecko’s LongTask markers (it records tasks of 50 ms or more only) that hold a Caravan sample; the longest run of consecutive Caravan samples is an upper bound that joins slices run back to back'}. First mark: from the top frame’s own Caravan script starting (${chromium ? 'its EvaluateScript event, which names the frame' : 'the first script injection after the top window’s load event, when Firefox runs document_idle scripts'}) to the first highlighted range in the viewport (polled every 4 ms from the page); not from another frame’s loader that ran earlier.`,
    '',
    table(
      ['page', 'KB', 'frames', 'foreign frames', 'marks', 'Caravan ms', chromium ? 'of which compile' : '–', 'floor ms', 'mark.js ms', 'Caravan ÷ floor', 'longest task ms', 'longest run ms', 'first mark ms', 'foreign frame ms each', 'by script ms', 'errors C/F/M'],
      s.pages.map((p) => [
        p.topic ? `**${p.name}**` : p.name,
        kb(p.bytes),
        f(p.caravan.frameCount, 0),
        f(p.caravan.crossFrames, 0),
        f(p.caravan.marks, 0),
        f(p.caravan.ms),
        chromium ? f(p.caravan.compileMs) : '–',
        f(p.floor.wholeMs),
        f(p.markjs.wholeMs),
        x(ratio(p.caravan.ms, p.floor.wholeMs)),
        f(p.caravan.longestTaskMs),
        f(p.caravan.longestRunMs),
        f(p.caravan.firstMarkMs),
        f(p.caravan.crossMsPerFrame),
        Object.entries(p.byScript ?? {}).filter(([, v]) => v >= 0.05).map(([k, v]) => `${k} ${f(v)}`).join(', ') || '–',
        `${p.caravan.errors}/${p.floor.errors}/${p.markjs.errors}`,
      ]),
    ),
    '',
  );
  return out.join('\n');
}

export function renderMarkdown(results) {
  const m = results.machine;
  const shipped = (b) => {
    const s = results.shipped?.[b];
    if (!s) return '–';
    const list = (xs) => xs.map((x) => `${x.file} ${kb(x.bytes)} KB`).join(', ') || 'none';
    return `every frame: ${list(s.perFrame)}; importable: ${list(s.lazy)}`;
  };
  const head = [
    '# Caravan benchmark: the release build, measured from outside',
    '',
    `- Date: ${results.date}, commit ${results.commit}; took ${f(results.elapsedS, 0)} s`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memGb} GB, ${m.os}; load average ${m.loadStart} at start, ${m.loadEnd} at end (timings are noisy on a shared machine: medians and same-run ratios only)`,
    `- Build: \`node build.mjs --release\`; Chromium ${shipped('chromium')}; Firefox ${shipped('firefox')}`,
    `- Gazetteer: ${results.gazetteer.entities} entities, ${results.gazetteer.forms} forms; floor RegExp ${results.floor.alternatives} alternatives; mark.js ${results.markjsVersion}`,
    `- Runs: ${results.options.runs} per page and annotator, fresh loads, interleaved; options: ${results.options.argv || '(defaults)'}`,
    `- Pages: blank (no text), notopic (4,000 characters without the topic), topic-one (the same and one sentence of it), the saved pages (scripts removed, other sites' frames blank on a second origin) and dense. Totals and ratios are over the saved pages and dense.`,
    '',
    '## Summary',
    '',
    summaryTable(results.browsers),
    '',
  ].join('\n');
  return [head, ...results.browsers.map((b) => browserSection(b, results))].join('\n');
}

/** What `npm run bench` prints: the summary table with one line on how and where it was measured. */
export function readmeTable(results) {
  const m = results.machine;
  return [
    summaryTable(results.browsers),
    '',
    `${results.date.slice(0, 10)}, commit ${results.commit}, release build; ${results.options.runs} runs per page, medians; ${m.cpus} × ${m.cpuModel}, load average ${m.loadStart} → ${m.loadEnd}; ${f(results.elapsedS, 0)} s. Per page: bench-results/latest.md.`,
  ].join('\n');
}
