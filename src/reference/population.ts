import { dataPath } from '../core/paths.js';
import { readCsvRows, requireNumber } from './csv-file.js';
import { forceCode } from './force-code.js';

/** ONS mid-year population of one police force area in one year. */
export interface ForcePopulation {
  /** toex force code, e.g. `west-mercia`, `metropolitan-police`. */
  force: string;
  year: number;
  population: number;
}

/** The default population file: ONS mid-year estimates 2009-2019 (the last year is 2019). */
export const populationFile = dataPath('reference', 'pfa-population-2009-2019.csv');

/** Reads pfa-population-2009-2019.csv (one row per year, one column per force) as long rows. */
export function readPopulation(path = populationFile): ForcePopulation[] {
  const out: ForcePopulation[] = [];
  readCsvRows(path).forEach((row, i) => {
    const where = { file: path, line: i + 2 };
    const year = requireNumber(row, 'year', where);
    for (const column of Object.keys(row)) {
      if (column === 'year') continue;
      const population = requireNumber(row, column, where);
      out.push({ force: forceCode(column), year, population });
    }
  });
  return out;
}

/**
 * The population of `force` in `year`, or of the latest earlier year on file (the file ends
 * in 2019, so 2023 uses 2019). Undefined when the force is unknown or `year` precedes 2009.
 */
export function populationIn(
  rows: readonly ForcePopulation[],
  query: { force: string; year: number },
): ForcePopulation | undefined {
  let best: ForcePopulation | undefined;
  for (const row of rows) {
    if (row.force !== query.force || row.year > query.year) continue;
    if (best === undefined || row.year > best.year) best = row;
  }
  return best;
}
