/**
 * UK postcode normalisation. A full postcode is an outward code (area + district: `A9`, `A99`,
 * `AA9`, `AA99`, `A9A` or `AA9A`) and an inward code (sector digit + unit: `9AA`), written with
 * one space between them (structure as in BS 7666 and the ONS Postcode Directory user guide,
 * https://geoportal.statistics.gov.uk/ search "ONSPD user guide"). Extracts also carry
 * partial postcodes: the outward code alone (`LU1`) or the sector (`LU1 3`).
 */

const outward = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const inward = /^[0-9][A-Z]{2}$/;
const sectorDigit = /^[0-9]$/;

/** Upper-cases and puts exactly one space between outward and inward code; `undefined` if not a postcode. */
export function normalisePostcode(text: string): string | undefined {
  const parts = text.toUpperCase().trim().split(/\s+/);
  if (parts.length === 2) return splitGiven(parts[0] ?? '', parts[1] ?? '');
  const compact = parts.join('');
  if (compact.length === 0) return undefined;
  if (outward.test(compact)) return compact;
  const full = splitAt(compact, compact.length - 3, inward);
  if (full !== undefined) return full;
  return splitAt(compact, compact.length - 1, sectorDigit);
}

/** When the writer put a space in, trust it: `LU1 3` is a sector, `LU13` a district. */
function splitGiven(head: string, rest: string): string | undefined {
  if (!outward.test(head)) return undefined;
  return inward.test(rest) || sectorDigit.test(rest) ? `${head} ${rest}` : undefined;
}

function splitAt(compact: string, at: number, tail: RegExp): string | undefined {
  if (at < 2) return undefined;
  const head = compact.slice(0, at);
  const rest = compact.slice(at);
  return outward.test(head) && tail.test(rest) ? `${head} ${rest}` : undefined;
}

/** The outward code (postcode district) of a full or partial postcode, e.g. `LU1`. */
export function postcodeDistrict(text: string): string | undefined {
  const normal = normalisePostcode(text);
  if (normal === undefined) return undefined;
  const space = normal.indexOf(' ');
  return space < 0 ? normal : normal.slice(0, space);
}

/** The postcode sector, e.g. `LU1 3`; `undefined` for an outward code alone. */
export function postcodeSector(text: string): string | undefined {
  const normal = normalisePostcode(text);
  if (normal === undefined) return undefined;
  const space = normal.indexOf(' ');
  return space < 0 ? undefined : normal.slice(0, space + 2);
}
