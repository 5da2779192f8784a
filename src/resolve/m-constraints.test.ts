import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  constrainM,
  minLevelWeight,
  mSmoothing,
  poolBelowDifferent,
  smoothTowardsU,
} from './m-constraints.js';

const weight = (m: readonly number[], u: readonly number[], l: number) =>
  Math.log2((m[l] ?? 0) / (u[l] ?? 1));

/** A comparison's level shares: 2 to 7 positive numbers summing to 1. */
const shares = (levels: number) =>
  fc
    .array(fc.double({ min: 1e-9, max: 1, noNaN: true }), {
      minLength: levels,
      maxLength: levels,
    })
    .map((xs) => {
      const total = xs.reduce((a, b) => a + b, 0);
      return xs.map((x) => x / total);
    });
const comparison = fc
  .integer({ min: 2, max: 7 })
  .chain((n) => fc.tuple(shares(n), shares(n)).map(([m, u]) => ({ m, u })));

describe('smoothTowardsU', () => {
  it('keeps every level at or above log2(e) bits, however small m was', () => {
    // dob in the earlier default model: 'within a year' had m 1.7e-10, -27.7 bits.
    const u = [0.96, 0.036, 0.0014, 2e-5, 4.1e-5];
    const m = smoothTowardsU([1.2e-4, 1.7e-10, 1.8e-10, 0.041, 0.96], u);
    m.forEach((_, l) => expect(weight(m, u, l)).toBeGreaterThanOrEqual(minLevelWeight - 1e-9));
    expect(minLevelWeight).toBeCloseTo(Math.log2(mSmoothing), 12);
  });
});

describe('poolBelowDifferent', () => {
  it('raises a partial level that weighs less than different to the pooled weight', () => {
    // gender-like: different 0.2/0.8, a middle level 0.0001/0.1, exact 0.7999/0.1.
    const u = [0.8, 0.1, 0.1];
    const m = poolBelowDifferent([0.2, 0.0001, 0.7999], u);
    const pooled = (0.2 + 0.0001) / 0.9;
    expect(m[0]).toBeCloseTo(0.8 * pooled, 12);
    expect(m[1]).toBeCloseTo(0.1 * pooled, 12);
    expect(m[2]).toBe(0.7999);
  });

  it('leaves levels already at or above different alone', () => {
    expect(poolBelowDifferent([0.01, 0.2, 0.79], [0.9, 0.09, 0.01])).toEqual([0.01, 0.2, 0.79]);
  });

  it('never lets a level weigh less than different, keeps the sum, and is idempotent', () => {
    fc.assert(
      fc.property(comparison, ({ m, u }) => {
        const once = poolBelowDifferent(m, u);
        once.forEach((_, l) =>
          expect(weight(once, u, l)).toBeGreaterThanOrEqual(weight(once, u, 0) - 1e-9),
        );
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(once)).toBeCloseTo(sum(m), 12);
        poolBelowDifferent(once, u).forEach((x, l) => expect(x).toBeCloseTo(once[l] ?? 0, 12));
      }),
    );
  });
});

describe('constrainM', () => {
  it('applies both constraints to every comparison', () => {
    fc.assert(
      fc.property(fc.array(comparison, { minLength: 1, maxLength: 4 }), (cs) => {
        const m = constrainM(
          cs.map((c) => c.m),
          cs.map((c) => c.u),
        );
        m.forEach((row, c) => {
          const u = cs[c]?.u ?? [];
          row.forEach((_, l) => {
            expect(weight(row, u, l)).toBeGreaterThanOrEqual(minLevelWeight - 1e-9);
            expect(weight(row, u, l)).toBeGreaterThanOrEqual(weight(row, u, 0) - 1e-9);
          });
        });
      }),
    );
  });
});
