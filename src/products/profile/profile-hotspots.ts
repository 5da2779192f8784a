import { loadSql } from '../../models/index.js';
import type { Store } from '../../store/store.js';
import type { DateSpan } from './period.js';
import type { HotspotArea } from './profile-types.js';

interface HotspotRow {
  district?: string;
  area: string;
  occurrences: number;
  area_rank: number;
  street: string;
  street_occurrences: number;
}

/**
 * Postcode districts or sectors ranked by VAWG occurrences in the period (ties at rank
 * `top` all kept), each with its top `streets` streets.
 */
export async function hotspots(
  store: Store,
  spec: { period: DateSpan; level: 'district' | 'sector'; top: number; streets: number },
): Promise<HotspotArea[]> {
  const rows = await store.query<HotspotRow>(loadSql('products', 'profile-hotspot'), {
    from: spec.period.from,
    to: spec.period.to,
    level: spec.level,
    top: spec.top,
    streets: spec.streets,
  });
  return groupAreas(rows);
}

/**
 * Every sector of the top `top` districts (ties kept), ranked within its district, each with
 * its top `streets` streets: the drill-down from a listed district to all its sectors.
 */
export async function districtSectors(
  store: Store,
  spec: { period: DateSpan; top: number; streets: number },
): Promise<HotspotArea[]> {
  const rows = await store.query<HotspotRow>(loadSql('products', 'profile-hotspot-sectors'), {
    from: spec.period.from,
    to: spec.period.to,
    top: spec.top,
    streets: spec.streets,
  });
  return groupAreas(rows);
}

function groupAreas(rows: readonly HotspotRow[]): HotspotArea[] {
  const areas = new Map<string, HotspotArea>();
  for (const r of rows) {
    let area = areas.get(r.area);
    if (area === undefined) {
      const within = r.district === undefined ? {} : { district: r.district };
      area = {
        rank: r.area_rank,
        area: r.area,
        occurrences: r.occurrences,
        ...within,
        streets: [],
      };
      areas.set(r.area, area);
    }
    area.streets.push({ street: r.street, occurrences: r.street_occurrences });
  }
  return [...areas.values()];
}
