// Attribution of main-thread time to the extension, from outside it (pure: no browser, no I/O).
// A sample counts as the extension's when any frame of its stack has a script URL of the extension's
// origin (chrome-extension://ID/ or moz-extension://UUID/): the content script, a module it imports,
// anything it calls into (DOM, RegExp, the browser's extension API bindings). No file names: the
// content script may be one file or a loader plus lazily imported modules.
//
// Chromium: a trace of the whole browser (every renderer, every frame, out-of-process frames too)
// with V8's sampling profiler ("ProfileChunk" events), plus "v8.compile" events whose URL is the
// extension's (the engine compiling its scripts before any of its frames is on the stack), the
// "RunTask" events (tasks) and the bench's own user-timing mark for the first mark in view.
// Firefox: the Gecko profiler's profile (MOZ_PROFILER_STARTUP/SHUTDOWN), every content process.

/**
 * Per-sample durations from sample times: the time to the next sample (as DevTools counts self
 * time), the last sample gets the typical interval. A gap longer than `maxGap` (same unit as the
 * times) is the sampler pausing or the thread asleep, not work: it counts as the typical interval.
 * On a loaded machine the sampler thread itself is descheduled for a few ms at a time (seen: p99
 * of 8 ms at a 0.2 ms median in Chromium), so the cap is generous rather than a few intervals.
 */
export function sampleDurations(times, maxGap) {
  const n = times.length;
  const out = new Array(n).fill(0);
  if (!n) return out;
  const deltas = [];
  for (let i = 0; i + 1 < n; i++) deltas.push(times[i + 1] - times[i]);
  const sorted = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  const typical = sorted.length ? sorted[sorted.length >> 1] : 0;
  for (let i = 0; i < n; i++) {
    const d = i + 1 < n ? times[i + 1] - times[i] : typical;
    out[i] = d > maxGap ? typical : Math.max(0, d);
  }
  return out;
}

/** The cap of sampleDurations: 10 ms (µs in Chromium traces, ms in Gecko profiles). */
export const MAX_GAP = { trace: 10_000, gecko: 10 };

/**
 * Totals over one thread's samples: { ms, samples, firstTime, lastTime, longestRunMs }.
 * `samples` = [{ time, ms, ours, excluded? }] in time order. A run is a stretch of consecutive
 * samples that are all ours; any other sample (the page, idle, the engine) ends it.
 */
export function sumSamples(samples) {
  let ms = 0;
  let count = 0;
  let firstTime = null;
  let lastTime = null;
  let run = 0;
  let longestRunMs = 0;
  for (const s of samples) {
    if (s.ours && !s.excluded) {
      ms += s.ms;
      count++;
      firstTime ??= s.time;
      lastTime = s.time;
      run += s.ms;
      if (run > longestRunMs) longestRunMs = run;
    } else if (!s.excluded) run = 0;
  }
  return { ms, samples: count, firstTime, lastTime, longestRunMs };
}

const isOursUrl = (url, origin) => typeof url === 'string' && url.startsWith(origin);

// ---------------------------------------------------------------------------------------------
// Chromium trace

/** The V8 profiles in a trace: [{ pid, tid, samples: [{ time (µs), nodeId }], nodes: Map }]. */
export function traceProfiles(events) {
  const profiles = new Map();
  const key = (e) => `${e.pid}:${e.id}`;
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(key(e), { pid: e.pid, tid: e.tid, start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), times: [], ids: [], last: null });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(key(e));
    if (!p) continue;
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let t = p.last ?? p.start;
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      p.times.push(t);
      p.ids.push(samples[i]);
    }
    p.last = t;
  }
  return [...profiles.values()];
}

/**
 * For each node (by id): the URL of the innermost script of `origin` on its stack (its own or an
 * ancestor's), or null when it is not ours.
 */
export function oursByNode(nodes, origin) {
  const memo = new Map();
  return (id) => {
    if (memo.has(id)) return memo.get(id);
    const chain = [];
    let cur = id;
    let result = null;
    while (cur !== undefined && cur !== null) {
      if (memo.has(cur)) {
        result = memo.get(cur);
        break;
      }
      const n = nodes.get(cur);
      if (!n) break;
      chain.push(cur);
      if (isOursUrl(n.callFrame?.url, origin)) {
        result = n.callFrame.url;
        break;
      }
      cur = n.parent;
    }
    // Everything on the chain walked up to an ours node (or to a root) shares its answer.
    for (const c of chain) memo.set(c, result);
    return result;
  };
}

/** "chrome-extension://id/lazy/detector.js?x" → "lazy/detector.js": a script's path in the extension. */
export function scriptPath(url) {
  const m = /^[a-z-]+:\/\/[^/]+\/([^?#:\s)]*)/.exec(url ?? '');
  return m ? m[1] : String(url);
}

const addTo = (map, key, ms) => {
  map[key] = (map[key] ?? 0) + ms;
};

/** Thread names from the trace's metadata: Map "pid:tid" → name. */
function threadNames(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  return names;
}

/**
 * One page load's trace → the extension's main-thread time, all frames:
 * { ms, compileMs, byPid: {pid: ms}, longestRunMs, longestTaskMs, tasksOver50, firstMarkMs, frames }.
 * Only renderer main threads count (not the extension's service worker, not the browser process).
 * `markName`: the bench's user-timing mark at the first mark in view (top frame).
 */
export function attributeTrace(events, { origin, markName = 'caravan-bench-first-mark', secondHost = null } = {}) {
  const names = threadNames(events);
  const isMain = (pid, tid) => names.get(`${pid}:${tid}`) === 'CrRendererMain';

  // The engine compiling the extension's scripts: no frame of ours is on the stack yet.
  const compiles = [];
  for (const e of events) {
    if (e.ph !== 'X' || !isMain(e.pid, e.tid)) continue;
    if ((e.name === 'v8.compile' || e.name === 'v8.compileModule') && isOursUrl(e.args?.data?.url ?? e.args?.fileName, origin)) {
      compiles.push({ pid: e.pid, tid: e.tid, ts: e.ts, end: e.ts + (e.dur ?? 0), url: e.args?.data?.url ?? e.args?.fileName });
    }
  }
  const inCompile = (pid, tid, t) => compiles.some((c) => c.pid === pid && c.tid === tid && t >= c.ts && t < c.end);

  const byPid = {};
  const byScript = {};
  let ms = 0;
  let longestRunMs = 0;
  const ourTimes = new Map(); // "pid:tid" → sorted sample times (µs) of ours
  const firstByPid = {};
  for (const p of traceProfiles(events)) {
    if (!isMain(p.pid, p.tid)) continue;
    const ours = oursByNode(p.nodes, origin);
    const durs = sampleDurations(p.times, MAX_GAP.trace);
    const samples = p.times.map((time, i) => {
      const url = ours(p.ids[i]);
      const sample = { time, ms: durs[i] / 1000, ours: url !== null, excluded: inCompile(p.pid, p.tid, time) };
      if (url !== null && !sample.excluded) addTo(byScript, scriptPath(url), sample.ms);
      return sample;
    });
    const s = sumSamples(samples);
    ms += s.ms;
    byPid[p.pid] = (byPid[p.pid] ?? 0) + s.ms;
    longestRunMs = Math.max(longestRunMs, s.longestRunMs);
    if (s.firstTime !== null) firstByPid[p.pid] = Math.min(firstByPid[p.pid] ?? Infinity, s.firstTime);
    ourTimes.set(`${p.pid}:${p.tid}`, samples.filter((x) => x.ours && !x.excluded).map((x) => x.time));
  }
  let compileMs = 0;
  for (const c of compiles) {
    const d = (c.end - c.ts) / 1000;
    compileMs += d;
    byPid[c.pid] = (byPid[c.pid] ?? 0) + d;
    addTo(byScript, `${scriptPath(c.url)} (compile)`, d);
    firstByPid[c.pid] = Math.min(firstByPid[c.pid] ?? Infinity, c.ts);
  }

  // Tasks that ran any of ours: their whole length (the page's own work in them included: what the
  // reader waits for), the longest and how many reached 50 ms.
  let longestTaskMs = 0;
  let tasksOver50 = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !/RunTask$/.test(e.name) || !isMain(e.pid, e.tid)) continue;
    const key = `${e.pid}:${e.tid}`;
    const times = ourTimes.get(key) ?? [];
    const end = e.ts + (e.dur ?? 0);
    const hit = hasIn(times, e.ts, end) || compiles.some((c) => c.pid === e.pid && c.tid === e.tid && c.ts >= e.ts && c.ts < end);
    if (!hit) continue;
    const d = (e.dur ?? 0) / 1000;
    if (d > longestTaskMs) longestTaskMs = d;
    if (d >= 50) tasksOver50++;
  }

  // First mark in view: from the top frame's own script starting (its EvaluateScript, which names
  // the frame) to the bench's mark. Not from the first of ours in the mark's process: an about:blank
  // or same-site frame's loader runs there too, often hundreds of ms before the top frame's
  // (document_idle comes late on a large page; yahoo-2: 464 ms against 134, docs/loader-fast.md).
  // Without the event (an older trace), the process's first is what is left, and said so.
  let firstMarkMs = null;
  let firstMarkFrom = null;
  const mark = events.find((e) => e.name === markName && (e.cat ?? '').includes('user_timing'));
  if (mark) {
    const start = topFrameScriptStart(events, mark, origin);
    if (start !== null) {
      firstMarkMs = (mark.ts - start) / 1000;
      firstMarkFrom = 'top-frame-script';
    } else if (firstByPid[mark.pid] !== undefined) {
      firstMarkMs = (mark.ts - firstByPid[mark.pid]) / 1000;
      firstMarkFrom = 'process';
    }
  }

  // Frames: documents committed per process (CommitLoad), to split the time by frame kind.
  const frames = new Map();
  for (const e of events) {
    if (e.name !== 'CommitLoad') continue;
    const d = e.args?.data ?? {};
    frames.set(d.frame ?? `${e.pid}:${e.ts}`, { url: d.url ?? '', pid: e.pid, main: Boolean(d.isMainFrame) });
  }
  let crossOrigin = null;
  if (secondHost) {
    const foreign = [...frames.values()].filter((fr) => !fr.main && hostOf(fr.url) === secondHost);
    const pids = new Set(foreign.map((fr) => fr.pid));
    // Only processes that hold nothing but foreign frames: their time is theirs alone.
    const alone = [...pids].filter((pid) => [...frames.values()].every((fr) => fr.pid !== pid || (!fr.main && hostOf(fr.url) === secondHost)));
    const inAlone = foreign.filter((fr) => alone.includes(fr.pid)).length;
    crossOrigin = { frames: foreign.length, framesInOwnProcess: inAlone, ms: alone.reduce((t, pid) => t + (byPid[pid] ?? 0), 0) };
  }
  return { ms: ms + compileMs, compileMs, byPid, byScript, longestRunMs, longestTaskMs, tasksOver50, firstMarkMs, firstMarkFrom, frames: frames.size, crossOrigin };
}

/**
 * When the top frame's script of the extension started: the first `EvaluateScript` (devtools.timeline)
 * of a script of `origin` in the frame the mark's process committed as the outermost main frame
 * (its last such commit before the mark). Null where the trace holds none.
 */
export function topFrameScriptStart(events, mark, origin) {
  let top = null;
  for (const e of events) {
    if (e.name !== 'CommitLoad' || e.pid !== mark.pid || e.ts > mark.ts) continue;
    const d = e.args?.data ?? {};
    if ((d.isOutermostMainFrame ?? (d.isMainFrame && !d.parent)) && (!top || e.ts >= top.ts)) top = { ts: e.ts, frame: d.frame };
  }
  if (!top) return null;
  let start = null;
  for (const e of events) {
    const d = e.args?.data;
    if (e.name !== 'EvaluateScript' || e.pid !== mark.pid || d?.frame !== top.frame || !isOursUrl(d.url, origin)) continue;
    if (e.ts >= top.ts && e.ts <= mark.ts && (start === null || e.ts < start)) start = e.ts;
  }
  return start;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Whether sorted `times` has a value in [from, to). */
function hasIn(times, from, to) {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && times[lo] < to;
}

// ---------------------------------------------------------------------------------------------
// Firefox (Gecko profiler, "gecko" profile format as written at shutdown)

/** Every thread of a Gecko profile with its process's start time (epoch ms): [{ meta, thread }]. */
export function geckoThreads(profile) {
  const out = [];
  const walk = (p) => {
    for (const t of p.threads ?? []) out.push({ startTime: p.meta.startTime, thread: t });
    for (const c of p.processes ?? []) walk(c);
  };
  walk(profile);
  return out;
}

/**
 * A Gecko profile → per window [fromEpoch, toEpoch] (one page load each) the extension's time in the
 * content processes' main threads: [{ ms, longestRunMs, firstEpoch, byPid }], and the earliest
 * sample the (circular) buffer kept, so a caller can tell a window the buffer lost.
 */
export function attributeGecko(profile, { origin, windows, markName = 'caravan-bench-first-mark' }) {
  const results = windows.map(() => ({ ms: 0, longestRunMs: 0, firstEpoch: null, byPid: {}, byScript: {}, samples: 0, markEpoch: null, topScriptEpoch: null, longTaskMs: 0, longTaskOursMs: 0, longTasks: 0 }));
  let earliest = Infinity;
  for (const { startTime, thread: t } of geckoThreads(profile)) {
    if (t.name !== 'GeckoMain' || !/Web Content/.test(t.processName ?? '')) continue;
    const S = t.stringTable;
    const ft = t.frameTable;
    const st = t.stackTable;
    const locCol = ft.schema.location;
    // A JS frame's location reads "fn (moz-extension://uuid/path.js:1:2)[38]": the URL inside.
    const frameUrl = ft.data.map((f) => {
      const loc = S[f[locCol]] ?? '';
      const at = loc.indexOf(origin);
      return at < 0 ? null : loc.slice(at).split(/[\s)[]/)[0];
    });
    const memo = new Map();
    const stackOurs = (s) => {
      const chain = [];
      let result = null;
      while (s !== null && s !== undefined) {
        if (memo.has(s)) {
          result = memo.get(s);
          break;
        }
        chain.push(s);
        const row = st.data[s];
        const url = frameUrl[row[st.schema.frame]];
        if (url) {
          result = url;
          break;
        }
        s = row[st.schema.prefix];
      }
      for (const c of chain) memo.set(c, result);
      return result;
    };
    const sc = t.samples.schema;
    const rows = t.samples.data;
    const times = rows.map((r) => startTime + r[sc.time]);
    if (times.length) earliest = Math.min(earliest, times[0]);
    const durs = sampleDurations(times, MAX_GAP.gecko);
    // A content script's own start: its top level, run by the injection (not a callback of it later).
    const injectMemo = new Map();
    const stackInjects = (s0) => {
      if (injectMemo.has(s0)) return injectMemo.get(s0);
      let found = false;
      for (let s = s0; s !== null && s !== undefined && !found; s = st.data[s][st.schema.prefix]) {
        found = INJECTION.test(S[ft.data[st.data[s][st.schema.frame]][locCol]] ?? '');
      }
      injectMemo.set(s0, found);
      return found;
    };
    const marks = threadMarkers(t, startTime);
    windows.forEach(([from, to], w) => {
      // The first mark in view, from the top frame's script starting (decision in docs/loader-fast.md):
      // the probe's mark names the top window; Firefox injects a document_idle script once that
      // document is complete, so the top frame's loader is the first script injection in this thread
      // at or after its window's load event. (Samples carry no window: other frames' loaders run in
      // the same thread, the blank frames' ones hundreds of ms before the top frame's on yahoo-2.)
      const mark = marks.find((m) => m.name === 'UserTiming' && m.data?.name === markName && m.time >= from && m.time < to);
      if (mark && results[w].markEpoch === null) {
        const top = mark.data.innerWindowID;
        // The last such event before the mark: the window's own (a document sees other 'load's first).
        const load = marks.findLast((m) => m.name === 'DOMEvent' && !m.end && m.data?.eventType === 'load' && m.data?.target === 'document' && m.data?.innerWindowID === top && m.time >= from && m.time <= mark.time);
        results[w].markEpoch = mark.time;
        if (load) {
          for (let i = 0; i < rows.length; i++) {
            if (times[i] < load.time || times[i] > mark.time) continue;
            const stack = rows[i][sc.stack];
            if (stack !== null && stackOurs(stack) !== null && stackInjects(stack)) {
              results[w].topScriptEpoch = times[i];
              break;
            }
          }
        }
      }
      const samples = [];
      for (let i = 0; i < rows.length; i++) {
        if (times[i] < from || times[i] >= to) continue;
        const url = rows[i][sc.stack] === null ? null : stackOurs(rows[i][sc.stack]);
        samples.push({ time: times[i], ms: durs[i], ours: url !== null });
        if (url !== null) addTo(results[w].byScript, scriptPath(url), durs[i]);
      }
      const s = sumSamples(samples);
      const r = results[w];
      // Tasks of 50 ms or more (Gecko's LongTask markers: it records no shorter ones) that ran any
      // of ours: what a run of samples cannot tell, as slices that yield run back to back.
      // Firefox injects document_idle scripts inside the load event's task, so a long task of the
      // page's own may hold a few ms of a loader: Caravan's share of each is kept beside its length.
      const ours = samples.filter((x) => x.ours);
      const oursTimes = ours.map((x) => x.time);
      for (const m of marks) {
        if (m.name !== 'LongTask' || m.endTime === null || m.time < from || m.time >= to || !hasIn(oursTimes, m.time, m.endTime)) continue;
        const share = ours.reduce((sum, x) => (x.time >= m.time && x.time < m.endTime ? sum + x.ms : sum), 0);
        r.longTasks++;
        if (m.endTime - m.time > r.longTaskMs) [r.longTaskMs, r.longTaskOursMs] = [m.endTime - m.time, share];
      }
      r.ms += s.ms;
      r.samples += s.samples;
      r.byPid[t.pid] = (r.byPid[t.pid] ?? 0) + s.ms;
      r.longestRunMs = Math.max(r.longestRunMs, s.longestRunMs);
      if (s.firstTime !== null) r.firstEpoch = Math.min(r.firstEpoch ?? Infinity, s.firstTime);
    });
  }
  return { windows: results, earliestEpoch: Number.isFinite(earliest) ? earliest : null };
}

/** Frames of a content script's injection (ExtensionContent.sys.mjs running its top level). */
const INJECTION = /PrecompiledScript\.executeInGlobal|injectIntoIsolatedWorld/;

/** A Gecko thread's markers: [{ name, time (epoch ms: its start, or its end for an interval's end), end, endTime, data }]. */
function threadMarkers(t, startTime) {
  const m = t.markers;
  if (!m?.schema || !m.data) return [];
  const { name, startTime: st, endTime: et, phase, data } = m.schema;
  // Phases: 0 instant, 1 interval, 2 interval start (at startTime); 3 interval end (at endTime).
  return m.data
    .map((row) => ({
      name: t.stringTable[row[name]],
      time: startTime + ((row[phase] === 3 ? row[et] : row[st]) ?? 0),
      end: row[phase] === 3,
      // An interval's end, where the marker holds both.
      endTime: row[phase] === 1 && row[et] !== null ? startTime + row[et] : null,
      data: row[data] ?? null,
    }))
    .sort((a, b) => a.time - b.time);
}
