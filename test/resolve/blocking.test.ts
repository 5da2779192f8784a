import { describe, expect, it } from 'vitest';
import { makeCandidatePairs } from '../../src/resolve/blocking.js';
import { rulesNamed } from '../../src/resolve/blocking-rules.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

// Four invented records: three share a date of birth (3 pairs by `dob`), two share a name
// (1 pair by `name`).
const records: [string, string, string, string][] = [
  ['x:1', 'Ann', 'Lee', '19800101'],
  ['x:2', 'Ann', 'Lee', '19800101'],
  ['x:3', 'Bob', 'Ray', '19800101'],
  ['x:4', 'Cat', 'Fox', '19900101'],
];

async function withRecords<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(':memory:');
  try {
    return await fill(store, work);
  } finally {
    store.close();
  }
}

async function fill<T>(store: Store, work: (store: Store) => Promise<T>): Promise<T> {
  await runStep(store, 'create-input');
  for (const [id, forename, surname, dob] of records) {
    await store.run(
      `INSERT INTO resolve_input (record_id, source, forename, surname, dob)
       VALUES ($id, 'x', $forename, $surname, $dob)`,
      { id, forename, surname, dob },
    );
  }
  await runStep(store, 'prepare-records');
  return work(store);
}

describe('makeCandidatePairs', () => {
  it('skips and reports a rule over the per-rule cap, and keeps the others', async () => {
    await withRecords(async (store) => {
      const counts = await makeCandidatePairs(store, {
        rules: rulesNamed('dob', 'name'),
        mode: 'dedupe',
        maxPairs: 100,
        maxPairsPerRule: 2,
      });
      expect(counts).toEqual([
        { rule: 'dob', pairs: 3, status: 'skipped' },
        { rule: 'name', pairs: 1, status: 'used' },
      ]);
      const pairs = await store.query('SELECT id_l, id_r FROM resolve_candidate');
      expect(pairs).toEqual([{ id_l: 'x:1', id_r: 'x:2' }]);
    });
  });

  it('makes each pair once when several rules find it', async () => {
    await withRecords(async (store) => {
      await makeCandidatePairs(store, {
        rules: rulesNamed('dob', 'name'),
        mode: 'dedupe',
        maxPairs: 100,
      });
      const { n } = await store.one<{ n: number }>('SELECT count(*) AS n FROM resolve_candidate');
      expect(n).toBe(3);
    });
  });

  it('refuses when the rules kept would together go over the total cap', async () => {
    await withRecords(async (store) => {
      await expect(
        makeCandidatePairs(store, {
          rules: rulesNamed('dob', 'name'),
          mode: 'dedupe',
          maxPairs: 3,
        }),
      ).rejects.toThrow(/over the cap of 3/);
    });
  });
});
