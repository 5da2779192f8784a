import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import { ingestExtract } from './index.js';
import { scanCsv } from './csv-scan.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');

async function loadBoth(folder: string) {
  const out = [];
  for (const stagePath of ['duckdb', 'records'] as const) {
    const store = await Store.open(':memory:', { threads: 1 });
    try {
      const outcome = await ingestExtract(store, folder, { stagePath });
      const rows = await store.query(
        `SELECT 'o' AS t, CAST(o AS VARCHAR) AS r FROM (SELECT * EXCLUDE (loaded_at) FROM occurrence) o
         UNION ALL SELECT 'q', CAST(q AS VARCHAR) FROM (SELECT * EXCLUDE (loaded_at) FROM quarantine) q
         ORDER BY ALL`,
      );
      out.push({
        files: outcome.files.map(({ stagedBy: _, ...f }) => f),
        rows,
        by: outcome.files.map((f) => f.stagedBy),
      });
    } finally {
      store.close();
    }
  }
  return out;
}

describe('the DuckDB path and the record-by-record path agree', () => {
  it.each(['good', 'bad', 'adversarial', 'newer'])('on the %s fixture', async (name) => {
    const [fast, records] = await loadBoth(join(fixtures, name));
    expect({ ...fast, by: [] }).toEqual({ ...records, by: [] });
    expect(records?.by.every((b) => b === 'records')).toBe(true);
    if (name !== 'bad') expect(fast?.by.every((b) => b === 'duckdb')).toBe(true);
  });

  it('on field-count errors after multi-line quoted fields (exact lines)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toex-paths-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        schema: 1,
        force: 'kent',
        extract_id: 'paths-1',
        extracted_at: '2024-05-02T02:00:00Z',
        period_from: '2024-05-01',
        period_to: '2024-05-31',
      }),
    );
    const csv = [
      'occurrence_ref,occurred_from,crime_type,summary',
      'K1,01/05/2024,Theft,"two\nlines"',
      'K2,01/05/2024,Theft',
      'K3,01/05/2024,Theft,"three\r\nline\nsummary",surplus',
      'K4,31/04/2024,Theft,x',
      'K5,2024-05-01T10:00,Theft,"a ""quoted"" word"',
      'K6,01/05/2024,,y',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'occurrences.csv'), csv);
    expect(scanCsv(join(dir, 'occurrences.csv')).fault).toBeUndefined();
    const [fast, records] = await loadBoth(dir);
    expect({ ...fast, by: [] }).toEqual({ ...records, by: [] });
    expect(fast?.by).toEqual(['duckdb']);
    const lines = fast?.files[0]?.problems.map((p) => `${p.line}:${p.rule}`);
    expect(lines).toEqual([
      '4:field-count',
      '5:field-count',
      '8:date-format',
      '10:offence-missing',
    ]);
  });
});
