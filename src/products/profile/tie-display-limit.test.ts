import { describe, expect, it } from 'vitest';
import { tieAllowance, tieDisplayLimit } from './tie-display-limit.js';

/** Competition ranks of `distinct` people ranked 1.. then `tied` people sharing the next rank. */
const ranks = (distinct: number, tied: number) => [
  ...Array.from({ length: distinct }, (_, i) => i + 1),
  ...Array.from({ length: tied }, () => distinct + 1),
];

const where = { top: 10, fullListIn: 'the profile JSON' };

describe('tieDisplayLimit', () => {
  it('prints a top 10 whole while a tie adds at most ten rows', () => {
    expect(tieDisplayLimit(ranks(10, 0), where)).toBeUndefined();
    // Rank 10 shared by 11 people: 20 rows, 10 past the cut-off.
    expect(ranks(9, 11)).toHaveLength(10 + tieAllowance);
    expect(tieDisplayLimit(ranks(9, 11), where)).toBeUndefined();
  });

  it('stops at the top 10 when a tie adds more, counting who is left out', () => {
    // Ranks 1, 2, 3, then 291 people at rank 4: 294 rows.
    expect(tieDisplayLimit(ranks(3, 291), where)).toEqual({
      rows: 10,
      note: '284 more people are tied at rank 4 and not printed here (291 people share that rank); every one of them is in the profile JSON.',
    });
    // Eleven more at rank 10 (12 share it): just past the allowance.
    expect(tieDisplayLimit(ranks(9, 12), where)?.note).toMatch(
      /^11 more people are tied at rank 10 /,
    );
  });
});
