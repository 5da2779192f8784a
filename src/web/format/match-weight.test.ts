import { describe, expect, it } from 'vitest';
import { formatProbability, signedWeight } from './match-weight.js';

describe('signedWeight', () => {
  it('shows the sign of every weight but zero, with two decimals', () => {
    expect(signedWeight(11.519)).toBe('+11.52');
    expect(signedWeight(-9.37013)).toBe('\u22129.37');
    expect(signedWeight(0)).toBe('0.00');
    // Rounds to zero: no sign, so a neutral term never looks like a small argument.
    expect(signedWeight(-0.001)).toBe('0.00');
    expect(signedWeight(Number.NEGATIVE_INFINITY)).toBe('\u2212∞');
  });
});

describe('formatProbability', () => {
  it('gives four significant figures, small ones in exponent form', () => {
    expect(formatProbability(0.99843)).toBe('0.9984');
    expect(formatProbability(1.2179599723e-7)).toBe('1.218e-7');
    expect(formatProbability(1)).toBe('1');
  });
});
