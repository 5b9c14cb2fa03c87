// Small statistics for noisy timings: medians and geometric means, never single runs.
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Geometric mean of the positive finite values (ratios); null when there are none. */
export function geomean(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x) && x > 0);
  if (!v.length) return null;
  return Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length);
}

export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
}

/** The median of every numeric field over runs: { field: median }. */
export function summarize(runs) {
  const ok = runs.filter((r) => !r.error);
  const out = { runs: ok.length, errors: runs.length - ok.length };
  const keys = new Set(ok.flatMap((r) => Object.keys(r)));
  for (const k of keys) {
    const vals = ok.map((r) => r[k]);
    if (vals.some((x) => typeof x === 'number')) out[k] = median(vals);
  }
  return out;
}
