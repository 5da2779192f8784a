import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

/** One real data.police.uk row from the compact Bedfordshire copy (no people, no Crime ID). */
export interface StreetRow {
  month: string;
  longitude: string;
  latitude: string;
  location: string;
  lsoa_code: string;
  lsoa_name: string;
  crime_type: string;
  outcome: string;
  is_crime: string;
}

/** The compact copy of Bedfordshire's 36 real months (see data/police-uk/SOURCE.md). */
export const streetFile = dataPath('police-uk', 'bedfordshire', 'street-2021-05-2024-04.csv.gz');

const cache = new Map<string, Map<string, StreetRow[]>>();

/** Reads the compact copy, grouped by month `yyyy-mm` in published order (read once). */
export function readStreetRows(path = streetFile): Map<string, StreetRow[]> {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let rows: StreetRow[];
  try {
    rows = parseStreetCsv(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (error) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read ${path}; restore it from git`, {
      cause: error,
    });
  }
  const byMonth = new Map<string, StreetRow[]>();
  for (const row of rows) {
    const list = byMonth.get(row.month) ?? [];
    list.push(row);
    byMonth.set(row.month, list);
  }
  cache.set(path, byMonth);
  return byMonth;
}

/** Category counts of one month: the template for generated forces' category mix. */
export function categoryCounts(rows: readonly StreetRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.crime_type, (counts.get(row.crime_type) ?? 0) + 1);
  return counts;
}

/** Outcome texts and their counts per category, over all months (blank outcomes kept). */
export function outcomeMix(
  byMonth: Map<string, StreetRow[]>,
): Map<string, { items: string[]; weights: number[] }> {
  const counts = new Map<string, Map<string, number>>();
  for (const rows of byMonth.values()) {
    for (const row of rows) {
      const inner = counts.get(row.crime_type) ?? new Map<string, number>();
      inner.set(row.outcome, (inner.get(row.outcome) ?? 0) + 1);
      counts.set(row.crime_type, inner);
    }
  }
  const mix = new Map<string, { items: string[]; weights: number[] }>();
  for (const [type, inner] of counts) {
    const items = [...inner.keys()].sort();
    mix.set(type, { items, weights: items.map((o) => inner.get(o) ?? 0) });
  }
  return mix;
}

const streetColumns = [
  'month',
  'longitude',
  'latitude',
  'location',
  'lsoa_code',
  'lsoa_name',
].concat(['crime_type', 'outcome', 'is_crime']);

/**
 * Parses the compact copy: a fixed header and RFC 4180 quoting (written by Python's csv
 * module). Hand-rolled because a general parser took seconds on 182k rows.
 */
export function parseStreetCsv(text: string): StreetRow[] {
  const lines = text.split('\n');
  if (lines[0] !== streetColumns.join(',')) {
    throw new Error(`unexpected header ${lines[0]?.slice(0, 80) ?? ''}`);
  }
  const rows: StreetRow[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const f = line.includes('"') ? splitQuoted(line) : line.split(',');
    rows.push({
      month: f[0] ?? '',
      longitude: f[1] ?? '',
      latitude: f[2] ?? '',
      location: f[3] ?? '',
      lsoa_code: f[4] ?? '',
      lsoa_name: f[5] ?? '',
      crime_type: f[6] ?? '',
      outcome: f[7] ?? '',
      is_crime: f[8] ?? '',
    });
  }
  return rows;
}

function splitQuoted(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') [field, i] = [field + '"', i + 1];
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) [fields[fields.length], field] = [field, ''];
    else field += c;
  }
  fields.push(field);
  return fields;
}
