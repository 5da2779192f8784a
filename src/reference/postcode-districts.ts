import { dataPath } from '../core/paths.js';
import { readCsvRows, requireColumn, requireNumber } from './csv-file.js';

/** The centroid of one postcode district (outward code), e.g. `MK40`. */
export interface PostcodeDistrict {
  district: string;
  latitude: number;
  longitude: number;
  /** Region label from the source, null where it says `#N/A`; some labels are wrong. */
  region: string | null;
}

/** The default postcode-district file (2,848 districts). */
export const postcodeDistrictsFile = dataPath('reference', 'uk-postcode-districts.csv');

/** Reads uk-postcode-districts.csv; districts are upper-cased, region padding trimmed. */
export function readPostcodeDistricts(path = postcodeDistrictsFile): PostcodeDistrict[] {
  return readCsvRows(path).map((row, i) => {
    const where = { file: path, line: i + 2 };
    return {
      district: requireColumn(row, 'postcode', where).trim().toUpperCase(),
      latitude: requireNumber(row, 'latitude', where),
      longitude: requireNumber(row, 'longitude', where),
      region: regionOf(requireColumn(row, 'region_name', where)),
    };
  });
}

function regionOf(label: string): string | null {
  const region = label.trim();
  return region === '' || region === '#N/A' ? null : region;
}
