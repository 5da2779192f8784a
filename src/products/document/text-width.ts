// Advance widths of DejaVu Sans in em, rounded up by class (from the font's hmtx table:
// i 0.28, t 0.39, r 0.41, a 0.61, n 0.63, digits 0.64, A 0.68, M 0.86, m 0.97, W 0.99).
// An estimate on the wide side: it decides a table's type size, it does not lay text out.
const narrow = new Set([...' .,:;\'"!|()[]{}/\\-ijlfrtI']);
const wide = new Set([...'mwMW@%']);

/** Bold DejaVu Sans runs about 10% wider than the regular face. */
const boldFactor = 1.1;

function charEm(c: string): number {
  if (narrow.has(c)) return 0.42;
  if (wide.has(c)) return 1;
  if (/[A-Z0-9]/.test(c)) return 0.72;
  return c.charCodeAt(0) < 128 ? 0.64 : 0.8;
}

/**
 * The printed width of one line of DejaVu Sans text, in points, estimated generously from
 * character classes (no font file is read). Used to choose a table's type size.
 */
export function estimateTextWidth(text: string, at: { fontSize: number; bold?: boolean }): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * at.fontSize * (at.bold === true ? boldFactor : 1);
}
