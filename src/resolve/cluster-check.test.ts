import { describe, expect, it } from 'vitest';
import { findWeakClusters } from './cluster-check.js';
import { clusterPairs } from './cluster-pairs.js';

// A chain: A matches B and B matches C, but A and C do not match (scored well under the
// threshold). Clustering joins all three through B; the check reports the cluster as weak.
const records = ['x:A', 'x:B', 'x:C', 'x:D', 'x:E', 'x:F'];
const pairs = [
  { idL: 'x:A', idR: 'x:B', probability: 0.99 },
  { idL: 'x:B', idR: 'x:C', probability: 0.97 },
  { idL: 'x:A', idR: 'x:C', probability: 0.02 },
  // D, E, F: every pair matches (density 1).
  { idL: 'x:D', idR: 'x:E', probability: 0.99 },
  { idL: 'x:D', idR: 'x:F', probability: 0.98 },
  { idL: 'x:E', idR: 'x:F', probability: 0.95 },
];

describe('findWeakClusters', () => {
  it('reports a chained cluster A~B~C where A and C do not match', () => {
    const clusters = clusterPairs({ records, pairs, threshold: 0.9 });
    expect(clusters).toEqual([
      ['x:A', 'x:B', 'x:C'],
      ['x:D', 'x:E', 'x:F'],
    ]);
    expect(findWeakClusters({ clusters, pairs, threshold: 0.9 })).toEqual([
      { first: 'x:A', size: 3, density: 2 / 3 },
    ]);
  });

  it('counts a pair never compared as not matching, and ignores pairs of other clusters', () => {
    const chain = pairs.filter((p) => p.idR !== 'x:C' || p.idL !== 'x:A');
    const clusters = [
      ['x:A', 'x:B', 'x:C'],
      ['x:D', 'x:E', 'x:F'],
    ];
    expect(findWeakClusters({ clusters, pairs: chain, threshold: 0.9 })).toEqual([
      { first: 'x:A', size: 3, density: 2 / 3 },
    ]);
  });

  it('lists nothing below a lower minimum density, and never pairs of two records', () => {
    const clusters = clusterPairs({ records, pairs, threshold: 0.9 });
    expect(findWeakClusters({ clusters, pairs, threshold: 0.9, minDensity: 0.5 })).toEqual([]);
    const two = [['x:A', 'x:B']];
    expect(findWeakClusters({ clusters: two, pairs: [], threshold: 0.9 })).toEqual([]);
  });
});
