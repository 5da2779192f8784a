import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPath } from '../../src/core/paths.js';
import {
  describePerson,
  explainPair,
  loadModel,
  recordDecision,
  resolvePersons,
  splitPerson,
} from '../../src/resolve/index.js';
import { Store } from '../../src/store/store.js';

// Invented people in three forces; the model is the reviewed FEBRL 3 example, reused as-is.
const model = loadModel(dataPath('models', 'linkage-febrl3-example.json'));
type Person = [
  force: string,
  ref: string,
  forenames: string,
  surname: string,
  dob: string,
  pnc: string | null,
  postcode: string | null,
];
const people: Person[] = [
  ['essex', 'E1', 'John', 'Smith', '1980-05-12', '2001/123A', 'CM1 1AA'],
  ['kent', 'K7', 'Jon', 'SMITH', '1980-05-12', null, 'CM1 1AB'],
  ['herts', 'H3', 'JOHN', 'Smyth', '1980-12-05', '2001/123A', null],
  ['essex', 'E2', 'Mary', 'Jones', '1975-01-01', null, 'SS1 1AA'],
  ['kent', 'K8', 'MARY', 'JONES', '1975-01-01', null, 'SS1 1AA'],
  ['herts', 'H9', 'Peter', 'Brown', '1990-03-03', null, null],
  ['kent', 'K9', 'Petra', 'Browne', '1991-07-07', null, null],
];

let store: Store;
async function add(rows: Person[]): Promise<void> {
  for (const [force, ref, forenames, surname, dob, pnc, postcode] of rows) {
    await store.run(
      `INSERT INTO person (force, person_ref, forenames, surname, date_of_birth, pnc_id, extract_id, source_file, source_line, loaded_at)
       VALUES ($force, $ref, $fn, $sn, $dob::DATE, $pnc, 'x1', 'persons.csv', 2, now()::TIMESTAMP)`,
      { force, ref, fn: forenames, sn: surname, dob, pnc },
    );
    if (postcode !== null) {
      await store.run(
        `INSERT INTO address (force, person_ref, postcode, effective_from, address_type, extract_id, source_file, source_line, loaded_at)
         VALUES ($force, $ref, $pc, '2020-01-01', 'home', 'x1', 'addresses.csv', 2, now()::TIMESTAMP)`,
        { force, ref, pc: postcode },
      );
    }
  }
}
async function ids(): Promise<Record<string, string>> {
  const rows = await store.query<{ r: string; p: string }>(
    `SELECT force || ':' || person_ref AS r, person_id AS p FROM person_key`,
  );
  return Object.fromEntries(rows.map((x) => [x.r, x.p]));
}

beforeEach(async () => {
  store = await Store.open(':memory:');
  await add(people);
});
afterEach(() => store.close());

describe('resolvePersons', () => {
  it('resolves the same people across forces and keeps ids on a re-run and after new records', async () => {
    await resolvePersons(store, { model });
    const first = await ids();
    expect(new Set(Object.values(first)).size).toBe(4);
    expect(first['kent:K7']).toBe(first['essex:E1']);
    expect(first['herts:H3']).toBe(first['essex:E1']);
    expect(first['kent:K8']).toBe(first['essex:E2']);
    expect(first['kent:K9']).not.toBe(first['herts:H9']);

    const again = await resolvePersons(store, { model });
    expect(await ids()).toEqual(first);
    expect(again.events).toEqual([]);

    await add([['suffolk', 'S1', 'Mary', 'Jones', '1975-01-01', null, 'SS1 1AA']]);
    await resolvePersons(store, { model });
    const later = await ids();
    expect(later['suffolk:S1']).toBe(first['essex:E2']);
    for (const [record, id] of Object.entries(first)) expect(later[record]).toBe(id);
  });

  it('lets analyst decisions win over the model, and records the split', async () => {
    await resolvePersons(store, { model });
    await recordDecision(store, {
      recordA: 'essex:E1',
      recordB: 'kent:K7',
      decision: 'reject',
      by: 'analyst 1',
      why: 'different custody photos',
    });
    await recordDecision(store, {
      recordA: 'herts:H9',
      recordB: 'kent:K9',
      decision: 'confirm',
      by: 'analyst 1',
      why: 'same custody record',
    });
    const outcome = await resolvePersons(store, { model });
    const after = await ids();
    expect(after['essex:E1']).not.toBe(after['kent:K7']);
    expect(after['herts:H9']).toBe(after['kent:K9']);
    expect(outcome.events.map((e) => e.kind).sort()).toEqual(['merge', 'split']);
    const events = await store.query<{ k: string }>(
      'SELECT event_kind AS k FROM person_identity_event ORDER BY k',
    );
    expect(events.map((e) => e.k)).toEqual(['merge', 'split']);
  });

  it('splits a person on request and keeps the split on later runs', async () => {
    await resolvePersons(store, { model });
    const before = await ids();
    await splitPerson(store, {
      personId: before['essex:E2'] ?? '',
      records: ['kent:K8'],
      by: 'analyst 2',
      why: 'twins',
    });
    await resolvePersons(store, { model });
    await resolvePersons(store, { model });
    const after = await ids();
    expect(after['essex:E2']).toBe(before['essex:E2']);
    expect(after['kent:K8']).not.toBe(after['essex:E2']);
  });

  it('explains a pair: prior plus the terms is the total the run scored', async () => {
    await resolvePersons(store, { model });
    const e = await explainPair(store, { recordA: 'kent:K8', recordB: 'essex:E2', model });
    const sum = e.terms.reduce((s, t) => s + t.weight, e.prior);
    expect(sum).toBeCloseTo(e.total, 9);
    const scored = await store.one<{ w: number }>(
      `SELECT match_weight AS w FROM resolve_pair WHERE record_l = 'essex:E2' AND record_r = 'kent:K8'`,
    );
    expect(scored.w).toBeCloseTo(e.total, 6);
    const person = await describePerson(store, (await ids())['essex:E2'] ?? '');
    expect(person.records.map((r) => `${r.force}:${r.person_ref}`)).toEqual([
      'essex:E2',
      'kent:K8',
    ]);
    expect(person.pairs).toHaveLength(1);
  });
});
