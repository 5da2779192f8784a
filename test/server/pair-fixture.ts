// What a pair explanation needs besides the server fixture: the model of a resolution run
// (the reviewed default, as `toex resolve` uses it) and a person with two essex records.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/core/paths.js';
import type { Store } from '../../src/store/store.js';

/** The model file the fixture's resolution run "used". */
export const modelPath = dataPath('models', 'linkage-default.json');

/** A person held by essex alone with two records, E3 and E4, that an analyst confirmed. */
export const essexPair = { personId: 'pid-essex-pair', a: 'essex:E3', b: 'essex:E4' };

/** Stores the default model as the latest resolution run's (table resolve_model). */
export async function addLinkageModel(store: Store): Promise<void> {
  const model = readFileSync(modelPath, 'utf8');
  const { version } = JSON.parse(model) as { version: string };
  await store.run(
    `INSERT INTO resolve_model VALUES ($v, $m::JSON, TIMESTAMP '2024-05-02 00:00:00')`,
    { v: version, m: model },
  );
}

/**
 * Adds essex:E3 and essex:E4 as one person: the same forename, surname, gender and home
 * postcode; different dates of birth and PNC ids. A reject, then a confirm, was recorded.
 */
export async function addEssexPair(store: Store): Promise<void> {
  const provenance = `'x1', 'persons.csv', 9, TIMESTAMP '2024-05-01 00:00:00'`;
  await store.run(`INSERT INTO person (force, person_ref, surname, forenames, date_of_birth,
      gender, pnc_id, extract_id, source_file, source_line, loaded_at) VALUES
    ('essex', 'E3', 'Wren', 'Orla', DATE '1988-06-09', 'F', '88/123456A', ${provenance}),
    ('essex', 'E4', 'WREN', 'orla', DATE '1979-01-30', 'F', '88/654321Z', ${provenance})`);
  await store.run(`INSERT INTO person_identity VALUES
    ('essex', 'E3', 'pid-essex-pair', TIMESTAMP '2024-05-02 00:00:00', 'test'),
    ('essex', 'E4', 'pid-essex-pair', TIMESTAMP '2024-05-02 00:00:00', 'test')`);
  await store.run(`INSERT INTO address (force, person_ref, postcode, force_area, effective_from,
      address_type, extract_id, source_file, source_line, loaded_at) VALUES
    ('essex', 'E3', 'CM2 9AB', 'Essex', TIMESTAMP '2021-01-01 00:00:00', 'home', ${provenance}),
    ('essex', 'E4', 'cm29ab', 'Essex', TIMESTAMP '2022-01-01 00:00:00', 'home', ${provenance})`);
  await store.run(`INSERT INTO resolve_decision (record_l, record_r, decision, decided_by,
      decided_at, reason) VALUES
    ('essex:E3', 'essex:E4', 'reject', 'sue.supervisor', TIMESTAMP '2024-04-01 09:00:00',
      'dates of birth differ'),
    ('essex:E3', 'essex:E4', 'confirm', 'sue.supervisor', TIMESTAMP '2024-04-01 09:00:00',
      'same custody photograph')`);
}
