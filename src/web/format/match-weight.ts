// Match weights are log2 odds: a term above 0 argues that the records are one person, one
// below 0 that they are two. The sign is always shown, as the direction is the point.

const minus = '\u2212';

/** A match weight with its sign and two decimals: `+11.52`, `−9.37`, `0.00`. */
export function signedWeight(weight: number): string {
  const digits = Number.isFinite(weight) ? Math.abs(weight).toFixed(2) : '∞';
  if (digits === '0.00') return digits;
  return `${weight > 0 ? '+' : minus}${digits}`;
}

/** A probability (0 to 1) to four significant figures: `0.9984`, `1.218e-7`. */
export function formatProbability(probability: number): string {
  if (probability <= 0 || probability >= 1) return String(probability);
  return probability >= 0.001 ? probability.toPrecision(4) : probability.toExponential(3);
}
