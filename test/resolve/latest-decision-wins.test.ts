import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDecisions, recordDecision } from '../../src/resolve/index.js';
import { applySchema } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';

// Two analyst decisions on one pair with the same decided_at (made in one second, or in one
// transaction, where now() does not move): the one recorded last counts.
let store: Store;
beforeEach(async () => {
  store = await Store.open(':memory:');
  for (const ref of ['E1', 'E2', 'E3']) {
    await store.run(
      `INSERT INTO person (force, person_ref, forenames, surname, extract_id, source_file, source_line, loaded_at)
       VALUES ('essex', $ref, 'Ann', 'Lee', 'x1', 'persons.csv', 2, now()::TIMESTAMP)`,
      { ref },
    );
  }
});
afterEach(() => store.close());

const decide = (a: string, b: string, decision: 'confirm' | 'reject') =>
  recordDecision(store, { recordA: a, recordB: b, decision, by: 'analyst 1', why: 'test' });

describe('analyst decisions on one pair', () => {
  it('let the one recorded last win when both have the same time', async () => {
    await store.transaction(async () => {
      await decide('essex:E1', 'essex:E2', 'reject');
      await decide('essex:E2', 'essex:E1', 'confirm');
      await decide('essex:E1', 'essex:E3', 'confirm');
      await decide('essex:E3', 'essex:E1', 'reject');
    });
    const times = await store.query<{ n: number }>(
      'SELECT count(DISTINCT decided_at) AS n FROM resolve_decision',
    );
    expect(Number(times[0]?.n)).toBe(1);
    expect(await loadDecisions(store)).toEqual({
      confirm: [['essex:E1', 'essex:E2']],
      reject: [['essex:E1', 'essex:E3']],
    });
  });

  it('number the decisions of a store made before decision_seq in the order they were stored', async () => {
    await store.run('DROP VIEW resolve_decision_latest');
    await store.run('DROP TABLE resolve_decision');
    await store.run(`CREATE TABLE resolve_decision (record_l VARCHAR NOT NULL,
      record_r VARCHAR NOT NULL, decision VARCHAR NOT NULL, decided_by VARCHAR NOT NULL,
      decided_at TIMESTAMP NOT NULL, reason VARCHAR NOT NULL)`);
    await store.run(`INSERT INTO resolve_decision VALUES
      ('essex:E1', 'essex:E2', 'confirm', 'a', TIMESTAMP '2026-01-01 10:00:00', 'r'),
      ('essex:E1', 'essex:E2', 'reject', 'a', TIMESTAMP '2026-01-01 10:00:00', 'r')`);
    await applySchema(store);
    await decide('essex:E1', 'essex:E3', 'reject');
    const seq = await store.query<{ d: string; s: number }>(
      'SELECT decision AS d, decision_seq AS s FROM resolve_decision ORDER BY decision_seq',
    );
    expect(seq.map((r) => r.d)).toEqual(['confirm', 'reject', 'reject']);
    expect(new Set(seq.map((r) => Number(r.s))).size).toBe(3);
    expect(await loadDecisions(store)).toEqual({
      confirm: [],
      reject: [
        ['essex:E1', 'essex:E2'],
        ['essex:E1', 'essex:E3'],
      ],
    });
  });
});
