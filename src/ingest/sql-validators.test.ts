import { describe, expect, it } from 'vitest';
import { parseDate, parseDateTime } from '../core/dates.js';
import { normalisePostcode, postcodeDistrict, postcodeSector } from '../core/postcode.js';
import { recordSpec } from '../core/record-schema.js';
import { Store } from '../store/store.js';
import { runSqlFile } from './sql-file.js';
import { forceExtractLayout, policeUkLayout, type FieldRule } from './source-layout.js';
import { canonicalSql } from './sql-validators.js';

const dates = [
  '31/02/2024',
  '29/02/2024',
  '29/02/2023',
  '29/02/1900',
  '29/02/2000',
  '01/05/2024',
  '1/5/2024',
  '2024-05-01',
  '2024-5-1',
  '2024-13-01',
  '0000-01-01',
  '31/04/2024',
  'yesterday',
  '01-05-2024',
  '2024/05/01',
  '01/05/24',
  ' 01/05/2024 ',
  '01/05/2024x',
  '',
];
const times = [
  '',
  ' 00:00',
  ' 23:59',
  ' 24:00',
  ' 12:60',
  ' 12:30:59',
  ' 12:30:60',
  'T10:00',
  'T10:00:05',
  ' 9:00',
  '  10:00',
  ' 10:00Z',
  ' 10:00:00.5',
  'T25:00',
];
const postcodes = [
  'lu1 3jx',
  'LU13JX',
  ' LU1  3JX ',
  'LU1',
  'LU1 3',
  'LU13',
  'EC1A 1BB',
  'EC1A1BB',
  'W1A 0AX',
  'A99',
  'AB1 2C',
  'LU1 3JX X',
  'L U1 3JX',
  '12345',
  'SW1A',
  'sw1a2aa',
  'LU1\t3JX',
  'LU1\u00a03JX',
  '',
];
const numbers = [
  '52.5',
  '+52.5',
  '-0.1',
  '.5',
  '5.',
  '1e1',
  '1E-3',
  '90',
  '90.0001',
  '-90',
  '007',
  ' 12 ',
  '1,5',
  'abc',
  '0x10',
  'Infinity',
  'NaN',
  '1e400',
  '-0',
];
const flags = ['Y', 'n', 'YES', 'no', 'True', 'false', 'T', '1', ' y ', 'yess'];

async function sqlValues(store: Store, expr: string, values: readonly string[]) {
  const rows = await store.query<{ i: number; v: string | null }>(
    `SELECT i, ${expr} AS v FROM (SELECT unnest(range(len(from_json($vals, '["VARCHAR"]')))) AS i, unnest(from_json($vals, '["VARCHAR"]')) AS c0)`,
    { vals: JSON.stringify(values) },
  );
  return rows.sort((a, b) => a.i - b.i).map((r) => r.v);
}

function rule(kind: string, column: string): FieldRule {
  const layout =
    kind === 'police-uk' ? policeUkLayout() : forceExtractLayout(recordSpec(kind as 'occurrence'));
  const found = layout.fields.find((f) => f.column.name === column);
  if (found === undefined) throw new Error(`no field ${column}`);
  return found;
}

/** JS validators say invalid with undefined and blank with null; SQL says both with NULL. */
const asSql = (v: string | null | undefined) => v ?? null;

describe('SQL validators agree with the JS validators', () => {
  it('on dates, date-times, flags, numbers, enums and months', async () => {
    const store = await Store.open(':memory:', { threads: 1 });
    try {
      await runSqlFile(store, 'stage-macros', { vars: {}, params: {} });
      const stamps = dates.flatMap((d) => times.map((t) => d + t));
      const cases: [FieldRule, readonly string[]][] = [
        [rule('person', 'date_of_birth'), dates],
        [rule('occurrence', 'occurred_from'), stamps],
        [rule('occurrence', 'da_flag'), flags],
        [rule('occurrence', 'latitude'), numbers],
        [rule('involvement', 'age_at_event'), ['0', '120', '121', '-1', '+5', '5.0', '05', ' 7 ']],
        [rule('involvement', 'role'), ['Victim', 'SUSPECT', ' witness ', 'boss', '']],
        [rule('occurrence', 'ho_code'), ['8l', ' 105a ', '', '  ']],
        [rule('police-uk', 'occurred_from'), ['2024-04', '2024-13', '2024-4', ' 2024-04 ', '']],
      ];
      for (const [r, values] of cases) {
        const sql = await sqlValues(store, canonicalSql(r, 'c0'), values);
        expect({ column: r.column.name, sql }).toEqual({
          column: r.column.name,
          sql: values.map((v) => asSql(r.validate(v))),
        });
      }
    } finally {
      store.close();
    }
  });

  it('on postcodes, districts and sectors (core/postcode.ts)', async () => {
    const store = await Store.open(':memory:', { threads: 1 });
    try {
      await runSqlFile(store, 'stage-macros', { vars: {}, params: {} });
      const sql = await sqlValues(
        store,
        "toex_postcode(c0) || '|' || toex_district(toex_postcode(c0)) || '|' || coalesce(toex_sector(toex_postcode(c0)), '-')",
        postcodes,
      );
      const js = postcodes.map((p) => {
        const n = normalisePostcode(p);
        return n === undefined
          ? null
          : `${n}|${postcodeDistrict(n) ?? ''}|${postcodeSector(n) ?? '-'}`;
      });
      expect(sql).toEqual(js);
      expect(dates.map((d) => parseDate(d) ?? null)).toContain('2024-02-29');
      expect(parseDateTime('31/02/2024 10:00')).toBeUndefined();
    } finally {
      store.close();
    }
  });
});
