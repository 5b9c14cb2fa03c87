export function median(values: readonly unknown[]): number | null;
export function geomean(values: readonly unknown[]): number | null;
export function ratio(a: unknown, b: unknown): number | null;
export function summarize(runs: readonly Record<string, unknown>[]): Record<string, number>;
