// Markdown for bench-results/latest.md (and stdout) from the results object run.mjs collects.
import { LABEL } from './measure.mjs';
import { geomean, ratio } from './stats.mjs';

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
const trio = (s, key, fmt = f) => ['floor', 'markjs', 'caravan'].map((k) => fmt(s[k]?.[key])).join(' / ');

/** Per-page ratios and their geometric means. */
export function ratios(pages) {
  const withStartup = (s) => (s && typeof s.totalMs === 'number' && typeof s.startupMs === 'number' ? s.totalMs + s.startupMs : null);
  const per = pages.map((p) => ({
    page: p.name,
    caravanOverFloor: ratio(p.summary.caravan?.totalMs, p.summary.floor?.totalMs),
    markjsOverCaravan: ratio(p.summary.markjs?.totalMs, p.summary.caravan?.totalMs),
    withStartup: Object.fromEntries(['floor', 'markjs', 'caravan'].map((k) => [k, withStartup(p.summary[k])])),
  }));
  for (const r of per) {
    r.caravanOverFloorWithStartup = ratio(r.withStartup.caravan, r.withStartup.floor);
    r.markjsOverCaravanWithStartup = ratio(r.withStartup.markjs, r.withStartup.caravan);
  }
  return {
    per,
    geomeanCaravanOverFloor: geomean(per.map((r) => r.caravanOverFloor)),
    geomeanMarkjsOverCaravan: geomean(per.map((r) => r.markjsOverCaravan)),
    geomeanCaravanOverFloorWithStartup: geomean(per.map((r) => r.caravanOverFloorWithStartup)),
    geomeanMarkjsOverCaravanWithStartup: geomean(per.map((r) => r.markjsOverCaravanWithStartup)),
  };
}

function browserSection(b, results) {
  const out = [`## ${b.version}`, ''];
  if (b.skipped) return [...out, `Skipped: ${b.skipped}`, ''].join('\n');
  const caravan = LABEL.caravan + (results.variant === 'matcher-only' ? ' (matcher only)' : '');
  const r = ratios(b.pages);
  out.push(
    `### Whole-page main-thread time (median of ${results.options.runs} runs, ms)`,
    '',
    `floor and mark.js: their one synchronous pass; ${caravan}: the sum of its slices. Ratios per page, geometric mean over pages. "incl. start-up" adds each annotator's start-up (parse + evaluate + compile, below), which a content script pays on every page and frame.`,
    '',
    table(
      ['page', 'HTML KB', 'text K chars', 'marks F / M / C', 'floor', 'mark.js', caravan, 'Caravan ÷ floor', 'mark.js ÷ Caravan', 'incl. start-up F / M / C', 'Caravan ÷ floor incl. start-up', 'mark.js ÷ Caravan incl. start-up'],
      [
        ...b.pages.map((p, i) => [
          p.name,
          kb(p.bytes),
          f(p.summary.floor?.chars / 1000, 0),
          trio(p.summary, 'mentions', (v) => f(v, 0)),
          f(p.summary.floor?.totalMs),
          f(p.summary.markjs?.totalMs),
          f(p.summary.caravan?.totalMs),
          x(r.per[i].caravanOverFloor),
          x(r.per[i].markjsOverCaravan),
          ['floor', 'markjs', 'caravan'].map((k) => f(r.per[i].withStartup[k])).join(' / '),
          x(r.per[i].caravanOverFloorWithStartup),
          x(r.per[i].markjsOverCaravanWithStartup),
        ]),
        [
          '**geometric mean**', '', '', '', '', '', '',
          `**${x(r.geomeanCaravanOverFloor)}**`,
          `**${x(r.geomeanMarkjsOverCaravan)}**`,
          '',
          `**${x(r.geomeanCaravanOverFloorWithStartup)}**`,
          `**${x(r.geomeanMarkjsOverCaravanWithStartup)}**`,
        ],
      ],
    ),
    '',
    '### Responsiveness, start-up and memory (medians)',
    '',
    `Longest task: floor/mark.js = their pass, Caravan = its longest slice. Long tasks = PerformanceObserver("longtask") entries ≥ 50 ms overlapping the annotation${b.name === 'chromium' ? '' : ' (not available in Firefox)'}. First mark in view: Caravan from start() to its first mark from the viewport pass; floor/mark.js mark everything at once, so their whole pass. Start-up = inline-script parse + evaluate + compile (Caravan: compileMatcherSliced, its main-thread time, the sum of its slices, as the content script compiles; floor and mark.js: building the RegExp and running it once on one- and two-byte strings, so its pass does not pay the RegExp compilation): the per-frame cost, outside the whole-page time. Heap = JS + DOM heap growth after GC from before injection to after annotation${b.name === 'chromium' ? ' (CDP Runtime.getHeapUsage)' : ' (n/a in Firefox)'}. Text rewrite = after annotation, the page sets every one of its text nodes once (as a live page updates its text): the engine adjusts every live Range over the text on each change (the floor's), not StaticRanges (Caravan's) nor elements (mark.js's).`,
    '',
    table(
      ['page', 'longest task ms F / M / C', 'Caravan slices', 'long tasks ≥50 ms F / M / C', 'first mark in view ms F / M / C', 'start-up ms F / M / C', 'of which compile ms F / M / C', 'Caravan longest compile slice ms', 'heap Δ KB F / M / C', 'text rewrite ms F / M / C', 'page errors'],
      b.pages.map((p) => [
        p.name,
        trio(p.summary, 'longestSliceMs'),
        f(p.summary.caravan?.slices, 0),
        trio(p.summary, 'longTasks', (v) => f(v, 0)),
        trio(p.summary, 'firstViewportMarkMs'),
        trio(p.summary, 'startupMs'),
        trio(p.summary, 'compileMs'),
        f(p.summary.caravan?.compileLongestMs),
        trio(p.summary, 'heapBytes', kb),
        trio(p.summary, 'rewriteMs'),
        String(p.runErrors ?? 0),
      ]),
    ),
    '',
  );
  if (b.growth?.length) {
    const get = (kind, size, factor) => b.growth.find((g) => g.kind === kind && g.size === size && g.factor === factor)?.summary;
    const o = results.options;
    const textRows = o.growthSizes.map((s) => {
      const c = get('caravan', s, 1);
      return [s, f(c?.chars / 1e6), f(c?.totalMs), c?.chars ? f(c.totalMs / (c.chars / 1e6)) : '–', f(c?.longestSliceMs), f(c?.slices, 0), f(c?.mentions, 0)];
    });
    const base = get('caravan', o.factorSize, 1);
    const nameRows = o.factors.map((k) => {
      const c = get('caravan', o.factorSize, k);
      return [`×${k}`, f(c?.forms, 0), f(c?.compileMs), f(c?.totalMs), x(ratio(c?.totalMs, base?.totalMs)), f(c?.longestSliceMs)];
    });
    const floorBase = get('floor', o.floorGrowth[0][0], o.floorGrowth[0][1]);
    const floorRows = o.floorGrowth.map(([s, k]) => {
      const c = get('floor', s, k);
      return [`×${k}`, s, f(c?.compileMs), f(c?.totalMs), x(ratio(c?.totalMs, floorBase?.totalMs))];
    });
    out.push(
      `### Growth (median of ${o.growthRuns} runs, ms)`,
      '',
      `Synthetic pages of English/German/Russian prose with a sprinkling of names (test/bench-fixtures/growth-*.html); the gazetteer grown with syntheticEntries (look-alike names that never occur). ${caravan} whole-page time should grow with the text and stay nearly flat in the number of names.`,
      '',
      table(['text (×1 names)', 'M chars', `${caravan} ms`, 'ms per M chars', 'longest slice ms', 'slices', 'marks'], textRows),
      '',
      table([`names (text ${o.factorSize})`, 'forms', 'compile ms', `${caravan} ms`, '÷ ×1', 'longest slice ms'], nameRows),
      '',
      'For contrast, the floor\'s one RegExp as the names grow (compile = RegExp build and warm-up; whole-page pass):',
      '',
      table(['names', 'text', 'RegExp compile ms', 'floor ms', '÷ ×1'], floorRows),
      '',
    );
  }
  return out.join('\n');
}

function nodeSection(rows, runs) {
  if (!rows?.length) return '';
  return [
    `## The matcher alone in Node (${process.version}, median of ${runs} warm runs, per paragraph)`,
    '',
    table(
      ['names', 'forms', 'text', 'compile ms', 'match ms', 'MB/s', 'mentions', 'floor RegExp ms'],
      rows.map((r) => [`×${r.factor}`, String(r.forms), r.size, f(r.compileMs), f(r.matchMs), f(r.mbPerS), String(r.mentions), f(r.floorMs)]),
    ),
    '',
  ].join('\n');
}

export function renderMarkdown(results) {
  const m = results.machine;
  const head = [
    '# Caravan benchmark',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memGb} GB, ${m.os}; load average ${m.loadStart} at start, ${m.loadEnd} at end (timings are noisy: medians and same-run ratios only)`,
    `- Browsers: ${results.browsers.map((b) => b.version).join(', ')} (headless); Node ${process.version}; mark.js ${results.markjsVersion}`,
    `- Gazetteer: ${results.gazetteer.entities} entities, ${results.gazetteer.forms} forms (${results.gazetteer.path}); floor RegExp: ${results.floor.alternatives} alternatives (case-sensitive forms via (?-i:…) where the engine has RegExp modifiers, else left out: ${results.floor.droppedWithoutModifiers})`,
    `- Caravan: ${results.variant === 'detector' ? 'createDetector (src/content/detect/annotate.ts) + compileMatcherSliced, bundled as an IIFE page script' : '**matcher only** (createDetector was not available): TreeWalker + compileMatcher.match per block + one highlight, no slicing'}; esbuild minified, ${results.caravanBytes} bytes for Chromium`,
    `- Runs: ${results.options.runs} per (browser, page, annotator), a fresh page load each, annotators interleaved; growth ${results.options.growthRuns} runs; options: ${results.options.argv || '(defaults)'}; took ${f(results.elapsedS, 0)} s`,
    '',
  ].join('\n');
  return [head, ...results.browsers.map((b) => browserSection(b, results)), nodeSection(results.nodeGrowth, results.options.nodeRuns)].join('\n');
}
