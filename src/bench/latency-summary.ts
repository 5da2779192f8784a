/** Latency percentiles of one load run, in milliseconds, with its request counts. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  /** Responses received (any status). */
  requests: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
}

/**
 * The `p`th percentile (0-100) of `values` by the nearest-rank method: the smallest value
 * with at least p% of the values at or below it. NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Summarises response times (ms) and an error count into p50, p95 and p99. */
export function summariseLatency(timesMs: readonly number[], errors: number): LatencySummary {
  return {
    p50: percentile(timesMs, 50),
    p95: percentile(timesMs, 95),
    p99: percentile(timesMs, 99),
    requests: timesMs.length,
    errors,
  };
}
