import type { Random } from '../core/random.js';
import type { District, ForceAreas } from './force-areas.js';
import { randomStreet } from './identity.js';
import type { StreetRow } from './street-rows.js';

/** The where and what of one occurrence before codes, times and people are added. */
export interface Skeleton {
  crimeType: string;
  isCrime: 'Y' | 'N';
  /** Outcome from the real row; undefined = draw one from the real mix. */
  outcome?: string;
  latitude: string;
  longitude: string;
  location: string;
  lsoaCode: string;
  lpc: string;
  district: District;
}

const bedsAreas: [string, string][] = [
  ['Central Bedfordshire ', 'Central Bedfordshire'],
  ['Bedford ', 'Bedford'],
  ['Luton ', 'Luton'],
];

/** A real Bedfordshire row as a skeleton: lpc from its LSOA name, else from coordinates. */
export function streetSkeleton(row: StreetRow, areas: ForceAreas, random: Random): Skeleton {
  const named = bedsAreas.find(([prefix]) => row.lsoa_name.startsWith(prefix))?.[1];
  const hasPoint = row.latitude !== '' && row.longitude !== '';
  let district: District;
  if (hasPoint) {
    district = areas.nearest(
      'bedfordshire',
      { latitude: Number(row.latitude), longitude: Number(row.longitude) },
      named,
    );
  } else {
    district = areas.pick('bedfordshire', random, named);
  }
  return {
    crimeType: row.crime_type,
    isCrime: row.is_crime === 'N' ? 'N' : 'Y',
    outcome: row.outcome,
    latitude: row.latitude,
    longitude: row.longitude,
    location: row.location,
    lsoaCode: row.lsoa_code,
    lpc: named ?? district.lpc,
    district,
  };
}

/** A generated skeleton in a random district of the force (or of one policing area). */
export function generatedSkeleton(
  o: { force: string; crimeType: string; lpc?: string },
  areas: ForceAreas,
  random: Random,
): Skeleton {
  const district = areas.pick(o.force, random, o.lpc);
  const jitter = (): number => (random.next() - 0.5) * 0.04;
  return {
    crimeType: o.crimeType,
    isCrime: o.crimeType === 'Anti-social behaviour' ? 'N' : 'Y',
    latitude: (district.latitude + jitter()).toFixed(6),
    longitude: (district.longitude + jitter() * 1.6).toFixed(6),
    location: `On or near ${randomStreet(random)}`,
    lsoaCode: '',
    lpc: district.lpc,
    district,
  };
}

/**
 * Real rows at a scale: whole copies for the integer part, then an exact-size ordered
 * sample (selection sampling) for the fraction, so a month keeps round(n * scale) rows.
 */
export function sampleRows<T>(rows: readonly T[], scale: number, random: Random): T[] {
  const whole = Math.floor(scale);
  const out: T[] = [];
  for (let c = 0; c < whole; c += 1) out.push(...rows);
  let need = Math.round(rows.length * scale) - rows.length * whole;
  for (let i = 0; i < rows.length && need > 0; i += 1) {
    if (random.next() * (rows.length - i) < need) {
      out.push(rows[i] as T);
      need -= 1;
    }
  }
  return out;
}

/**
 * Category counts of a generated month: `total` split by the template's proportions with
 * the largest-remainder rule (so the counts add up exactly).
 */
export function splitByTemplate(template: Map<string, number>, total: number): [string, number][] {
  const types = [...template.keys()].sort();
  const sum = types.reduce((s, t) => s + (template.get(t) ?? 0), 0);
  const exact = types.map((t) => ((template.get(t) ?? 0) * total) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return types.map((t, i) => [t, counts[i] ?? 0]);
}
