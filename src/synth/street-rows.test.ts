import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Random } from '../core/random.js';
import { sampleRows } from './occurrence-skeleton.js';
import { parseStreetCsv, readStreetRows } from './street-rows.js';

const header = 'month,longitude,latitude,location,lsoa_code,lsoa_name,crime_type,outcome,is_crime';

describe('compact Bedfordshire copy', () => {
  const months = readStreetRows();

  it('keeps every real row of a month: 2021-05 has 5,082 rows (wc -l 5083 minus header)', () => {
    // Hand-computed: `wc -l /work/shared/data/police-uk/bedfordshire/2021-05-bedfordshire-street.csv`
    expect(months.get('2021-05')).toHaveLength(5082);
    expect(sampleRows(months.get('2021-05') ?? [], 1, Random.fromSeed(1))).toHaveLength(5082);
    const real = '/work/shared/data/police-uk/bedfordshire/2023-01-bedfordshire-street.csv';
    if (existsSync(real)) {
      const lines = readFileSync(real, 'utf8')
        .split('\n')
        .filter((l) => l !== '').length;
      expect(months.get('2023-01')).toHaveLength(lines - 1);
    }
  });

  it('holds the 36 months and marks anti-social behaviour as not a crime', () => {
    expect(months.size).toBe(36);
    const rows = months.get('2022-06') ?? [];
    for (const row of rows)
      expect(row.is_crime).toBe(row.crime_type === 'Anti-social behaviour' ? 'N' : 'Y');
  });

  it('parses quoted fields with commas and doubled quotes', () => {
    const text = `${header}\n2021-05,-0.4,52.1,"On or near ""A"", B",E01,Bedford 001A,Drugs,,Y\n`;
    const [row] = parseStreetCsv(text);
    expect(row?.location).toBe('On or near "A", B');
    expect(row?.crime_type).toBe('Drugs');
  });
});
