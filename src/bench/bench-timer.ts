/** Runs `work` and returns its result with the seconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Formats a ratio to two decimals, e.g. `0.42x`. */
export function ratio(numerator: number, denominator: number): string {
  return `${(numerator / denominator).toFixed(2)}x`;
}

/** Formats a count with thousands separators, as analysts write them. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}
