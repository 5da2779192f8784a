/**
 * Keeps an offence code consistent with its victim: several codes name the victim's sex
 * and age band (Home Office offence codes, data/reference/offence-codes.csv), e.g. 19C
 * rape of a female aged 16 and over against 19D rape of a female child under 16.
 */
const rape = { F: ['19E', '19D', '19C'], M: ['19H', '19G', '19F'] } as const;
const sexualAssault = { F: ['20B', '20A', '20A'], M: ['17B', '17A', '17A'] } as const;
const rapeCodes = new Set<string>([...rape.F, ...rape.M]);
const assaultCodes = new Set<string>([...sexualAssault.F, ...sexualAssault.M]);

/** Codes whose victim must be a child: the oldest age (years) such a victim can be. */
const childCodes: Record<string, number> = {
  '19D': 15,
  '19E': 12,
  '19G': 15,
  '19H': 12,
  '20B': 12,
  '17B': 12,
  '21': 12,
  '22B': 15,
  '11A': 15,
  '13': 15,
  '71': 17,
  '88A': 15,
};

/** The oldest a victim of this code can be, or undefined when any age fits. */
export function maxVictimAge(hoCode: string): number | undefined {
  return childCodes[hoCode];
}

/** The code of the same family that fits a victim's sex (M or F) and age. */
export function fitCodeToVictim(hoCode: string, gender: string, age: number): string {
  const sex = gender === 'M' ? 'M' : 'F';
  const band = age < 13 ? 0 : age < 16 ? 1 : 2;
  if (rapeCodes.has(hoCode)) return rape[sex][band];
  if (assaultCodes.has(hoCode)) return sexualAssault[sex][band];
  const max = childCodes[hoCode];
  if (max !== undefined && age > max) return '105A';
  return hoCode;
}
