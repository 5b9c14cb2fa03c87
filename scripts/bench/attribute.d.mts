export interface TraceEvent {
  name: string;
  ph?: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, any>;
}
export function sampleDurations(times: readonly number[], maxGap: number): number[];
export const MAX_GAP: { trace: number; gecko: number };
export interface Sample {
  time: number;
  ms: number;
  ours: boolean;
  excluded?: boolean;
}
export function sumSamples(samples: readonly Sample[]): { ms: number; samples: number; firstTime: number | null; lastTime: number | null; longestRunMs: number };
export function traceProfiles(events: readonly TraceEvent[]): { pid: number; tid: number; times: number[]; ids: number[]; nodes: Map<number, any> }[];
export function oursByNode(nodes: Map<number, any>, origin: string): (id: number) => string | null;
export function scriptPath(url: string): string;
export interface TraceAttribution {
  ms: number;
  compileMs: number;
  byPid: Record<string, number>;
  byScript: Record<string, number>;
  longestRunMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  firstMarkMs: number | null;
  /** 'top-frame-script': from the top frame's script starting; 'process': from the first of ours in its process (no frame events). */
  firstMarkFrom: 'top-frame-script' | 'process' | null;
  frames: number;
  crossOrigin: { frames: number; framesInOwnProcess: number; ms: number } | null;
}
export function attributeTrace(events: readonly TraceEvent[], options: { origin: string; markName?: string; secondHost?: string | null }): TraceAttribution;
export function topFrameScriptStart(events: readonly TraceEvent[], mark: TraceEvent, origin: string): number | null;
export function geckoThreads(profile: any): { startTime: number; thread: any }[];
export function attributeGecko(
  profile: any,
  options: { origin: string; windows: readonly (readonly [number, number])[]; markName?: string },
): {
  windows: {
    ms: number;
    longestRunMs: number;
    firstEpoch: number | null;
    byPid: Record<string, number>;
    byScript: Record<string, number>;
    samples: number;
    /** The probe's mark, on the profile's clock. */
    markEpoch: number | null;
    /** The top frame's script starting (its first injection sample after the window's load). */
    topScriptEpoch: number | null;
    /** Tasks of 50 ms or more (LongTask markers) holding a sample of ours: how many, the longest. */
    longTasks: number;
    longTaskMs: number;
    /** Caravan's samples inside that longest one (the rest is the page's, e.g. its load event). */
    longTaskOursMs: number;
  }[];
  earliestEpoch: number | null;
};
