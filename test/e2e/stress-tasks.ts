/**
 * Whose is each long task of a page load (issue 18 item 4)? From a Chromium trace: every task of
 * 50 ms or more on a renderer's main thread, with the time Caravan's scripts were on the stack in
 * it (V8's sampling profiler: any frame of an extension URL) and what the engine did in it
 * (layout, style, paint, parsing, script), so a test can tell Caravan's tasks from the page's and
 * the engine's own. Pure over the events; the tracing is in traceLoad().
 */
import { traceProfiles, oursByNode, sampleDurations, MAX_GAP, type TraceEvent } from '../../scripts/bench/attribute.mjs';

export interface LongTask {
  /** Wall-clock length. */
  ms: number;
  /**
   * The main thread's CPU time in the task (the trace's thread clock), null where the trace has
   * none. On a loaded machine a task's wall-clock time includes the time the thread waited for a
   * core; its CPU time does not.
   */
  cpuMs: number | null;
  /** Caravan's scripts on the stack, sampled ms. */
  oursMs: number;
  /** The engine's phases in the task, ms (top-level events only). */
  parts: Record<string, number>;
  /** Caravan's functions with the most samples in the task (self and below), for the report. */
  top: string[];
}

const PHASES: Record<string, string> = {
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  ParseHTML: 'parse',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  TimerFire: 'script',
  FireIdleCallback: 'script',
  HitTest: 'hittest',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.deserializeOnBackground': 'compile',
  'V8.GCScavenger': 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'IntersectionObserverController::computeIntersections': 'intersections',
};

export const CHROMIUM_TRACE_CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'v8', 'v8.execute', 'devtools.timeline', 'toplevel', 'blink', '__metadata'];

export function longTasks(events: readonly TraceEvent[], origin: string, minMs = 50): LongTask[] {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name as string);
  // The page's renderers: those that committed a web document during the trace (the test's own
  // extension pages, the bridge, run in a renderer of their own, loaded before).
  const pages = new Set<number>();
  for (const e of events) {
    const url = (e.args?.data?.url ?? '') as string;
    if (e.name === 'CommitLoad' && /^https?:|^about:srcdoc|^data:/.test(url)) pages.add(e.pid);
  }
  const isMain = (e: { pid: number; tid: number }) => pages.has(e.pid) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const samples = new Map<string, { time: number; ms: number; fn: string | null }[]>();
  for (const p of traceProfiles(events)) {
    if (!isMain(p)) continue;
    const ours = oursByNode(p.nodes, origin);
    const durs = sampleDurations(p.times, MAX_GAP.trace);
    const list = samples.get(`${p.pid}:${p.tid}`) ?? [];
    p.times.forEach((time, i) => {
      const id = p.ids[i]!;
      const fn = ours(id) === null ? null : fnName(p.nodes, id, origin);
      list.push({ time, ms: durs[i]! / 1000, fn });
    });
    samples.set(`${p.pid}:${p.tid}`, list);
  }
  const out: LongTask[] = [];
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !isMain(e)) continue;
    const key = `${e.pid}:${e.tid}`;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  for (const [key, list] of byThread) {
    for (const task of list) {
      if (!/RunTask$/.test(task.name) || (task.dur ?? 0) / 1000 < minMs) continue;
      const tdur = (task as { tdur?: number }).tdur;
      const end = task.ts + (task.dur ?? 0);
      const parts: Record<string, number> = {};
      // Top-level phases: an event inside the task not inside another counted phase.
      let coveredTo = task.ts;
      for (const e of list) {
        if (e === task || e.ts < task.ts || e.ts >= end) continue;
        const phase = PHASES[e.name];
        if (!phase || e.ts < coveredTo) continue;
        parts[phase] = (parts[phase] ?? 0) + (e.dur ?? 0) / 1000;
        coveredTo = e.ts + (e.dur ?? 0);
      }
      let oursMs = 0;
      const fns = new Map<string, number>();
      // The engine compiling Caravan's scripts: none of its frames is on the stack yet.
      for (const e of list) {
        const url = (e.args?.data?.url ?? e.args?.fileName ?? '') as string;
        if (!/^v8\.compile/.test(e.name) || e.ts < task.ts || e.ts >= end || !url.startsWith(origin)) continue;
        oursMs += (e.dur ?? 0) / 1000;
        fns.set('(compile)', (fns.get('(compile)') ?? 0) + (e.dur ?? 0) / 1000);
      }
      for (const s of samples.get(key) ?? []) {
        if (s.time < task.ts || s.time >= end || s.fn === null) continue;
        oursMs += s.ms;
        fns.set(s.fn, (fns.get(s.fn) ?? 0) + s.ms);
      }
      const top = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, ms]) => `${f} ${Math.round(ms)}`);
      out.push({ ms: Math.round((task.dur ?? 0) / 1000), cpuMs: tdur === undefined ? null : Math.round(tdur / 1000), oursMs: Math.round(oursMs), parts: round(parts), top });
    }
  }
  return out.sort((a, b) => b.ms - a.ms);
}

/** The innermost of Caravan's functions on a sample's stack, with the engine's callee below it. */
interface ProfileNode {
  parent?: number;
  callFrame?: { url?: string; functionName?: string };
}

function fnName(nodes: Map<number, ProfileNode>, id: number, origin: string): string {
  let cur: number | undefined = id;
  let callee = '';
  while (cur !== undefined) {
    const n = nodes.get(cur);
    if (!n) break;
    const url = n.callFrame?.url ?? '';
    if (url.startsWith(origin)) {
      // Two of Caravan's callers more, for the report.
      const chain = [`${n.callFrame?.functionName || `(anon:${(n.callFrame as { lineNumber?: number })?.lineNumber})`}@${url.replace(/^[a-z-]+:\/\/[^/]+\//, '').replace(/\?.*$/, '')}`];
      for (let p = n.parent; p !== undefined && chain.length < 4; ) {
        const q = nodes.get(p);
        if (!q) break;
        if ((q.callFrame?.url ?? '').startsWith(origin)) chain.push(q.callFrame?.functionName || '(anon)');
        p = q.parent;
      }
      return `${chain.reverse().join('>')}${callee ? `>${callee}` : ''}`;
    }
    if (!callee) callee = n.callFrame?.functionName || '';
    cur = n.parent;
  }
  return '?';
}

function round(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
}

export function describe(t: LongTask): string {
  const parts = Object.entries(t.parts).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${t.ms} ms${t.cpuMs === null ? '' : ` (CPU ${t.cpuMs} ms)`} (Caravan ${t.oursMs} ms${t.top.length ? `: ${t.top.join('; ')}` : ''}; ${parts})`;
}
