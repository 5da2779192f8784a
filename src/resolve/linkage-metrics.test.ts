import { describe, expect, it } from 'vitest';
import { linkageMetrics } from './linkage-metrics.js';

describe('linkageMetrics', () => {
  it('scores a hand-made case (pairs and B-cubed computed by hand)', () => {
    // truth: {a1,a2,a3} {b1,b2}; predicted: {a1,a2} {a3,b1,b2}
    const m = linkageMetrics([
      { predicted: 'p', truth: 'A' },
      { predicted: 'p', truth: 'A' },
      { predicted: 'q', truth: 'A' },
      { predicted: 'q', truth: 'B' },
      { predicted: 'q', truth: 'B' },
    ]);
    expect([m.truePairs, m.predictedPairs, m.correctPairs]).toEqual([4, 4, 2]);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
    // per-record precision 1,1,1/3,2/3,2/3 and recall 2/3,2/3,1/3,1,1: both average 11/15
    expect(m.b3F1).toBeCloseTo(11 / 15);
  });

  it('counts only pairs across sources when linking two files', () => {
    const m = linkageMetrics(
      [
        { predicted: 'c', truth: 'X', source: 'A' },
        { predicted: 'c', truth: 'X', source: 'B' },
        { predicted: 'c', truth: 'Y', source: 'A' },
        { predicted: 'c', truth: 'Y', source: 'A' },
      ],
      true,
    );
    expect([m.truePairs, m.predictedPairs, m.correctPairs]).toEqual([1, 3, 1]);
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBe(1);
  });

  it('is perfect when prediction equals truth, and recall 0 when nothing is joined', () => {
    const same = linkageMetrics([
      { predicted: '1', truth: 'a' },
      { predicted: '1', truth: 'a' },
    ]);
    expect([same.precision, same.recall, same.f1, same.b3F1]).toEqual([1, 1, 1, 1]);
    const apart = linkageMetrics([
      { predicted: '1', truth: 'a' },
      { predicted: '2', truth: 'a' },
    ]);
    expect([apart.precision, apart.recall, apart.f1]).toEqual([1, 0, 0]);
  });
});
