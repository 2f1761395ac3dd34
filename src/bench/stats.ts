// Small descriptive statistics for the bench's timings.

/** The q-quantile (0..1) of values, by the nearest-rank method; 0 for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export interface TimingSummary {
  medianMs: number;
  p90Ms: number;
  totalMs: number;
}

/** Median, 90th percentile and total of per-page times in milliseconds. */
export function summarizeTimes(times: readonly number[]): TimingSummary {
  return { medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), totalMs: sum(times) };
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
