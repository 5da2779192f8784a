import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPairs, type ScoredPair } from './cluster-pairs.js';

const records = ['a', 'b', 'c', 'd', 'e', 'f'];
const pairArb = fc
  .tuple(
    fc.constantFrom(...records),
    fc.constantFrom(...records),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .filter(([l, r]) => l < r)
  .map(([idL, idR, probability]): ScoredPair => ({ idL, idR, probability }));

describe('clusterPairs', () => {
  it('joins records connected through pairs at or above the threshold', () => {
    const clusters = clusterPairs({
      records,
      pairs: [
        { idL: 'a', idR: 'b', probability: 0.99 },
        { idL: 'b', idR: 'c', probability: 0.95 },
        { idL: 'd', idR: 'e', probability: 0.4 },
      ],
      threshold: 0.9,
    });
    expect(clusters).toEqual([['a', 'b', 'c'], ['d'], ['e'], ['f']]);
  });

  it('does not depend on the order of records or pairs', () => {
    fc.assert(
      fc.property(
        fc.array(pairArb, { maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (pairs, keys) => {
          const reject = [['a', 'c'] as const];
          const shuffled = [...records].sort(
            (x, y) => (keys[records.indexOf(x)] ?? 0) - (keys[records.indexOf(y)] ?? 0),
          );
          const one = clusterPairs({
            records,
            pairs,
            threshold: 0.5,
            decisions: { confirm: [], reject },
          });
          const two = clusterPairs({
            records: shuffled,
            pairs: [...pairs].reverse(),
            threshold: 0.5,
            decisions: { confirm: [], reject },
          });
          expect(two).toEqual(one);
        },
      ),
    );
  });

  it('never puts a rejected pair together, even through a chain', () => {
    const clusters = clusterPairs({
      records: ['a', 'b', 'c'],
      pairs: [
        { idL: 'a', idR: 'b', probability: 0.99 },
        { idL: 'b', idR: 'c', probability: 0.98 },
      ],
      threshold: 0.9,
      decisions: { confirm: [], reject: [['a', 'c']] },
    });
    expect(clusters).toEqual([['a', 'b'], ['c']]);
  });

  it('joins a confirmed pair the model scored low', () => {
    const clusters = clusterPairs({
      records: ['a', 'b'],
      pairs: [{ idL: 'a', idR: 'b', probability: 0.01 }],
      threshold: 0.9,
      decisions: { confirm: [['a', 'b']], reject: [] },
    });
    expect(clusters).toEqual([['a', 'b']]);
  });
});
