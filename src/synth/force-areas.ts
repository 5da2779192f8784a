import { dataPath } from '../core/paths.js';
import type { Random } from '../core/random.js';
import { readCsvRows } from '../reference/csv-file.js';

/** A postcode district inside a force (data/synth/force-postcode-areas.csv; approximate). */
export interface District {
  force: string;
  district: string;
  lpc: string;
  latitude: number;
  longitude: number;
}

/** Postcode districts of each force of the region, with their policing area (lpc). */
export class ForceAreas {
  private readonly byForce = new Map<string, District[]>();

  constructor(rows: readonly District[]) {
    for (const row of rows) {
      const list = this.byForce.get(row.force) ?? [];
      list.push(row);
      this.byForce.set(row.force, list);
    }
  }

  /** Reads data/synth/force-postcode-areas.csv. */
  static read(): ForceAreas {
    const rows = readCsvRows(dataPath('synth', 'force-postcode-areas.csv')).map((r) => ({
      force: r['force'] ?? '',
      district: r['district'] ?? '',
      lpc: r['lpc'] ?? '',
      latitude: Number(r['latitude']),
      longitude: Number(r['longitude']),
    }));
    return new ForceAreas(rows);
  }

  /** The districts of a force (never empty for a region force). */
  districts(force: string): District[] {
    const list = this.byForce.get(force);
    if (list === undefined || list.length === 0) throw new RangeError(`no districts for ${force}`);
    return list;
  }

  /** The force's district nearest to a point, optionally within one policing area. */
  nearest(force: string, point: { latitude: number; longitude: number }, lpc?: string): District {
    const { latitude, longitude } = point;
    const all = this.districts(force);
    const inArea = lpc === undefined ? all : all.filter((d) => d.lpc === lpc);
    const list = inArea.length > 0 ? inArea : all;
    let best = list[0] as District;
    let bestDistance = Infinity;
    for (const d of list) {
      const dx = (d.longitude - longitude) * 0.62;
      const dy = d.latitude - latitude;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) [best, bestDistance] = [d, distance];
    }
    return best;
  }

  /** A random district of the force, optionally inside one policing area. */
  pick(force: string, random: Random, lpc?: string): District {
    const all = this.districts(force);
    const inArea = lpc === undefined ? all : all.filter((d) => d.lpc === lpc);
    return random.pick(inArea.length > 0 ? inArea : all);
  }

  /** The policing areas of a force, sorted. */
  lpcs(force: string): string[] {
    return [...new Set(this.districts(force).map((d) => d.lpc))].sort();
  }
}

const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';

/** A full postcode in a district: outward code, space, digit and two inward letters. */
export function postcodeIn(district: string, random: Random): string {
  const a = inwardLetters[random.int(inwardLetters.length)] ?? 'A';
  const b = inwardLetters[random.int(inwardLetters.length)] ?? 'B';
  return `${district} ${random.int(10)}${a}${b}`;
}
