import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAll, ingestExtract, firstFailure } from '../../src/ingest/index.js';
import { count, fixture, storeChecksum, withStore } from './helpers.js';

describe('ingestExtract: a good extract', () => {
  it('loads every row with exact counts, provenance and derived columns', async () => {
    await withStore(async (store) => {
      const outcome = await ingestExtract(store, fixture('good'));
      expect(outcome.status).toBe('loaded');
      expect(
        outcome.files.map((f) => [f.file, f.status, f.rowsRead, f.loaded, f.quarantined]),
      ).toEqual([
        ['occurrences.csv', 'ok', 3, 3, 0],
        ['persons.csv', 'ok', 2, 2, 0],
        ['involvements.csv', 'ok', 3, 3, 0],
        ['addresses.csv', 'ok', 1, 1, 0],
        ['links.csv', 'ok', 1, 1, 0],
      ]);
      const occ = await store.query(
        `SELECT occurrence_ref, occurred_from, ho_code, da_flag, is_crime, postcode, postcode_district,
                postcode_sector, CAST(extras AS VARCHAR) AS extras, summary, source_line, extract_id
         FROM occurrence ORDER BY source_line`,
      );
      expect(occ[0]).toMatchObject({
        occurrence_ref: '14/22',
        occurred_from: '2024-05-01 13:45:00',
        da_flag: true,
        is_crime: true,
        postcode: 'LU1 3JX',
        postcode_district: 'LU1',
        postcode_sector: 'LU1 3',
        extras: '{"beat_code":"B1"}',
        summary: 'Said "stop"; DROP TABLE occurrence;--',
        source_line: 2,
        extract_id: 'test-2024-05-01',
      });
      expect(occ[1]).toMatchObject({ occurrence_ref: '0015/22', ho_code: '105A', da_flag: false });
      expect(occ[2]).toMatchObject({
        summary: 'multi\r\nline summary',
        source_line: 4,
        postcode_district: 'LU1',
        postcode_sector: null,
      });
      const person = await store.one(
        'SELECT gender, date_of_birth FROM person WHERE person_ref = $r',
        { r: 'P002' },
      );
      expect(person).toEqual({ gender: 'M', date_of_birth: '1985-12-31' });
      const address = await store.one('SELECT address_type, postcode_district FROM address');
      expect(address).toEqual({ address_type: 'home', postcode_district: 'LU1' });
      expect(await count(store, 'load_file')).toBe(5);
    });
  });

  it('loading the same extract twice changes nothing', async () => {
    await withStore(async (store) => {
      await ingestExtract(store, fixture('good'));
      const before = await storeChecksum(store);
      const again = await ingestExtract(store, fixture('good'));
      expect(again.status).toBe('already-loaded');
      expect(await storeChecksum(store)).toEqual(before);
    });
  });
});

describe('ingestExtract: bad rows are quarantined, good rows load', () => {
  it('counts and rules per row', async () => {
    await withStore(async (store) => {
      const outcome = await ingestExtract(store, fixture('bad'));
      const [occ, , inv] = outcome.files;
      expect(occ).toMatchObject({
        status: 'partial',
        rowsRead: 11,
        loaded: 1,
        // Lines 2-7, 10, 11, 12 (line 10 repeats B7 with another date: quarantined); line 9
        // repeats line 8 exactly: a duplicate.
        quarantined: 9,
        duplicate: 1,
        skipped: 0,
      });
      expect(inv).toMatchObject({
        status: 'partial',
        rowsRead: 4,
        loaded: 1,
        quarantined: 3,
        duplicate: 0,
      });
      const rules = await store.query<{
        source_file: string;
        source_line: number;
        rule: string;
        column_name: string | null;
      }>(
        'SELECT source_file, source_line, rule, column_name FROM quarantine ORDER BY source_file DESC, source_line',
      );
      expect(
        rules.map((r) => `${r.source_file}:${r.source_line}:${r.rule}:${r.column_name ?? ''}`),
      ).toEqual([
        'persons.csv:3:date-format:date_of_birth',
        'occurrences.csv:2:date-format:occurred_from',
        'occurrences.csv:3:date-format:occurred_from',
        'occurrences.csv:4:date-format:occurred_from',
        'occurrences.csv:5:unknown-ho-code:ho_code',
        'occurrences.csv:6:offence-missing:ho_code',
        'occurrences.csv:7:field-count:',
        'occurrences.csv:10:duplicate-key:occurrence_ref',
        'occurrences.csv:11:stray-quote:',
        'occurrences.csv:12:unterminated-quote:',
        'involvements.csv:3:unknown-person:person_ref',
        'involvements.csv:4:unknown-occurrence:occurrence_ref',
        'involvements.csv:5:enum-value:role',
      ]);
      const first = await store.one<{
        value: string;
        value_position: string;
        expected: string;
        raw: string;
      }>(
        "SELECT value, value_position, expected, CAST(raw_record AS VARCHAR) AS raw FROM quarantine WHERE source_line = 2 AND source_file = 'occurrences.csv'",
      );
      expect(first).toEqual({
        value: '31/02/2024',
        value_position: 'field 2 of 4, characters 4-13',
        expected: 'a date dd/mm/yyyy or yyyy-mm-dd, optionally with HH:MM or HH:MM:SS',
        raw: '{"occurrence_ref":"B1","occurred_from":"31/02/2024","ho_code":"8L","crime_type":""}',
      });
      expect(occ?.problems[0]?.message).toBe(
        'occurrences.csv line 2 column occurred_from (value "31/02/2024"): date-format; expected a date dd/mm/yyyy or yyyy-mm-dd, optionally with HH:MM or HH:MM:SS',
      );
    });
  });

  it('never copies a personal value into quarantine or messages', async () => {
    await withStore(async (store) => {
      const outcome = await ingestAll(store, [fixture('bad')]);
      const persons = outcome.extracts[0]?.files[1];
      expect(persons).toMatchObject({
        file: 'persons.csv',
        rowsRead: 2,
        loaded: 1,
        quarantined: 1,
      });
      const row = await store.one(
        "SELECT column_name, value, value_position, rule FROM quarantine WHERE source_file = 'persons.csv'",
      );
      expect(row).toEqual({
        column_name: 'date_of_birth',
        value: null,
        value_position: 'field 3 of 3, characters 15-24',
        rule: 'date-format',
      });
      expect(JSON.stringify(outcome)).not.toMatch(/31\/02\/1990|TESTPERSON/);
    });
  });
});

describe('ingestExtract: schema problems', () => {
  it('rejects a file with a renamed header, naming the close match', async () => {
    await withStore(async (store) => {
      const report = await ingestAll(store, [fixture('renamed')]);
      const file = report.extracts[0]?.files[0];
      expect(file?.status).toBe('failed');
      expect(file?.errorCode).toBe('SCHEMA_MISMATCH');
      expect(file?.problems[0]?.message).toContain(
        'required column occurrence_ref is missing (did you mean "occurence_ref"?',
      );
      expect(firstFailure(report)).toBe('SCHEMA_MISMATCH');
      expect(report.extracts[0]?.status).toBe('failed');
      expect(report.extracts[0]?.message).toMatch(/nothing of this extract was loaded/);
      expect(await count(store, 'extract')).toBe(0);
      expect(await count(store, 'occurrence')).toBe(0);
    });
  });

  it('loads nothing of an extract when one of its files is rejected whole', async () => {
    // The bad fixture (rows to quarantine in every file) with its persons header renamed.
    const dir = mkdtempSync(join(tmpdir(), 'toex-atomic-'));
    cpSync(fixture('bad'), dir, { recursive: true });
    const persons = join(dir, 'persons.csv');
    writeFileSync(persons, readFileSync(persons, 'utf8').replace('person_ref', 'persn_ref'));
    await withStore(async (store) => {
      const before = await storeChecksum(store);
      const report = await ingestAll(store, [dir]);
      const extract = report.extracts[0];
      expect(extract?.status).toBe('failed');
      expect(extract?.errorCode).toBe('SCHEMA_MISMATCH');
      expect(extract?.files.map((f) => [f.file, f.status, f.loaded])).toEqual([
        ['occurrences.csv', 'not-loaded', 0],
        ['persons.csv', 'failed', 0],
        ['involvements.csv', 'not-loaded', 0],
      ]);
      expect(await storeChecksum(store)).toEqual(before);
      expect(await count(store, 'quarantine')).toBe(0);
      // The fixed extract then loads as usual.
      const fixed = await ingestExtract(store, fixture('bad'));
      expect(fixed.status).toBe('loaded');
    });
  });

  it('reports a missing manifest as a failed extract', async () => {
    await withStore(async (store) => {
      const report = await ingestAll(store, [fixture('police-uk')]);
      expect(report.extracts[0]).toMatchObject({ status: 'failed', errorCode: 'NOT_FOUND' });
    });
  });
});

describe('ingestExtract: successive extracts', () => {
  it('a newer extract updates a row by key and keeps the others', async () => {
    await withStore(async (store) => {
      await ingestExtract(store, fixture('good'));
      const newer = await ingestExtract(store, fixture('newer'));
      expect(newer.files[0]).toMatchObject({ rowsRead: 2, loaded: 2, duplicate: 0 });
      const rows = await store.query(
        'SELECT occurrence_ref, outcome, extract_id FROM occurrence ORDER BY occurrence_ref',
      );
      expect(rows).toEqual([
        { occurrence_ref: '0015/22', outcome: null, extract_id: 'test-2024-05-01' },
        { occurrence_ref: '14/22', outcome: 'Charged', extract_id: 'test-2024-06-01' },
        { occurrence_ref: '16/22', outcome: null, extract_id: 'test-2024-05-01' },
        { occurrence_ref: '17/22', outcome: null, extract_id: 'test-2024-06-01' },
      ]);
    });
  });

  it('an older extract never overwrites newer rows, and says so', async () => {
    await withStore(async (store) => {
      await ingestExtract(store, fixture('good'));
      const older = await ingestExtract(store, fixture('older'));
      expect(older.notes[0]).toContain('later extracted_at is already loaded');
      expect(older.files[0]).toMatchObject({ rowsRead: 2, loaded: 1, skipped: 1 });
      const row = await store.one(
        'SELECT outcome, extract_id FROM occurrence WHERE occurrence_ref = $r',
        { r: '14/22' },
      );
      expect(row).toEqual({ outcome: null, extract_id: 'test-2024-05-01' });
      expect(await count(store, 'occurrence')).toBe(4);
    });
  });

  it('a late-arriving extract updates rows only older extracts wrote', async () => {
    await withStore(async (store) => {
      await ingestExtract(store, fixture('good')); // 1 May: 14/22, 0015/22, 16/22
      await ingestExtract(store, fixture('newer')); // 1 June: rewrites 14/22, adds 17/22
      // 15 May, loaded last: 14/22 holds June's row (kept); 16/22 holds May's (updated).
      const late = await ingestExtract(store, fixture('late'));
      expect(late.files[0]).toMatchObject({ rowsRead: 2, loaded: 1, skipped: 1 });
      const rows = await store.query(
        `SELECT occurrence_ref, outcome, extract_id FROM occurrence
         WHERE occurrence_ref IN ('14/22', '16/22') ORDER BY occurrence_ref`,
      );
      expect(rows).toEqual([
        { occurrence_ref: '14/22', outcome: 'Charged', extract_id: 'test-2024-06-01' },
        { occurrence_ref: '16/22', outcome: 'Late outcome', extract_id: 'test-2024-05-15' },
      ]);
    });
  });

  it('a load that fails part-way leaves the store exactly as it was', async () => {
    await withStore(async (store) => {
      await ingestExtract(store, fixture('bad'));
      const before = await storeChecksum(store);
      const fail = (kind: string) => {
        if (kind === 'involvement')
          throw new Error('injected failure after occurrences and persons merged');
      };
      await expect(ingestExtract(store, fixture('good'), { beforeMerge: fail })).rejects.toThrow(
        'injected',
      );
      expect(await storeChecksum(store)).toEqual(before);
      expect((await ingestExtract(store, fixture('good'))).status).toBe('loaded');
    });
  });
});

describe('ingestExtract: adversarial headers and values', () => {
  it('keeps quotes, semicolons and SQL keywords as plain data', async () => {
    await withStore(async (store) => {
      const outcome = await ingestExtract(store, fixture('adversarial'));
      expect(outcome.extractId).toBe("x'); DROP TABLE occurrence;--");
      expect(outcome.files[0]).toMatchObject({ rowsRead: 2, loaded: 2, quarantined: 0 });
      const rows = await store.query<{
        occurrence_ref: string;
        crime_type: string;
        extras: string;
      }>(
        'SELECT occurrence_ref, crime_type, CAST(extras AS VARCHAR) AS extras FROM occurrence ORDER BY source_line',
      );
      expect(rows[0]?.occurrence_ref).toBe('A;1');
      expect(rows[0]?.crime_type).toBe('SELECT * FROM occurrence; --');
      expect(JSON.parse(rows[0]?.extras ?? '')).toEqual({
        'note;_drop_table_person;--': 'it\'s; "quoted"',
        'say_"hi"': '{{x}}',
      });
      expect(rows[1]?.occurrence_ref).toBe('A,2');
      expect(await count(store, 'person')).toBe(0);
    });
  });
});
