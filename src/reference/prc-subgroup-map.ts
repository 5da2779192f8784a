/**
 * How each offence subgroup maps to the CCHI / police-recorded-crime subgroup names of
 * cchi-subgroup-medians.csv. The ONS 2017-18 names differ from the current ones for burglary
 * ("Domestic" is now "Residential") and vehicle offences (three 2017-18 subgroups, one now).
 * Judgement, recorded in data/reference/SOURCES.md.
 */
const subgroupToPrc: Record<string, string> = {
  Homicide: 'Homicide',
  'Violence with injury': 'Violence with injury',
  'Violence without injury': 'Violence without injury',
  'Stalking and harassment': 'Stalking and harassment',
  Rape: 'Rape offences',
  'Other sexual offences': 'Other sexual offences',
  'Public order offences': 'Public order offences',
  'Trafficking of drugs': 'Trafficking of drugs',
  'Possession of drugs': 'Possession of drugs',
  'Domestic burglary': 'Residential burglary',
  'Non-domestic burglary': 'Non-residential burglary',
  'Theft from the person': 'Theft from the person',
  'Theft of a motor vehicle': 'Vehicle offences',
  'Theft from a vehicle': 'Vehicle offences',
  'Vehicle interference': 'Vehicle offences',
  'Bicycle theft': 'Bicycle theft',
  Shoplifting: 'Shoplifting',
  'Other theft offences': 'Other theft offences',
  'Miscellaneous crimes against society': 'Miscellaneous crimes against society',
  'Criminal damage': 'Criminal damage',
  Arson: 'Arson',
  'Possession of weapons offences': 'Possession of weapons offences',
  'Robbery of business property': 'Robbery of business property',
  'Robbery of personal property': 'Robbery of personal property',
};

/**
 * Codes the 2017-18 file keeps under "Violence with injury" whose labels name a death or
 * serious injury caused by driving; CCHI / current tables count them as their own subgroup.
 */
const unlawfulDrivingCodes = new Set(['4.4', '4.6', '4.8', '4.9', '37.1']);

/** The CCHI subgroup of a Home Office code in an offence subgroup, or undefined if unmapped. */
export function prcSubgroupFor(hoCode: string, subgroup: string): string | undefined {
  if (unlawfulDrivingCodes.has(hoCode)) return 'Death or serious injury - unlawful driving';
  return subgroupToPrc[subgroup];
}
