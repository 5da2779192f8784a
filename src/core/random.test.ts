import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random, weightTable } from './random.js';

function draws(random: Random, n: number): number[] {
  return Array.from({ length: n }, () => random.nextUint32());
}

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(Random.fromSeed(1), 5)).toEqual(draws(Random.fromSeed(1), 5));
    expect(draws(Random.fromSeed(1), 5)).not.toEqual(draws(Random.fromSeed(2), 5));
  });

  it('splits streams by label, independent of how much the parent consumed', () => {
    const fresh = Random.fromSeed(7).split('kent');
    const used = Random.fromSeed(7);
    draws(used, 100);
    expect(draws(used.split('kent'), 5)).toEqual(draws(fresh, 5));
    expect(draws(Random.fromSeed(7).split('essex'), 5)).not.toEqual(draws(fresh, 5));
  });

  it('keeps int, range and next inside their bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const random = Random.fromSeed(seed);
        const i = random.int(n);
        const r = random.range(-n, n);
        const x = random.next();
        return i >= 0 && i < n && r >= -n && r <= n && x >= 0 && x < 1;
      }),
    );
  });

  it('draws weighted indexes roughly in proportion and never a zero weight', () => {
    const random = Random.fromSeed(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10000; i += 1) counts[random.weighted([1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });
});

describe('Random.shuffle', () => {
  it('keeps every item and is reproducible', () => {
    const a = Random.fromSeed(5).shuffle([1, 2, 3, 4, 5, 6]);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Random.fromSeed(5).shuffle([1, 2, 3, 4, 5, 6])).toEqual(a);
  });
});

describe('weightTable', () => {
  it('draws like weighted and never an index of zero weight', () => {
    const table = weightTable([1, 0, 3]);
    const random = Random.fromSeed(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i += 1) counts[random.fromTable(table)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });
});
