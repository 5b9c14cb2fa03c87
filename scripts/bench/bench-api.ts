/** What the Caravan page scripts expose as `window.caravanBench` (caravan-entry.ts, caravan-matcher-entry.ts). */
export interface BenchStats {
  slices: number;
  longestSliceMs: number;
  totalMs: number;
  firstViewportMarkMs: number | null;
  mentions: number;
  /** Detector only: from start() to the end of the first full pass (wall time, slices and gaps). */
  firstPassMs?: number | null;
}

export interface CaravanBench {
  /** "detector" (createDetector, the content script's code) or "matcher-only" (stand-in). */
  variant: 'detector' | 'matcher-only';
  /** Compiles the matcher over the gazetteer grown `factor` times (syntheticEntries, not timed); returns the compile ms. */
  compile(factor?: number): number | Promise<number>;
  /** The longest task of the last compile, where it is sliced (the detector variant). */
  compileLongestMs?: number;
  /** Number of indexed forms of the last compile. */
  size(): number;
  /** Annotates the whole document; resolves once every mention is marked. */
  annotate(): Promise<BenchStats>;
}

/** What replay-entry.ts exposes as `window.caravanReplay` (decompose.mjs). */
export interface CaravanReplay {
  record(): Promise<{ answers: string; stats: BenchStats }>;
  load(answers: string): void;
  replay(): Promise<BenchStats & { misses: number }>;
  /** Reads the page by the detector's rules alone, in one pass: its main-thread ms and the characters read. */
  read(): { totalMs: number; chars: number };
}

declare global {
  interface Window {
    caravanBench?: CaravanBench;
    caravanReplay?: CaravanReplay;
  }
}
