import { dataPath } from '../core/paths.js';
import { readCsvRows, requireColumn, requireNumber } from './csv-file.js';

/** Median CCHI harm and national volume of one police-recorded-crime subgroup. */
export interface SubgroupMedian {
  /** The data.police.uk category the subgroup falls in. */
  crimeType: string;
  prcSubgroup: string;
  /** Median Cambridge Crime Harm Index harm, in days of custody (an approximation per code). */
  harmDays: number;
  /** Police-recorded offences in England and Wales, April 2024 to March 2025. */
  nationalCount2024To25: number;
}

/** The default subgroup-median file (CCHI 2026 update, reduced to subgroup medians). */
export const subgroupMediansFile = dataPath('reference', 'cchi-subgroup-medians.csv');

/** Reads cchi-subgroup-medians.csv: 23 subgroups in the shipped file. */
export function readSubgroupMedians(path = subgroupMediansFile): SubgroupMedian[] {
  return readCsvRows(path).map((row, i) => {
    const where = { file: path, line: i + 2 };
    return {
      crimeType: requireColumn(row, 'category', where),
      prcSubgroup: requireColumn(row, 'prc_subgroup', where),
      harmDays: requireNumber(row, 'cchi_days', where),
      nationalCount2024To25: requireNumber(row, 'national_count_2024_25', where),
    };
  });
}
