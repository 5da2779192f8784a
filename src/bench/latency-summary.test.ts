import { describe, expect, it } from 'vitest';
import { percentile, summariseLatency } from './latency-summary.js';

describe('percentile', () => {
  it('takes the nearest rank of the sorted values', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summariseLatency', () => {
  it('gives p50, p95, p99 of 1..100 ms and the counts', () => {
    const times = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summariseLatency(times, 2)).toEqual({
      p50: 50,
      p95: 95,
      p99: 99,
      requests: 100,
      errors: 2,
    });
  });
});
