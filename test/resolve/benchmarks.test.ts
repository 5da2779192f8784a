import { describe, expect, it } from 'vitest';
import { benchLinkage, runBenchmark } from '../../src/resolve/index.js';

// Each benchmark trains its own model from the records alone (never from the labels), then is
// scored against the labels. Goals from the task: F1 >= 0.97 on FEBRL 3 (a published Splink
// figure there is 0.965) and >= 0.98 on FEBRL 4 (cross-file pairs only).
describe('linkage benchmarks', () => {
  it('FEBRL 3 (dedupe, 5,000 records) reaches pairwise F1 0.97', async () => {
    const { metrics } = await runBenchmark('febrl3');
    expect(metrics.f1).toBeGreaterThanOrEqual(0.97);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.97);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('FEBRL 4 (link 4a to 4b) reaches pairwise F1 0.98', async () => {
    const { metrics } = await runBenchmark('febrl4');
    expect(metrics.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('Splink fake_1000 keeps precision high and finds most pairs', async () => {
    const line = await benchLinkage('fake1000');
    expect(line).toMatch(/^linkage fake1000: precision \d\.\d{3} recall \d\.\d{3} F1 /);
    const [, precision, recall] = /precision ([\d.]+) recall ([\d.]+)/.exec(line) ?? [];
    expect(Number(precision)).toBeGreaterThanOrEqual(0.95);
    expect(Number(recall)).toBeGreaterThanOrEqual(0.7);
  });
});
