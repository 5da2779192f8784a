import { dataPath } from '../core/paths.js';
import { readCsvRows, requireColumn, requireNumber } from './csv-file.js';
import { forceCode } from './force-code.js';

/** Volume-weighted CCHI harm of one data.police.uk category in one force. */
export interface ForceCategoryHarm {
  /** toex force code, e.g. `west-mercia`. */
  force: string;
  crimeType: string;
  /** Harm in days of custody per offence, weighted by the force's volumes. */
  harmDays: number;
}

/** The default force-by-category harm file for the nine region forces. */
export const forceCategoryHarmFile = dataPath('reference', 'cchi-force-category-athena9.csv');

/**
 * Reads cchi-force-category-athena9.csv (9 forces x 13 categories), the fallback harm for
 * occurrences that carry only a data.police.uk category.
 */
export function readForceCategoryHarm(path = forceCategoryHarmFile): ForceCategoryHarm[] {
  return readCsvRows(path).map((row, i) => {
    const where = { file: path, line: i + 2 };
    return {
      force: forceCode(requireColumn(row, 'force', where)),
      crimeType: requireColumn(row, 'crime_type', where),
      harmDays: requireNumber(row, 'cchi_days', where),
    };
  });
}
