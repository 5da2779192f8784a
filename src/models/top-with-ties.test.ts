import { describe, expect, it } from 'vitest';
import { topWithTies } from './top-with-ties.js';

const rows = [
  { id: 'a', n: 9 },
  { id: 'b', n: 7 },
  { id: 'c', n: 7 },
  { id: 'd', n: 7 },
  { id: 'e', n: 3 },
  { id: 'f', n: null },
];
const spec = (n: number) => ({
  n,
  measure: (r: (typeof rows)[number]) => r.n,
  tieKey: (r: { id: string }) => r.id,
});

describe('topWithTies', () => {
  it('keeps every row tied at the cut-off, with competition ranks', () => {
    // top 2: a is rank 1; b, c, d share rank 2 and are all kept; e is rank 5.
    expect(topWithTies(rows, spec(2)).map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
    // top 4: rank 5 (e) falls outside.
    expect(topWithTies(rows, spec(4))).toHaveLength(4);
    expect(topWithTies(rows, spec(5)).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('leaves out unknown (null) measures rather than ranking them as zero', () => {
    expect(topWithTies(rows, spec(10)).map((r) => r.id)).not.toContain('f');
  });
});
