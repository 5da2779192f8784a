// The hand-made Kent store of the profile tests. Each occurrence is listed with why it
// counts, so the expected figures in profile.test.ts can be checked by hand.
import type { Store } from '../../src/store/store.js';
import {
  addInvolvement,
  addOccurrence,
  addPerson,
  linkPeople,
  openFixtureStore,
} from '../fixtures/profile/fixture-store.js';

/** The hostile street text of k3: record text must come out escaped. */
export const hostileStreet = 'On or near <script>alert(1)</script> Road';

/**
 * Kent VAWG data, period 01/11/2023..30/04/2024 (data ends 30/04/2024):
 * k1 05/11/2023 8L  crime, open,   Dwelling, ME1/ME1 1, High Street; victim vF, suspect s1
 * k2 10/12/2023 19C crime, closed, Street,   ME1/ME1 2, High Street; victim vF, suspect s1
 * k3 15/01/2024 8N  non-crime, open, Street, ME2/ME2 1, hostile;    victim vG (F), suspect s2
 * k4 30/04/2024 8L  crime, closed, Dwelling, ME1/ME1 1, Low Lane;    victim vF2, suspect s2
 * k5 01/02/2024 8N  male victim, no DA flag: not VAWG;               victim m, suspect s3
 * k7 31/03/2024 8L  crime (blank flag), no location, no postcode;    suspect s1
 * Before the period: k6 15/04/2023 8L, k8 01/04/2023 8L, k9 31/03/2023 8L.
 * vF and vF2 are one person (V-1) when `linked` (default: two people).
 */
export async function kentStore(options: { linked?: boolean; path?: string }): Promise<Store> {
  const store = await openFixtureStore(options.path);
  await store.run(`INSERT INTO ref_population VALUES ('Kent', 2018, 1000), ('Kent', 2019, 2000)`);
  const k = 'kent';
  const occ = [
    {
      ref: 'k1',
      on: '2023-11-05',
      hoCode: '8L',
      isCrime: true,
      status: 'open',
      locationType: 'Dwelling',
      district: 'ME1',
      sector: 'ME1 1',
      address: 'On or near High Street',
    },
    {
      ref: 'k2',
      on: '2023-12-10',
      hoCode: '19C',
      isCrime: true,
      status: 'closed',
      locationType: 'Street',
      district: 'ME1',
      sector: 'ME1 2',
      address: 'On or near High Street',
    },
    {
      ref: 'k3',
      on: '2024-01-15',
      hoCode: '8N',
      isCrime: false,
      status: 'open',
      locationType: 'Street',
      district: 'ME2',
      sector: 'ME2 1',
      address: hostileStreet,
      summary: '<script>alert(2)</script>',
    },
    {
      ref: 'k4',
      on: '2024-04-30',
      hoCode: '8L',
      isCrime: true,
      status: 'closed',
      locationType: 'Dwelling',
      district: 'ME1',
      sector: 'ME1 1',
      address: 'On or near Low Lane',
    },
    { ref: 'k5', on: '2024-02-01', hoCode: '8N', daFlag: false, locationType: 'Street' },
    { ref: 'k7', on: '2024-03-31', hoCode: '8L' },
    { ref: 'k6', on: '2023-04-15', hoCode: '8L' },
    { ref: 'k8', on: '2023-04-01', hoCode: '8L' },
    { ref: 'k9', on: '2023-03-31', hoCode: '8L' },
  ] as const;
  for (const o of occ) await addOccurrence(store, { force: k, ...o });
  const people: [string, string][] = [
    ['vF', 'F'],
    ['vF2', 'F'],
    ['vG', 'F'],
    ['m', 'M'],
    ['s1', 'M'],
    ['s2', 'M'],
    ['s3', 'M'],
  ];
  for (const [ref, gender] of people) await addPerson(store, { force: k, ref, gender });
  const roles: [string, string, string][] = [
    ['k1', 'vF', 'victim'],
    ['k1', 's1', 'suspect'],
    ['k2', 'vF', 'victim'],
    ['k2', 's1', 'offender'],
    ['k3', 'vG', 'victim'],
    ['k3', 's2', 'suspect'],
    ['k4', 'vF2', 'victim'],
    ['k4', 's2', 'suspect'],
    ['k5', 'm', 'victim'],
    ['k5', 's3', 'suspect'],
    ['k7', 's1', 'suspect'],
  ];
  for (const [occurrence, person, role] of roles) {
    await addInvolvement(store, { force: k, occurrence, person, role });
  }
  if (options.linked === true)
    await linkPeople(store, 'V-1', [
      [k, 'vF'],
      [k, 'vF2'],
    ]);
  return store;
}
