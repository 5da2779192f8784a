import { regionForces } from '../core/record-schema.js';

/** Short force prefixes used in synthetic references (e.g. `SYN-BD-000123`). */
export const forcePrefix: Record<(typeof regionForces)[number], string> = {
  bedfordshire: 'BD',
  cambridgeshire: 'CB',
  essex: 'EX',
  hertfordshire: 'HT',
  kent: 'KT',
  norfolk: 'NK',
  suffolk: 'SK',
  warwickshire: 'WK',
  'west-mercia': 'WM',
};

/** The region's forces in a fixed order. */
export const synthForces = [...regionForces];

/** The prefix of a force code of the region. */
export function prefixOf(force: string): string {
  return (forcePrefix as Record<string, string>)[force] ?? 'XX';
}
