import { describe, expect, it } from 'vitest';
import { Random } from '../core/random.js';
import { sampleRows, splitByTemplate } from './occurrence-skeleton.js';

describe('sampleRows', () => {
  const rows = Array.from({ length: 200 }, (_, i) => i);

  it('keeps round(n * scale) rows in their original order', () => {
    const sample = sampleRows(rows, 0.1, Random.fromSeed(1));
    expect(sample).toHaveLength(20);
    expect([...sample].sort((a, b) => a - b)).toEqual(sample);
  });

  it('replicates every row for each whole unit of scale', () => {
    const sample = sampleRows(rows, 2.5, Random.fromSeed(1));
    expect(sample).toHaveLength(500);
    expect(sample.filter((x) => x === 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('splitByTemplate', () => {
  it('splits a total by the template proportions, adding up exactly', () => {
    const template = new Map([
      ['A', 1],
      ['B', 1],
      ['C', 2],
    ]);
    // 10 * 1/4 = 2.5, 2.5, 5: largest remainders go to A then B; one extra unit goes to A.
    expect(splitByTemplate(template, 10)).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 5],
    ]);
    expect(splitByTemplate(template, 7).reduce((s, [, n]) => s + n, 0)).toBe(7);
  });
});
