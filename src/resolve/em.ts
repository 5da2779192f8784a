import { comparisons } from './comparisons.js';
import { constrainM } from './m-constraints.js';

/** A distinct comparison vector and how many pairs have it. */
export interface VectorCount {
  vector: readonly number[];
  count: number;
}

/** Fellegi-Sunter parameters: per comparison and level, P(level | match) and P(level | non-match). */
export interface FsParameters {
  m: number[][];
  u: number[][];
  /** The share of pairs that are matches. */
  lambda: number;
}

const floor = 1e-6;

/** The likelihood of a vector under one class; missing levels (-1) contribute 1. */
function likelihood(vector: readonly number[], probs: number[][]): number {
  let p = 1;
  for (let c = 0; c < vector.length; c++) {
    const level = vector[c] ?? -1;
    if (level >= 0) p *= probs[c]?.[level] ?? floor;
  }
  return p;
}

/** Level counts weighted by `weights`, normalised per comparison (with a small floor). */
function levelShares(
  vectors: readonly VectorCount[],
  weights: readonly number[],
  pseudo = floor,
): number[][] {
  const sums = comparisons.map((c) => c.levels.map(() => 0));
  vectors.forEach((v, i) => {
    v.vector.forEach((level, c) => {
      const row = sums[c];
      if (level >= 0 && row) row[level] = (row[level] ?? 0) + (weights[i] ?? 0);
    });
  });
  return sums.map((row) => {
    const total = row.reduce((a, b) => a + b, 0) + pseudo * row.length;
    return row.map((x) => (x + pseudo) / total);
  });
}

/**
 * Expectation-maximisation over distinct comparison vectors: estimates m and lambda (and u
 * unless `fixU`) for the population the vectors come from. Fast because it runs over distinct
 * vectors with their counts, never over pairs. With `fixU` the u from random pairs is held, as
 * Splink does: left free, u lets EM settle on any split of the blocked pairs (for example
 * "same forename" against the rest) instead of match against non-match. Each M-step
 * constrains m (m-constraints.ts): smoothed towards u, and no level below 'different'.
 */
export function expectationMaximisation(
  vectors: readonly VectorCount[],
  start: FsParameters,
  options: { iterations?: number; fixU?: boolean } = {},
): FsParameters {
  let params = start;
  for (let i = 0; i < (options.iterations ?? 30); i++) {
    const match = vectors.map((v) => {
      const pm = params.lambda * likelihood(v.vector, params.m);
      const pu = (1 - params.lambda) * likelihood(v.vector, params.u);
      return pm + pu === 0 ? 0 : pm / (pm + pu);
    });
    const total = vectors.reduce((sum, v) => sum + v.count, 0);
    const matched = vectors.map((v, k) => v.count * (match[k] ?? 0));
    const unmatched = vectors.map((v, k) => v.count * (1 - (match[k] ?? 0)));
    const u = options.fixU ? params.u : levelShares(vectors, unmatched);
    params = {
      m: constrainM(levelShares(vectors, matched), u),
      u,
      lambda: Math.min(1 - floor, Math.max(floor, matched.reduce((a, b) => a + b, 0) / total)),
    };
  }
  return params;
}

/**
 * Level shares of vectors taken as they are (u from random pairs), with one pseudo-count per
 * level so a level never seen among random pairs does not get an infinite weight.
 */
export function observedShares(vectors: readonly VectorCount[]): number[][] {
  return levelShares(
    vectors,
    vectors.map((v) => v.count),
    1,
  );
}
