import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isToexError } from '../../src/core/errors.js';
import { Store } from '../../src/store/store.js';
import {
  ensureReference,
  loadReference,
  populationFor,
  readOffenceCodes,
  referenceVersions,
} from '../../src/reference/index.js';
import { readCsvRows } from '../../src/reference/csv-file.js';
import { dataPath } from '../../src/core/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-reference-'));

/** A small workbook shaped like the official CCHI values sheet, after a cover sheet. */
async function writeWorkbook(name: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Cambridge Crime Harm Index']);
  const sheet = workbook.addWorksheet('CCHI values');
  sheet.addRow(['Cambridge Crime Harm Index 2026']);
  sheet.addRow([
    'ATHENA URN',
    'Full_Offence_Title',
    'cchi score',
    'Starting Point',
    'GROUP',
    'SUB_GROUP',
    'SUB_SUB_GROUP',
    'HOME_OFFICE_CLASSIFICATION',
    'HO CODE',
    'HO_SUB_CODE',
    'HO_SUB_SUB_CODE',
  ]);
  for (const [code, sub, score] of rows)
    sheet.addRow(['x', 'title', score, '', '', '', '', '', code, sub, '']);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function harmOf(store: Store, code: string) {
  return store.one<{ harm_days: number; basis: string }>(
    'SELECT harm_days, basis FROM ref_harm WHERE ho_code = ?',
    [code],
  );
}

describe('reference tables in the store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await Store.open(':memory:');
    expect(await ensureReference(store)).toBe(true);
  });
  afterAll(() => store?.close());

  it('resolves every code of the VAWG draft to a group and subgroup', async () => {
    const draft = readCsvRows(dataPath('reference', 'vawg-offence-codes-draft.csv'));
    const rows = await store.query<{ ho_code: string; level1: string; level2: string }>(
      `SELECT r.ho_code, o.level1, o.level2 FROM ref_vawg_rule r
       LEFT JOIN ref_offence o USING (ho_code)`,
    );
    expect(rows).toHaveLength(draft.length);
    for (const row of rows) {
      expect(row.level1, row.ho_code).toBeTruthy();
      expect(row.level2, row.ho_code).toBeTruthy();
    }
  });

  it('gives codes their subgroup median by default, marked as an approximation', async () => {
    // cchi-subgroup-medians.csv: Stalking and harassment 10.0, Rape offences 2555.0
    expect(await harmOf(store, '8L')).toEqual({
      harm_days: 10,
      basis: 'subgroup-median-approximation',
    });
    expect((await harmOf(store, '19C')).harm_days).toBe(2555);
  });

  it('falls back to 2019 population for 2023 (the file ends in 2019)', async () => {
    // pfa-population-2009-2019.csv, 2019 row, Bedfordshire column
    const bedfordshire2019 = readCsvRows(
      dataPath('reference', 'pfa-population-2009-2019.csv'),
    ).find((r) => r['year'] === '2019')?.['Bedfordshire'];
    expect(await populationFor(store, 'bedfordshire', 2023)).toEqual({
      force: 'bedfordshire',
      year: 2019,
      population: Number(bedfordshire2019),
    });
    expect(await populationFor(store, 'bedfordshire', 2008)).toBeUndefined();
  });

  it('keys force harm and population by toex force codes', async () => {
    const forces = await store.query<{ force: string }>(
      'SELECT DISTINCT force FROM ref_harm_crime_type ORDER BY force',
    );
    expect(forces.map((f) => f.force)).toContain('west-mercia');
    expect(await populationFor(store, 'metropolitan-police', 2019)).toBeDefined();
  });

  it('re-loads idempotently: same counts, one version row per table', async () => {
    const before = await referenceVersions(store);
    await loadReference(store);
    const after = await referenceVersions(store);
    expect(after.map((v) => [v.name, v.rows, v.sha256])).toEqual(
      before.map((v) => [v.name, v.rows, v.sha256]),
    );
    expect(after.find((v) => v.name === 'ref_offence')?.rows).toBe(readOffenceCodes().length);
    expect(after).toHaveLength(7);
    expect(await ensureReference(store)).toBe(false);
  });

  it('maps every ethnicity code to its description', async () => {
    const rows = await store.query<{ code: string; description: string }>(
      'SELECT code, description FROM ref_ethnicity ORDER BY code',
    );
    expect(rows).toHaveLength(19);
    expect(rows).toContainEqual({ code: 'A2', description: 'Asian - Pakistani' });
    expect(rows).toContainEqual({ code: 'NS', description: 'Not stated' });
    // The synthetic people are recorded by these codes or these descriptions.
    const synth = JSON.parse(readFileSync(dataPath('synth', 'parameters.json'), 'utf8')) as {
      ethnicity: { codes: [string, number, string][] };
    };
    const generated = synth.ethnicity.codes.map(([code, , description]) => ({ code, description }));
    expect(rows).toEqual(expect.arrayContaining(generated));
    expect(generated).toHaveLength(rows.length);
  });

  it('adds a table shipped later to a loaded store, leaving the others as loaded', async () => {
    // A store loaded before ref_ethnicity existed, with a harm value a user chose.
    await store.run(`UPDATE ref_harm SET harm_days = 99 WHERE ho_code = '8L'`);
    await store.run('DELETE FROM ref_ethnicity');
    await store.run(`DELETE FROM ref_version WHERE name = 'ref_ethnicity'`);
    expect(await ensureReference(store)).toBe(true);
    expect((await harmOf(store, '8L')).harm_days).toBe(99);
    const { n } = await store.one<{ n: number }>('SELECT count(*) AS n FROM ref_ethnicity');
    expect(n).toBe(19);
    expect(await ensureReference(store)).toBe(false);
    await loadReference(store);
  });

  it('uses the official workbook: median score per HO_CODE, defaults elsewhere', async () => {
    const path = await writeWorkbook('cchi.xlsx', [
      ['8L', '01', 30],
      ['8L', '02', 10],
      ['008L', '03', '20'], // median 20
      ['19C', '00', 3000],
      ['19C', '01', 2000], // median 2500
      ['', '', 5],
      ['46', '00', null], // skipped
    ]);
    const outcome = await loadReference(store, { cchiWorkbook: path });
    expect(await harmOf(store, '8L')).toEqual({ harm_days: 20, basis: 'cchi-official' });
    expect(await harmOf(store, '19C')).toEqual({ harm_days: 2500, basis: 'cchi-official' });
    expect(await harmOf(store, '46')).toEqual({
      harm_days: 1,
      basis: 'subgroup-median-approximation',
    });
    expect(outcome.warnings.join('\n')).toContain('2 row(s)');
    await loadReference(store);
  });

  it('rejects a workbook with a non-numeric score, naming sheet, row and column, and keeps the old tables', async () => {
    const path = await writeWorkbook('bad.xlsx', [
      ['8L', '01', 30],
      ['8N', '01', 'n/a'],
    ]);
    const error: unknown = await loadReference(store, { cchiWorkbook: path }).catch(
      (e: unknown) => e,
    );
    expect(isToexError(error, 'INVALID_VALUE')).toBe(true);
    expect((error as Error).message).toMatch(/bad\.xlsx sheet "CCHI values" row 4 column C/);
    expect((await harmOf(store, '8L')).basis).toBe('subgroup-median-approximation');
  });

  it('rejects a workbook without the values sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['HO_CODE', 'score']);
    const path = join(dir, 'nosheet.xlsx');
    await workbook.xlsx.writeFile(path);
    const error: unknown = await loadReference(store, { cchiWorkbook: path }).catch(
      (e: unknown) => e,
    );
    expect(isToexError(error, 'SCHEMA_MISMATCH')).toBe(true);
    expect((error as Error).message).toContain('HO_SUB_CODE');
  });

  it('loads a user VAWG rule file and rejects an unknown rule', async () => {
    const good = join(dir, 'vawg.csv');
    writeFileSync(good, 'ho_code,rule\n8l,core\n99Z,core\n');
    const outcome = await loadReference(store, { vawgRules: good });
    const rules = await store.query<{ ho_code: string }>(
      'SELECT ho_code FROM ref_vawg_rule ORDER BY ho_code',
    );
    expect(rules.map((r) => r.ho_code)).toEqual(['8L', '99Z']);
    expect(outcome.warnings.join('\n')).toContain('99Z');
    const bad = join(dir, 'vawg-bad.csv');
    writeFileSync(bad, 'ho_code,rule\n8L,always\n');
    await expect(loadReference(store, { vawgRules: bad })).rejects.toThrow(/line 2 column "rule"/);
    await loadReference(store);
  });
});
