import { describe, expect, it } from 'vitest';
import { comparisons, topLevel } from './comparisons.js';
import { estimateM, sessionVectors } from './training-sessions.js';

// Vector order: forename, surname, dob, postcode, gender, id_number, street_number, street,
// locality, email, postcode_history (comparisons.ts). -1 = missing.
const rest = [-1, -1, -1, -1, -1, -1, -1];
const exactNamesSameDob = { vector: [6, 5, 4, 5, ...rest], count: 10 };
const otherNamesSameDob = { vector: [0, 0, 4, 0, ...rest], count: 90 };
const sameNamesOtherDob = { vector: [6, 5, 0, 0, ...rest], count: 5 };

describe('sessionVectors', () => {
  it('keeps only vectors exact on the fixed comparisons and masks those', () => {
    const v = sessionVectors([exactNamesSameDob, otherNamesSameDob, sameNamesOtherDob], {
      name: 'dob',
      fixed: ['dob'],
    });
    expect(v).toEqual([
      { vector: [6, 5, -1, 5, ...rest], count: 10 },
      { vector: [0, 0, -1, 0, ...rest], count: 90 },
    ]);
  });
});

describe('estimateM', () => {
  it('finds the exact levels likely among matches when u says they are rare by chance', () => {
    const u = comparisons.map((c) =>
      c.levels.map((_, l) => (l === topLevel(c) ? 0.001 : 0.999 / (c.levels.length - 1))),
    );
    const { m, outcomes } = estimateM({
      vectors: [exactNamesSameDob, otherNamesSameDob, sameNamesOtherDob],
      u,
      startLambda: 0.1,
    });
    expect(outcomes.map((o) => [o.session, o.pairs])).toEqual([
      ['same date of birth and forename', 10],
      ['same forename and surname', 15],
      ['same postcode', 10],
      ['same date of birth', 100],
    ]);
    expect(outcomes[3]?.lambda).toBeCloseTo(0.1, 2);
    // Forename exact in every pair of the postcode session, where all pairs look like matches.
    expect(m[0]?.[6]).toBeGreaterThan(0.99);
    // A level no pair reached keeps m = u.
    expect(m[5]?.[2]).toBe(u[5]?.[2]);
  });
});
