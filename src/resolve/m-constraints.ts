/**
 * Constraints on m, the share of each comparison level among true matches, applied in every
 * EM M-step and once more to the trained model (docs/resolve.md, "Constraints on m").
 *
 * 1. **Smoothing towards u.** m = (1 - e) * m_EM + e * u, with e = `mSmoothing`: one field in a
 *    thousand of a true match is taken to be as unrelated as two random people's (a keying
 *    error, a record attached to the wrong person). It is a Dirichlet prior on m centred on u
 *    (the no-evidence point, weight 0) holding e / (1 - e) of the session's matched pairs.
 *    So no level can weigh less than log2(e), about -10 bits: no single field is a veto, even
 *    for a level the training data never showed among matches.
 * 2. **No partial agreement below disagreement.** Every level's m/u is at least that of the
 *    comparison's 'different' level (index 0). Levels below it are pooled with it and all get
 *    the pooled ratio: the isotonic regression of m/u (weights u) under the simple tree order
 *    'different' <= every other level, which keeps the sum of m and is the most likely m under
 *    that order.
 */

/** The share e of a true match's field taken to be as unrelated as a random pair's. */
export const mSmoothing = 0.001;

/** The lowest weight any level can have after smoothing: log2(e), in bits. */
export const minLevelWeight = Math.log2(mSmoothing);

/** Shrinks one comparison's m towards its u by the share `e` (a mixture with u). */
export function smoothTowardsU(
  m: readonly number[],
  u: readonly number[],
  e: number = mSmoothing,
): number[] {
  return m.map((x, l) => (1 - e) * x + e * (u[l] ?? 0));
}

/**
 * Pools the levels whose m/u falls below the 'different' level's (index 0) with it, so no
 * level weighs less than disagreement. The sum of m is unchanged; levels at or above the
 * pooled ratio keep their m. Levels with u = 0 are left as they are (their weight is +inf).
 */
export function poolBelowDifferent(m: readonly number[], u: readonly number[]): number[] {
  const ratio = (l: number) => (m[l] ?? 0) / (u[l] ?? 0);
  const others = m
    .map((_, l) => l)
    .filter((l) => l > 0 && (u[l] ?? 0) > 0)
    .sort((a, b) => ratio(a) - ratio(b));
  let pooledM = m[0] ?? 0;
  let pooledU = u[0] ?? 0;
  if (!(pooledU > 0)) return [...m];
  const pooled = new Set([0]);
  for (const l of others) {
    if (ratio(l) >= pooledM / pooledU) break;
    pooledM += m[l] ?? 0;
    pooledU += u[l] ?? 0;
    pooled.add(l);
  }
  const r = pooledM / pooledU;
  return m.map((x, l) => (pooled.has(l) ? (u[l] ?? 0) * r : x));
}

/** Both constraints on every comparison: smoothing towards u, then pooling below 'different'. */
export function constrainM(m: readonly (readonly number[])[], u: readonly number[][]): number[][] {
  return m.map((row, c) => {
    const uc = u[c] ?? [];
    return poolBelowDifferent(smoothTowardsU(row, uc), uc);
  });
}

/** How the constraints were applied, for a model's training description. */
export const mConstraintsDescription = {
  m_smoothing: {
    method:
      'mixture with u in every M-step: m = (1 - e) m_EM + e u (a Dirichlet prior centred on u)',
    e: mSmoothing,
    min_level_weight: minLevelWeight,
  },
  m_order:
    "no level weighs less than its comparison's 'different' level: levels below it are pooled " +
    'with it (isotonic regression of m/u, weights u, simple tree order), in every M-step and on the final m',
} as const;
