// The hand-made Kent store of the pack tests: the profile tests' Kent data (profile-fixture.ts)
// plus what a pack shows and the profile does not: ethnicity, ages at event, a second force
// record of suspect s1, addresses and links. Every expected pack figure in vawg-pack-*.test.ts
// is worked out by hand from the lists below.
import type { Store } from '../../../src/store/store.js';
import {
  addInvolvement,
  addOccurrence,
  addPerson,
  linkPeople,
} from '../../fixtures/profile/fixture-store.js';
import { kentStore } from '../profile-fixture.js';

/** The meeting of the Kent pack: pack date 08/05/2024, period 01/11/2023..30/04/2024. */
export const kentMeeting = '2024-05-15';

/** Generation time of the Kent pack, printed on every page. */
export const kentGeneratedAt = '2024-05-08T09:30:00Z';

let line = 10_000;

/**
 * Kent data of `kentStore({ linked: true })` (V-1 = vF + vF2), and:
 * - s1 ethnicity W1, s2 the same group written out (' white - English/...'); ages at
 *   event: s1 34 (k1, k2), 35 (k7); s2 17 (k3, k4);
 *   vF 29 (k1), 30 (k2); vG 16 (k3); vF2 31 (k4).
 * - Essex e1 01/06/2023 8L (before the period, another force): suspect e1s (M, W1, 34),
 *   victim ev (F, 15). kent:s1 and essex:e1s are one person, S-1.
 * - Home addresses: kent:s1 1 High Street ME1 1AA from 01/01/2022; essex:e1s 2 Low Road
 *   CM1 1AA from 01/09/2023 (the latest).
 * - Links: kent:s1 phone PH1; essex:e1s phone PH2 and vehicle VH1; kent:s2 phone PH1;
 *   kent:vF2 email EM1; kent:m phone PH9 (m is only on k5, which is not VAWG).
 */
export async function kentPackStore(path?: string): Promise<Store> {
  const store = await kentStore({ linked: true, ...(path === undefined ? {} : { path }) });
  await store.run(`UPDATE person SET ethnicity = 'W1' WHERE force = 'kent' AND person_ref = 's1'`);
  // s2's ethnicity as a force may record it: the description, not the code.
  await store.run(
    `UPDATE person SET ethnicity = ' white - English/Welsh/Scottish/Northern Irish/British'
     WHERE force = 'kent' AND person_ref = 's2'`,
  );
  const ages: [string, string, number][] = [
    ['k1', 's1', 34],
    ['k2', 's1', 34],
    ['k7', 's1', 35],
    ['k3', 's2', 17],
    ['k4', 's2', 17],
    ['k1', 'vF', 29],
    ['k2', 'vF', 30],
    ['k3', 'vG', 16],
    ['k4', 'vF2', 31],
  ];
  for (const [occurrence, person, age] of ages) {
    await store.run(
      `UPDATE involvement SET age_at_event = ?
       WHERE force = 'kent' AND occurrence_ref = ? AND person_ref = ?`,
      [age, occurrence, person],
    );
  }
  await addEssexRecords(store);
  await addAddresses(store);
  await addLinks(store);
  return store;
}

async function addEssexRecords(store: Store): Promise<void> {
  const force = 'essex';
  await addOccurrence(store, { force, ref: 'e1', on: '2023-06-01', hoCode: '8L' });
  await addPerson(store, { force, ref: 'e1s', gender: 'M' });
  await addPerson(store, { force, ref: 'ev', gender: 'F' });
  await store.run(`UPDATE person SET ethnicity = 'W1' WHERE force = ? AND person_ref = 'e1s'`, [
    force,
  ]);
  await addInvolvement(store, { force, occurrence: 'e1', person: 'e1s', role: 'suspect' });
  await addInvolvement(store, { force, occurrence: 'e1', person: 'ev', role: 'victim' });
  await store.run(
    `UPDATE involvement SET age_at_event = CASE person_ref WHEN 'e1s' THEN 34 ELSE 15 END
     WHERE force = ? AND occurrence_ref = 'e1'`,
    [force],
  );
  await linkPeople(store, 'S-1', [
    ['kent', 's1'],
    [force, 'e1s'],
  ]);
}

async function addAddresses(store: Store): Promise<void> {
  const rows: [string, string, string, string, string][] = [
    ['kent', 's1', '1 High Street', 'ME1 1AA', '2022-01-01'],
    ['essex', 'e1s', '2 Low Road', 'CM1 1AA', '2023-09-01'],
  ];
  for (const [force, person, address, postcode, from] of rows) {
    await store.run(
      `INSERT INTO address (force, person_ref, address, postcode, force_area, effective_from,
         address_type, extract_id, source_file, source_line, loaded_at)
       VALUES (?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), 'home', 'fx', 'addresses.csv', ?, now())`,
      [force, person, address, postcode, force, from, line++],
    );
  }
}

async function addLinks(store: Store): Promise<void> {
  const rows: [string, string, string, string][] = [
    ['kent', 's1', 'phone', 'PH1'],
    ['essex', 'e1s', 'phone', 'PH2'],
    ['essex', 'e1s', 'vehicle', 'VH1'],
    ['kent', 's2', 'phone', 'PH1'],
    ['kent', 'vF2', 'email', 'EM1'],
    ['kent', 'm', 'phone', 'PH9'],
  ];
  for (const [force, person, type, key] of rows) {
    await store.run(
      `INSERT INTO link (force, person_ref, link_type, object_key, recorded_at, extract_id,
         source_file, source_line, loaded_at)
       VALUES (?, ?, ?, ?, TIMESTAMP '2023-10-01 00:00:00', 'fx', 'links.csv', ?, now())`,
      [force, person, type, key, line++],
    );
  }
}
