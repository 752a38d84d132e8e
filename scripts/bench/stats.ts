// Small statistics helpers for the benchmark. Pure.

/** The q-quantile (0..1) of `values` by the nearest-rank method; NaN for an empty list. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median of `values`. */
export const median = (values: number[]): number => percentile(values, 0.5);

/** Round to `digits` decimals (for a readable JSON line). */
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
