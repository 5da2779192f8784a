import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestAll, firstFailure } from '../../src/ingest/index.js';
import { count, fixture, withStore } from './helpers.js';

// Regressions found by hostile input: each of these once loaded "ok" and lost data.
describe('extracts whose shape is wrong are refused, not loaded as empty', () => {
  const dirs: string[] = [];
  const copyOfGood = (change: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'toex-shape-'));
    dirs.push(dir);
    cpSync(fixture('good'), dir, { recursive: true });
    change(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('an empty occurrences.csv (no header row) is a schema mismatch', async () => {
    const dir = copyOfGood((d) => writeFileSync(join(d, 'occurrences.csv'), ''));
    await withStore(async (store) => {
      const report = await ingestAll(store, [dir]);
      const file = report.extracts[0]?.files.find((f) => f.file === 'occurrences.csv');
      expect(file?.errorCode).toBe('SCHEMA_MISMATCH');
      expect(file?.problems[0]?.message).toContain(
        'occurrences.csv is empty: it has no header row',
      );
      expect(await count(store, 'extract')).toBe(0);
    });
  });

  it('a manifest naming an unknown force is refused, listing the known codes', async () => {
    const dir = copyOfGood((d) => {
      const path = join(d, 'manifest.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('bedfordshire', 'bedfordshir'));
    });
    await withStore(async (store) => {
      const report = await ingestAll(store, [dir]);
      expect(firstFailure(report)).toBe('SCHEMA_MISMATCH');
      expect(JSON.stringify(report)).toContain('force \\"bedfordshir\\" is not a known force code');
      expect(await count(store, 'occurrence')).toBe(0);
    });
  });

  it('occurrences with neither ho_code nor crime_type columns are a schema mismatch', async () => {
    const dir = copyOfGood((d) => {
      const path = join(d, 'occurrences.csv');
      const [header = '', ...rows] = readFileSync(path, 'utf8').split('\n');
      writeFileSync(
        path,
        [header.replace('HO_CODE', 'code_ho').replace('crime_type', 'type_of_crime'), ...rows].join(
          '\n',
        ),
      );
    });
    await withStore(async (store) => {
      const report = await ingestAll(store, [dir]);
      const file = report.extracts[0]?.files.find((f) => f.file === 'occurrences.csv');
      expect(file?.errorCode).toBe('SCHEMA_MISMATCH');
      expect(file?.problems[0]?.message).toContain('neither ho_code nor crime_type is present');
    });
  });

  it('a Latin-1 name is quarantined as not UTF-8, and the other rows load', async () => {
    const dir = copyOfGood((d) => {
      const path = join(d, 'persons.csv');
      const text = readFileSync(path, 'latin1').replace('TESTPERSON,ALPHA', 'M\u00fcller,ALPHA');
      writeFileSync(path, Buffer.from(text, 'latin1')); // 0xFC alone: not valid UTF-8
    });
    await withStore(async (store) => {
      const report = await ingestAll(store, [dir]);
      const file = report.extracts[0]?.files.find((f) => f.file === 'persons.csv');
      expect(file).toMatchObject({ status: 'partial', quarantined: 1 });
      const rows = await store.query(
        "SELECT source_line, rule, value FROM quarantine WHERE source_file = 'persons.csv'",
      );
      expect(rows).toEqual([{ source_line: 2, rule: 'not-utf8', value: null }]);
      expect(await count(store, 'person')).toBe((file?.rowsRead ?? 0) - 1);
    });
  });
});
