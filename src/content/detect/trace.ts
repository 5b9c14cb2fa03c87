/**
 * Diagnostic marks of the detector's phases (`cv:` user-timing marks), left only by builds made
 * with `node build.mjs --trace` (scripts/bench/first-mark-phases.mjs reads them). Other builds
 * leave none: a page could read them, and so tell that Caravan runs.
 */
declare const __CARAVAN_TRACE__: boolean | undefined;

const TRACE = typeof __CARAVAN_TRACE__ !== 'undefined' && __CARAVAN_TRACE__;

export function traceMark(name: string): void {
  if (TRACE) performance.mark(`cv:${name}`);
}
