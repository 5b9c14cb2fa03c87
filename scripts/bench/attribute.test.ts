// The attribution of main-thread time to the extension, on small hand-made traces and profiles
// whose answers are known (no browser, no clock).
import { describe, expect, it } from 'vitest';
import { attributeGecko, attributeTrace, sampleDurations, scriptPath, sumSamples, type TraceEvent } from './attribute.mjs';

const ORIGIN = 'chrome-extension://abcdefgh/';
const PID = 10;
const TID = 11;
const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });

/** A V8 profile in trace form: nodes 1 root, 2 page function, 3 loader (ours), 4 a module imported by URL (ours), 5 DOM call under 4. */
function profileEvents(pid: number, tid: number, samples: number[], deltas: number[], start = 1000): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'onload', url: 'http://127.0.0.1/page.html' } },
    { id: 3, parent: 1, callFrame: { functionName: 'a', url: `${ORIGIN}content.js` } },
    { id: 4, parent: 3, callFrame: { functionName: 'b', url: `${ORIGIN}chunks/detector-XYZ.js` } },
    { id: 5, parent: 4, callFrame: { functionName: 'getBoundingClientRect', url: '' } },
    { id: 6, parent: 1, callFrame: { functionName: '(idle)', url: '' } },
  ];
  return [
    { name: 'Profile', ph: 'P', id: '0x1', pid, tid, ts: start, args: { data: { startTime: start } } },
    // Nodes and samples may arrive over several chunks.
    { name: 'ProfileChunk', ph: 'P', id: '0x1', pid, tid, ts: start, args: { data: { cpuProfile: { nodes: nodes.slice(0, 3), samples: samples.slice(0, 2) }, timeDeltas: deltas.slice(0, 2) } } },
    { name: 'ProfileChunk', ph: 'P', id: '0x1', pid, tid, ts: start, args: { data: { cpuProfile: { nodes: nodes.slice(3), samples: samples.slice(2) }, timeDeltas: deltas.slice(2) } } },
  ];
}

describe('scriptPath', () => {
  it('gives a script’s path inside the extension, without query, line or column', () => {
    expect(scriptPath('chrome-extension://abc/lazy/detector.js?v=1')).toBe('lazy/detector.js');
    expect(scriptPath('moz-extension://1234-uuid/content.js:1:15')).toBe('content.js');
  });
});

describe('sampleDurations / sumSamples', () => {
  it('gives each sample the time to the next one, the last the typical interval, and a pause the typical interval', () => {
    expect(sampleDurations([0, 100, 200, 300], 1000)).toEqual([100, 100, 100, 100]);
    // A gap over the cap is the sampler pausing or the thread asleep, not work.
    expect(sampleDurations([0, 100, 1100, 1200, 1250], 500)).toEqual([100, 100, 100, 50, 100]);
    expect(sampleDurations([], 10)).toEqual([]);
  });

  it('sums ours, skips excluded samples and finds the longest uninterrupted run', () => {
    const s = sumSamples([
      { time: 0, ms: 1, ours: true },
      { time: 1, ms: 1, ours: true },
      { time: 2, ms: 1, ours: false },
      { time: 3, ms: 1, ours: true },
      { time: 4, ms: 5, ours: true, excluded: true },
      { time: 5, ms: 1, ours: true },
      { time: 6, ms: 1, ours: true },
    ]);
    expect(s.ms).toBe(5);
    expect(s.samples).toBe(5);
    expect(s.firstTime).toBe(0);
    expect(s.longestRunMs).toBe(3);
  });
});

describe('attributeTrace (Chromium)', () => {
  // Samples every 100 µs: page, ours (loader), ours (lazy module), DOM under ours, idle, page.
  const samples = [2, 3, 4, 5, 6, 2];
  const deltas = [0, 100, 100, 100, 100, 100];

  it('counts every sample under a script of the extension origin, whatever its file name', () => {
    const r = attributeTrace([meta(PID, TID, 'CrRendererMain'), ...profileEvents(PID, TID, samples, deltas)], { origin: ORIGIN });
    expect(r.ms).toBeCloseTo(0.3, 6); // 3 samples × 100 µs
    expect(r.longestRunMs).toBeCloseTo(0.3, 6);
    expect(r.byPid[PID]).toBeCloseTo(0.3, 6);
    // Split by the innermost script of ours: the DOM call under the module counts to the module.
    expect(Object.keys(r.byScript).sort()).toEqual(['chunks/detector-XYZ.js', 'content.js']);
    expect(r.byScript['content.js']).toBeCloseTo(0.1, 6);
    expect(r.byScript['chunks/detector-XYZ.js']).toBeCloseTo(0.2, 6);
  });

  it('adds every frame process (out-of-process frames) and leaves out threads that are not a renderer main thread', () => {
    const r = attributeTrace(
      [
        meta(PID, TID, 'CrRendererMain'),
        meta(20, 21, 'CrRendererMain'),
        meta(30, 31, 'ServiceWorker thread'),
        ...profileEvents(PID, TID, samples, deltas),
        ...profileEvents(20, 21, [3, 3, 6], [0, 200, 200]),
        ...profileEvents(30, 31, [3, 3, 3], [0, 200, 200]),
      ],
      { origin: ORIGIN },
    );
    expect(r.ms).toBeCloseTo(0.3 + 0.4, 6);
    expect(Object.keys(r.byPid).sort()).toEqual(['10', '20']);
  });

  it('counts the engine compiling our scripts and takes the samples inside the compile out', () => {
    const compile: TraceEvent = { name: 'v8.compile', ph: 'X', pid: PID, tid: TID, ts: 1100, dur: 150, args: { data: { url: `${ORIGIN}content.js` } } };
    const other: TraceEvent = { name: 'v8.compile', ph: 'X', pid: PID, tid: TID, ts: 900, dur: 5000, args: { data: { url: 'http://127.0.0.1/x.js' } } };
    const r = attributeTrace([meta(PID, TID, 'CrRendererMain'), compile, other, ...profileEvents(PID, TID, samples, deltas)], { origin: ORIGIN });
    expect(r.compileMs).toBeCloseTo(0.15, 6);
    // The samples at 1100 and 1200 (ours) fell in the compile (1100–1250): 1 sample + 0.15 ms of compile.
    expect(r.ms).toBeCloseTo(0.1 + 0.15, 6);
  });

  it('finds the longest task that ran any of ours, ignoring longer tasks of the page alone', () => {
    const task = (ts: number, dur: number): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', cat: 'toplevel', pid: PID, tid: TID, ts, dur });
    const r = attributeTrace(
      [meta(PID, TID, 'CrRendererMain'), task(0, 1050), task(1150, 60_000), task(2000, 90_000), ...profileEvents(PID, TID, samples, deltas)],
      { origin: ORIGIN },
    );
    // Ours sampled at 1100–1300: only the task at 1150 (60 ms) holds any; the 90 ms one is the page's.
    expect(r.longestTaskMs).toBe(60);
    expect(r.tasksOver50).toBe(1);
  });

  it('measures the first mark in view from the first of ours in the process of the mark', () => {
    const mark: TraceEvent = { name: 'caravan-bench-first-mark', ph: 'R', cat: 'blink.user_timing', pid: PID, tid: TID, ts: 6100 };
    const r = attributeTrace([meta(PID, TID, 'CrRendererMain'), mark, ...profileEvents(PID, TID, samples, deltas)], { origin: ORIGIN });
    expect(r.firstMarkMs).toBeCloseTo(5, 6); // first of ours at 1100 µs
  });

  it('splits out the time of processes that hold only frames of the second origin', () => {
    const commit = (pid: number, frame: string, url: string, main = false): TraceEvent => ({ name: 'CommitLoad', ph: 'X', pid, tid: pid + 1, ts: 0, args: { data: { frame, url, isMainFrame: main } } });
    const r = attributeTrace(
      [
        meta(PID, TID, 'CrRendererMain'),
        meta(20, 21, 'CrRendererMain'),
        commit(PID, 'top', 'http://127.0.0.1:1/p.html', true),
        commit(PID, 'f0', 'about:blank'),
        commit(20, 'f1', 'http://127.0.0.2:9/frame/blank.html?n=1'),
        commit(20, 'f2', 'http://127.0.0.2:9/frame/blank.html?n=2'),
        ...profileEvents(PID, TID, samples, deltas),
        ...profileEvents(20, 21, [3, 3, 6], [0, 200, 200]),
      ],
      { origin: ORIGIN, secondHost: '127.0.0.2:9' },
    );
    expect(r.frames).toBe(4);
    expect(r.crossOrigin).toEqual({ frames: 2, framesInOwnProcess: 2, ms: expect.closeTo(0.4, 6) });
  });
});

describe('attributeGecko (Firefox)', () => {
  const MOZ = 'moz-extension://1234-uuid/';
  /** Frames: 0 page JS, 1 our loader, 2 our lazily imported module, 3 a label frame. Stacks: 0 [page], 1 [ours], 2 [ours > module], 3 [label]. */
  function thread(processName: string, pid: number, times: number[], stacks: (number | null)[]) {
    return {
      name: 'GeckoMain',
      processName,
      pid,
      stringTable: ['onload (http://127.0.0.1/p.html:1:1)', `${MOZ}content.js`, `run (${MOZ}detector.js:1:5)`, 'Paint'],
      frameTable: { schema: { location: 0 }, data: [[0], [1], [2], [3]] },
      stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [null, 1], [1, 2], [null, 3]] },
      samples: { schema: { stack: 0, time: 1 }, data: times.map((t, i) => [stacks[i], t]) },
    };
  }
  const profile = {
    meta: { startTime: 1_000_000 },
    threads: [thread('Parent Process', 1, [0, 1, 2], [1, 1, 1])],
    processes: [
      { meta: { startTime: 1_000_010 }, threads: [thread('Web Content', 2, [0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 2, 3, null, 1, 0])], processes: [] },
      { meta: { startTime: 1_000_010 }, threads: [thread('WebExtensions', 3, [0, 1, 2], [1, 1, 1])], processes: [] },
    ],
  };

  it('counts the samples of content processes under an extension script, per window of absolute time', () => {
    const { windows, earliestEpoch } = attributeGecko(profile, { origin: MOZ, windows: [[1_000_010, 1_000_020], [1_000_016, 1_000_020]] });
    expect(windows[0]!.ms).toBe(4); // samples at 1, 2, 3 and 6, 1 ms each
    expect(windows[0]!.samples).toBe(4);
    expect(windows[0]!.longestRunMs).toBe(3);
    expect(windows[0]!.firstEpoch).toBe(1_000_011);
    expect(windows[0]!.byScript).toEqual({ 'content.js': 2, 'detector.js': 2 });
    expect(windows[1]!.ms).toBe(1);
    // The parent and extension processes are not counted, nor is their first sample.
    expect(earliestEpoch).toBe(1_000_010);
  });
});

describe('the first mark in view, from the top frame’s own script', () => {
  it('Chromium: starts at the top frame’s EvaluateScript, not at an about:blank frame’s loader run earlier in its process', () => {
    const commit = (frame: string, url: string, main: boolean, ts: number): TraceEvent => ({
      name: 'CommitLoad',
      ph: 'X',
      pid: PID,
      tid: TID,
      ts,
      args: { data: { frame, url, isMainFrame: main, isOutermostMainFrame: main } },
    });
    const evaluate = (frame: string, ts: number, url = `${ORIGIN}content.js`): TraceEvent => ({ name: 'EvaluateScript', ph: 'X', cat: 'devtools.timeline', pid: PID, tid: TID, ts, dur: 100, args: { data: { frame, url } } });
    const mark: TraceEvent = { name: 'caravan-bench-first-mark', ph: 'I', cat: 'blink.user_timing', pid: PID, tid: TID, ts: 9000 };
    const events = [
      meta(PID, TID, 'CrRendererMain'),
      commit('top', 'http://127.0.0.1:1/p.html', true, 500),
      commit('blank', 'about:blank', false, 600),
      // The blank frame's loader first (its samples at 1100 µs on are the first of ours), then a page
      // script of the top frame, then the top frame's loader.
      evaluate('blank', 1050),
      evaluate('top', 5000, 'http://127.0.0.1:1/p.js'),
      evaluate('top', 7000),
      mark,
      // Samples every 100 µs from 1000: page, then ours from 1100 on.
      ...profileEvents(PID, TID, [2, 3, 4, 5, 6, 2], [0, 100, 100, 100, 100, 100]),
    ];
    const r = attributeTrace(events, { origin: ORIGIN });
    expect(r.firstMarkFrom).toBe('top-frame-script');
    expect(r.firstMarkMs).toBeCloseTo(2, 6);
    // Without the frame's events (an older trace), the process's first of ours, and said so.
    const old = attributeTrace(events.filter((e) => e.name !== 'EvaluateScript'), { origin: ORIGIN });
    expect(old.firstMarkFrom).toBe('process');
    expect(old.firstMarkMs).toBeCloseTo(7.9, 6);
  });

  it('Firefox: starts at the first script injection at or after the top window’s load event', () => {
    const MOZ = 'moz-extension://1234-uuid/';
    // Frames: 0 page, 1 our loader, 2 the injection (ExtensionContent running a script's top level).
    // Stacks: 0 [page], 1 [ours], 2 [injection], 3 [injection > ours].
    const strings = ['onload (http://127.0.0.1/p.html:1:1)', `${MOZ}content.js`, 'PrecompiledScript.executeInGlobal', 'UserTiming', 'DOMEvent'];
    const domEvent = (t: number, phase: 2 | 3, target: string, win: number) => [4, phase === 2 ? t : 0, phase === 3 ? t + 0.5 : 0, phase, { type: 'DOMEvent', eventType: 'load', target, innerWindowID: win }];
    const thread = {
      name: 'GeckoMain',
      processName: 'Web Content',
      pid: 2,
      stringTable: strings,
      frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
      stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [null, 1], [null, 2], [2, 1]] },
      // 1: a blank frame's loader starts (injection); 2: its later callback; 5: the top frame's loader
      // starts; 6: it runs on; 9: the page.
      samples: { schema: { stack: 0, time: 1 }, data: [[3, 1], [1, 2], [0, 3], [3, 5], [1, 6], [0, 9]] },
      markers: {
        schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 },
        data: [
          domEvent(0.5, 2, 'document', 8), // the blank frame's window
          domEvent(2.5, 2, 'document', 7), // an earlier 'load' at the top document
          domEvent(4.5, 2, 'document', 7), // the top window's load: its loader is injected inside it
          domEvent(4.5, 3, 'document', 7),
          [3, 8, 0, 0, { type: 'UserTiming', name: 'caravan-bench-first-mark', innerWindowID: 7 }],
        ],
      },
    };
    const profile = { meta: { startTime: 1000 }, threads: [], processes: [{ meta: { startTime: 1000 }, threads: [thread], processes: [] }] };
    const { windows } = attributeGecko(profile, { origin: MOZ, windows: [[1000, 1010]] });
    expect(windows[0]!.firstEpoch).toBe(1001); // the first of ours in any frame: what the bench measured from before
    expect(windows[0]!.topScriptEpoch).toBe(1005);
    expect(windows[0]!.markEpoch).toBe(1008);
  });
});

describe('attributeGecko: long tasks', () => {
  it('counts Gecko’s LongTask markers that hold a sample of ours, not the page’s own', () => {
    const MOZ = 'moz-extension://1234-uuid/';
    const thread = {
      name: 'GeckoMain',
      processName: 'Web Content',
      pid: 2,
      stringTable: ['onload (http://127.0.0.1/p.html:1:1)', `${MOZ}content.js`, 'LongTask'],
      frameTable: { schema: { location: 0 }, data: [[0], [1]] },
      stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [null, 1]] },
      // Every ms: ours at 10 and at 200–204, the page otherwise.
      samples: { schema: { stack: 0, time: 1 }, data: Array.from({ length: 300 }, (_, t) => [t === 10 || (t >= 200 && t < 205) ? 1 : 0, t]) },
      markers: {
        schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 },
        data: [
          [2, 90, 170, 1, { type: 'MainThreadLongTask' }], // the page's alone
          [2, 195, 260, 1, { type: 'MainThreadLongTask' }], // holds ours
        ],
      },
    };
    const profile = { meta: { startTime: 0 }, threads: [], processes: [{ meta: { startTime: 0 }, threads: [thread], processes: [] }] };
    const [w] = attributeGecko(profile, { origin: MOZ, windows: [[0, 1000]] }).windows;
    expect(w!.longTasks).toBe(1);
    expect(w!.longTaskMs).toBe(65);
    // Caravan's share of it: its five samples inside (the page's own work is the rest).
    expect(w!.longTaskOursMs).toBe(5);
  });
});
