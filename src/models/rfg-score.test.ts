import { describe, expect, it } from 'vitest';
import { loadRfgModel } from './rfg-model.js';
import { combineRfg, frequencyLevel, gravityLevel, recencyLevel, scoreRfg } from './rfg-score.js';

const model = loadRfgModel();

describe('RFG model rfg-v1', () => {
  it('bands recency at its edges (weeks at most)', () => {
    expect([0, 4, 5, 8, 9, 13, 14, 26, 27, 52, 53, 500].map((w) => recencyLevel(model, w))).toEqual(
      [100, 100, 75, 75, 50, 50, 30, 30, 20, 20, 10, 10],
    );
  });

  it('bands frequency at its edges (occurrences at least)', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map((n) => frequencyLevel(model, n))).toEqual([
      10, 20, 30, 50, 75, 100, 100,
    ]);
  });

  it('bands gravity at its edges, and unknown harm takes the lowest band', () => {
    const days = [0, 29.9, 30, 181.9, 182, 364.9, 365, 999.9, 1000, 2554.9, 2555];
    expect(days.map((d) => gravityLevel(model, d))).toEqual([
      10, 10, 20, 20, 30, 30, 50, 50, 75, 75, 100,
    ]);
    expect(gravityLevel(model, null)).toBe(10);
  });

  it('combines by product (default) or mean', () => {
    // 100 x 75 x 20 / 10,000 = 15; (100 + 75 + 20) / 3 = 65
    expect(combineRfg({ r: 100, f: 75, g: 20 }, 'product')).toBe(15);
    expect(combineRfg({ r: 100, f: 75, g: 20 }, 'mean')).toBe(65);
    // 3 weeks -> R 100; 5 occurrences -> F 75; 40 days -> G 20
    const inputs = { weeksSinceLatest: 3, occurrences: 5, harmDays: 40 };
    const s = scoreRfg(model, inputs);
    expect(s).toEqual({
      r: 100,
      f: 75,
      g: 20,
      score: 15,
      combine: 'product',
      inputs,
      modelVersion: 'rfg-v1',
    });
    expect(scoreRfg(model, inputs, 'mean').score).toBe(65);
    // Lowest possible: 10 x 10 x 10 / 10,000 = 0.1
    expect(scoreRfg(model, { weeksSinceLatest: 99, occurrences: 1, harmDays: null }).score).toBe(
      0.1,
    );
  });

  it('rejects an invalid model file with SCHEMA_MISMATCH', () => {
    expect(() => loadRfgModel(new URL('../../package.json', import.meta.url).pathname)).toThrow(
      /not valid/,
    );
  });
});
