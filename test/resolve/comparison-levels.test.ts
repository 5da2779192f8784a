import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisons, type ComparisonName } from '../../src/resolve/comparisons.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

// The level each comparison reaches for hand-picked pairs, computed by the real SQL
// (prepare-records.sql, then compare-pairs.sql) in an in-memory store. The Jaro-Winkler
// similarities in the comments are DuckDB's jaro_winkler_similarity of the normalised values.

interface Side {
  forename?: string;
  surname?: string;
  dob?: string;
  postcode?: string;
  gender?: string;
  id_number?: string;
}
type Case = [comparison: ComparisonName, a: Side, b: Side, level: string];

const cases: Case[] = [
  ['forename', { forename: 'John' }, { forename: 'JOHN' }, 'exact'],
  ['forename', { forename: 'john paul' }, { forename: 'John' }, 'exact'], // first forename only
  [
    'forename',
    { forename: 'John', surname: 'Smith' },
    { forename: 'Smith', surname: 'John' },
    'swapped',
  ],
  ['forename', { forename: 'Jonathan' }, { forename: 'Jonathon' }, 'jw>=0.92'], // 0.950
  ['forename', { forename: 'John' }, { forename: 'Jon' }, 'jw>=0.92'], // 0.933
  ['forename', { forename: 'Stephen' }, { forename: 'Steven' }, 'jw>=0.88'], // 0.894
  ['forename', { forename: 'J.' }, { forename: 'John' }, 'initial'],
  ['forename', { forename: 'Richard' }, { forename: 'Richie' }, 'jw>=0.70'], // 0.848
  ['forename', { forename: 'John' }, { forename: 'Mary' }, 'different'], // 0
  ['forename', { forename: 'John' }, { forename: 'J' }, 'initial'],
  ['forename', { forename: 'J' }, { forename: 'M' }, 'different'],
  ['forename', { forename: 'John' }, {}, 'missing'],
  ['forename', { forename: '--' }, { forename: 'John' }, 'missing'], // no letters left

  ['surname', { surname: "O'Neil" }, { surname: 'ONEIL' }, 'exact'],
  [
    'surname',
    { forename: 'John', surname: 'Smith' },
    { forename: 'Smith', surname: 'John' },
    'swapped',
  ],
  ['surname', { surname: 'Thompson' }, { surname: 'Thomson' }, 'jw>=0.92'], // 0.975
  ['surname', { surname: 'Smith' }, { surname: 'Smyth' }, 'jw>=0.88'], // 0.893
  ['surname', { surname: 'Smith' }, { surname: 'Smart' }, 'jw>=0.70'], // 0.787
  ['surname', { surname: 'Smith' }, { surname: 'Taylor' }, 'different'], // 0
  ['surname', {}, { surname: 'Smith' }, 'missing'],

  ['dob', { dob: '19800512' }, { dob: '19800512' }, 'exact'],
  ['dob', { dob: '19800512' }, { dob: '19801205' }, 'day-month swapped'],
  ['dob', { dob: '19800512' }, { dob: '19800513' }, 'one character'],
  ['dob', { dob: '19800512' }, { dob: '19900512' }, 'one character'], // a decade typo, too
  ['dob', { dob: '19800512' }, { dob: '19800521' }, 'within a year'], // two characters, 9 days
  ['dob', { dob: '19800512' }, { dob: '19810301' }, 'within a year'], // 293 days
  ['dob', { dob: '19800512' }, { dob: '19810601' }, 'different'], // 385 days
  ['dob', { dob: '19800512' }, { dob: '19751101' }, 'different'],
  ['dob', { dob: '1980-05' }, { dob: '19800512' }, 'missing'], // not yyyymmdd

  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'cm11aa' }, 'exact'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'CM1 1AB' }, 'sector'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'CM1 1ZZ' }, 'sector'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'CM2 1AA' }, 'one character'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'CM1 9ZZ' }, 'district'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'CM2 9ZZ' }, 'area'],
  ['postcode', { postcode: 'CM1 1AA' }, { postcode: 'SS1 9ZZ' }, 'different'],
  ['postcode', { postcode: '2119' }, { postcode: '2118' }, 'one character'], // not a UK postcode
  ['postcode', { postcode: '2119' }, { postcode: '3000' }, 'different'],

  ['gender', { gender: 'M' }, { gender: 'm' }, 'exact'],
  ['gender', { gender: 'M' }, { gender: 'F' }, 'different'],
  ['gender', { gender: 'U' }, { gender: 'F' }, 'missing'], // only M and F are compared

  ['id_number', { id_number: '2001/0123456A' }, { id_number: '20010123456a' }, 'exact'],
  ['id_number', { id_number: '2001/0123456A' }, { id_number: '2001/0123456B' }, 'one character'],
  ['id_number', { id_number: '2001/0123456A' }, { id_number: '2001/0123465A' }, 'one character'], // transposed
  ['id_number', { id_number: '2001/0123456A' }, { id_number: '1999/0999999Z' }, 'different'],
  ['id_number', { id_number: '2001/0123456A' }, {}, 'missing'],
];

let store: Store;
let levels: Map<string, Record<string, number>>;

beforeAll(async () => {
  store = await Store.open(':memory:');
  await runStep(store, 'create-input');
  for (const [i, [, a, b]] of cases.entries()) {
    for (const [side, r] of [
      ['a', a],
      ['b', b],
    ] as const) {
      await store.run(
        `INSERT INTO resolve_input (record_id, source, forename, surname, dob, postcode, gender, id_number)
         VALUES ($id, 'x', $f, $s, $d, $pc, $g, $idn)`,
        {
          id: `${i}${side}`,
          f: r.forename ?? null,
          s: r.surname ?? null,
          d: r.dob ?? null,
          pc: r.postcode ?? null,
          g: r.gender ?? null,
          idn: r.id_number ?? null,
        },
      );
    }
  }
  await runStep(store, 'prepare-records');
  await store.run(`CREATE OR REPLACE TABLE resolve_candidate AS
    SELECT record_id AS id_l, replace(record_id, 'a', 'b') AS id_r
    FROM resolve_record WHERE record_id LIKE '%a'`);
  await runStep(store, 'compare-pairs', {
    tables: { pairs: 'resolve_candidate', out: 'resolve_vector' },
  });
  const rows = await store.query<Record<string, number | string>>('SELECT * FROM resolve_vector');
  levels = new Map(
    rows.map((r) => [
      String(r['id_l']),
      Object.fromEntries(comparisons.map((c) => [c.name, Number(r[`g_${c.name}`])])),
    ]),
  );
});
afterAll(() => store.close());

/** The label of the level a pair reached, or 'missing' (-1). */
function label(comparison: ComparisonName, level: number | undefined): string {
  if (level === -1) return 'missing';
  const c = comparisons.find((x) => x.name === comparison);
  return (level === undefined ? undefined : c?.levels[level]) ?? `no level ${String(level)}`;
}

describe('comparison levels on hand-picked pairs', () => {
  it.each(cases.map((c, i) => [i, ...c] as const))(
    '#%i %s: %j vs %j is %s',
    (i, comparison, _a, _b, expected) => {
      expect(label(comparison, levels.get(`${i}a`)?.[comparison])).toBe(expected);
    },
  );

  it('reaches every level of every comparison above at least once', () => {
    for (const name of ['forename', 'surname', 'dob', 'postcode', 'gender', 'id_number'] as const) {
      const reached = new Set(cases.filter((c) => c[0] === name).map((c) => c[3]));
      const declared = comparisons.find((c) => c.name === name)?.levels ?? [];
      expect([...declared].filter((l) => !reached.has(l))).toEqual([]);
    }
  });
});
