/**
 * Whose person records a person page may show: one force's (`'kent'`, for an analyst's
 * account), or every force's (`null`: the command line and the regional roles).
 */
export type RecordScope = string | null;

/** A force code as a name: `west-mercia` becomes `West Mercia`. */
export function forceName(force: string): string {
  return force
    .split('-')
    .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)
    .join(' ');
}
