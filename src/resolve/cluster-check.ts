import type { ScoredPair } from './cluster-pairs.js';

/** A cluster whose members do not all match each other: a sign of chaining. */
export interface WeakCluster {
  /** The cluster's smallest record id. */
  first: string;
  size: number;
  /** Share of the cluster's record pairs that reached the threshold (1 = all match). */
  density: number;
}

/**
 * Finds clusters of three or more records in which some pairs of members did not reach the
 * threshold (or were never compared): density below `minDensity`. Weakest first.
 */
export function findWeakClusters(options: {
  clusters: readonly (readonly string[])[];
  pairs: readonly ScoredPair[];
  threshold: number;
  minDensity?: number;
}): WeakCluster[] {
  const clusterOf = new Map<string, number>();
  options.clusters.forEach((c, i) => {
    if (c.length >= 3) c.forEach((id) => clusterOf.set(id, i));
  });
  const strong = new Map<number, number>();
  for (const p of options.pairs) {
    if (p.probability < options.threshold) continue;
    const c = clusterOf.get(p.idL);
    if (c !== undefined && c === clusterOf.get(p.idR)) strong.set(c, (strong.get(c) ?? 0) + 1);
  }
  const weak: WeakCluster[] = [];
  options.clusters.forEach((c, i) => {
    if (c.length < 3) return;
    const density = (strong.get(i) ?? 0) / ((c.length * (c.length - 1)) / 2);
    if (density < (options.minDensity ?? 1))
      weak.push({ first: c[0] ?? '', size: c.length, density });
  });
  return weak.sort((a, b) => a.density - b.density || (a.first < b.first ? -1 : 1));
}
