import { dataPath } from '../core/paths.js';
import { readCsvRows, requireColumn } from './csv-file.js';

/** One ethnicity code of the 18+1 classification and its description, e.g. `A2`. */
export interface EthnicityCode {
  code: string;
  description: string;
}

/**
 * The default ethnicity file: the 18 ethnic groups of the ONS 2011 Census plus `NS` (not
 * stated), coded as police record self-defined ethnicity (the "18+1" codes).
 */
export const ethnicityCodesFile = dataPath('reference', 'ethnicity-18plus1.csv');

/** Reads ethnicity-18plus1.csv; codes are upper-cased, descriptions trimmed. */
export function readEthnicityCodes(path = ethnicityCodesFile): EthnicityCode[] {
  return readCsvRows(path).map((row, i) => {
    const where = { file: path, line: i + 2 };
    return {
      code: requireColumn(row, 'code', where).trim().toUpperCase(),
      description: requireColumn(row, 'description', where).trim(),
    };
  });
}
