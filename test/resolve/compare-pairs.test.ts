import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisons, topLevel, vectorColumns } from '../../src/resolve/comparisons.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

const names = [
  'JOHN',
  'JON',
  'SMITH',
  'SMYTH',
  "O'NEIL",
  'Ann-Marie',
  'J',
  'DROP TABLE person;',
  '',
];
const recordArb = fc.record({
  forename: fc.option(fc.constantFrom(...names)),
  surname: fc.option(fc.constantFrom(...names)),
  dob: fc.option(fc.constantFrom('19800512', '19801205', '19800513', '19810512', '1980-05')),
  postcode: fc.option(fc.constantFrom('CM1 1AA', 'CM1 1AB', 'CM2 9ZZ', 'SS1 1AA', '2119')),
  gender: fc.option(fc.constantFrom('M', 'F', 'U')),
  id_number: fc.option(fc.constantFrom('2001/123A', '2001/123B', '99/1X')),
});
type Rec = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

let store: Store;
beforeAll(async () => {
  store = await Store.open(':memory:');
});
afterAll(() => store.close());

async function vectors(pairs: [Rec, Rec][]): Promise<Map<string, number[]>> {
  await runStep(store, 'create-input');
  for (const [i, [a, b]] of pairs.entries()) {
    for (const [side, r] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await store.run(
        'INSERT INTO resolve_input VALUES ($id, $s, $f, $sn, $d, $pc, $g, $idn, NULL, NULL, NULL, NULL)',
        {
          id: `${i}${side}`,
          s: 'x',
          f: r.forename,
          sn: r.surname,
          d: r.dob,
          pc: r.postcode,
          g: r.gender,
          idn: r.id_number,
        },
      );
    }
  }
  await runStep(store, 'prepare-records');
  await store.run(`CREATE OR REPLACE TABLE resolve_candidate AS
    SELECT record_id AS id_l, replace(record_id, 'a', 'b') AS id_r FROM resolve_record WHERE record_id LIKE '%a'
    UNION ALL SELECT record_id, replace(record_id, 'b', 'a') FROM resolve_record WHERE record_id LIKE '%b'`);
  await runStep(store, 'compare-pairs', {
    tables: { pairs: 'resolve_candidate', out: 'resolve_vector' },
  });
  const rows = await store.query<Record<string, number | string>>('SELECT * FROM resolve_vector');
  return new Map(
    rows.map((r) => [`${r['id_l']}>${r['id_r']}`, vectorColumns.map((c) => Number(r[c]))]),
  );
}

describe('compare-pairs.sql', () => {
  it('gives the same levels whichever record comes first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(recordArb, recordArb), { minLength: 1, maxLength: 25 }),
        async (pairs) => {
          const v = await vectors(pairs);
          pairs.forEach((_, i) => expect(v.get(`${i}a>${i}b`)).toEqual(v.get(`${i}b>${i}a`)));
        },
      ),
      { numRuns: 8 },
    );
  });

  it('matches a record with itself at the top level of every comparison it has a value for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 25 }), async (records) => {
        const v = await vectors(records.map((r) => [r, r]));
        records.forEach((_, i) => {
          v.get(`${i}a>${i}b`)?.forEach((level, c) => {
            const comparison = comparisons[c];
            if (comparison && level !== -1) expect(level).toBe(topLevel(comparison));
          });
        });
      }),
      { numRuns: 8 },
    );
  });
});
