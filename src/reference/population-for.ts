import type { Store } from '../store/store.js';

/** A force's population as used for rates: the year asked for, or the latest before it. */
export interface PopulationFor {
  force: string;
  /** The year the figure is for; earlier than asked when the file has no later year. */
  year: number;
  population: number;
}

/**
 * The ONS mid-year population of `force` for `year`, from `ref_population`, falling back to
 * the latest year on file at or before `year` (the shipped file ends in 2019, so a 2023 rate
 * uses 2019). Undefined when the force is unknown or `year` precedes the first year (2009).
 *
 * SQL: `SELECT ... FROM ref_population WHERE force = ? AND year <= ? ORDER BY year DESC LIMIT 1`
 */
export async function populationFor(
  store: Store,
  force: string,
  year: number,
): Promise<PopulationFor | undefined> {
  const rows = await store.query<PopulationFor>(
    `SELECT force, year, population FROM ref_population
     WHERE force = ? AND year <= ? ORDER BY year DESC LIMIT 1`,
    [force, year],
  );
  return rows[0];
}
