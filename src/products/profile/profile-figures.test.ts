import { describe, expect, it } from 'vitest';
import { percentChange, perThousand } from './profile-figures.js';

describe('percentChange (year to date against the previous year to date)', () => {
  it('gives the worked example: 10,678 against 13,060 is -18%', () => {
    // (10,678 - 13,060) / 13,060 x 100 = -18.239...
    expect(percentChange(10_678, 13_060)).toBe(-18);
  });

  it('rounds halves away from zero, never gives -0, and has no base when previous is 0', () => {
    expect(percentChange(1, 8)).toBe(-88); // -87.5
    expect(percentChange(9, 8)).toBe(13); // +12.5
    expect(percentChange(999, 1000)).toBe(0); // -0.1 rounds to 0, not -0
    expect(percentChange(3, 3)).toBe(0);
    expect(percentChange(5, 0)).toBeNull();
  });
});

describe('perThousand (occurrences per 1,000 people)', () => {
  it('gives the worked example: 5,337 in a force of 857,497 people is 6.22', () => {
    // 5,337 / 857,497 x 1,000 = 6.2239...
    expect(perThousand(5_337, 857_497)).toBe(6.22);
  });

  it('is null when the population is unknown or not positive', () => {
    expect(perThousand(5, 2_000)).toBe(2.5);
    expect(perThousand(5, null)).toBeNull();
    expect(perThousand(5, 0)).toBeNull();
  });
});
