/** A row with its competition rank (1, 2, 2, 4, ...) in a ranking. */
export type Ranked<TRow> = TRow & { rank: number };

/**
 * The top `n` rows by `measure` (highest first), keeping every row tied at the cut-off: with
 * n = 10 and three rows sharing rank 10, all three are listed. Rows whose measure is null
 * (unknown) are left out, not ranked as zero. Equal measures are ordered by `tieKey`.
 */
export function topWithTies<TRow>(
  rows: readonly TRow[],
  spec: { n: number; measure: (row: TRow) => number | null; tieKey: (row: TRow) => string },
): Ranked<TRow>[] {
  const known = rows.filter((r) => spec.measure(r) !== null);
  const sorted = [...known].sort(
    (a, b) =>
      (spec.measure(b) ?? 0) - (spec.measure(a) ?? 0) ||
      spec.tieKey(a).localeCompare(spec.tieKey(b)),
  );
  const out: Ranked<TRow>[] = [];
  let rank = 0;
  let previous: number | null = null;
  for (const [i, row] of sorted.entries()) {
    const value = spec.measure(row);
    if (value !== previous) rank = i + 1;
    if (rank > spec.n) break;
    out.push({ ...row, rank });
    previous = value;
  }
  return out;
}
