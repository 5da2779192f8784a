import { describe, expect, it } from 'vitest';
import { findMafb } from '../../src/models/mafb.js';
import { prepareVawgOccurrences } from '../../src/models/vawg-model.js';
import type { Store } from '../../src/store/store.js';
import {
  addAddress,
  addVawgWith,
  linkPeople,
  openFixtureStore,
} from '../fixtures/profile/fixture-store.js';

// Period end 30/04/2024; the escalation period (12 months) is 01/05/2023..30/04/2024.
const scope = { force: 'kent', periodEnd: '2024-04-30' };

async function suspectIn(store: Store, force: string, person: string, dates: string[]) {
  for (const [i, on] of dates.entries()) {
    await addVawgWith(store, { force, ref: `${person}-${i}`, on, person });
  }
}

async function seed(store: Store): Promise<void> {
  // A: records in Essex (a1) and Kent (a2), one person once resolved. Moved Essex -> Kent
  // on 01/09/2023. VAWG: 4 in Essex + 1 in Kent after the move = 5.
  await suspectIn(store, 'essex', 'a1', ['2021-01-01', '2021-06-01', '2022-01-01', '2022-06-01']);
  await suspectIn(store, 'kent', 'a2', ['2023-10-01']);
  await addAddress(store, { force: 'essex', person: 'a1', area: 'essex', from: '2020-01-01' });
  await addAddress(store, { force: 'kent', person: 'a2', area: 'kent', from: '2023-09-01' });
  await linkPeople(store, 'P-A', [
    ['essex', 'a1'],
    ['kent', 'a2'],
  ]);
  // B: Norfolk -> Kent 01/06/2023, then back to Norfolk 01/01/2024. 5 VAWG in Kent, 2 of
  // them before the move.
  await suspectIn(store, 'kent', 'b', [
    '2022-01-01',
    '2022-02-01',
    '2023-07-01',
    '2023-08-01',
    '2023-09-01',
  ]);
  await addAddress(store, { force: 'kent', person: 'b', area: 'Norfolk', from: '2019-01-01' });
  await addAddress(store, { force: 'kent', person: 'b', area: 'kent', from: '2023-06-01' });
  await addAddress(store, { force: 'kent', person: 'b', area: 'norfolk', from: '2024-01-01' });
  // C: moved in 01/01/2022, before the escalation period; 6 VAWG.
  await suspectIn(store, 'kent', 'c', [
    '2023-01-01',
    '2023-02-01',
    '2023-03-01',
    '2023-04-01',
    '2023-05-01',
    '2023-06-01',
  ]);
  await addAddress(store, { force: 'kent', person: 'c', area: 'essex', from: '2020-01-01' });
  await addAddress(store, { force: 'kent', person: 'c', area: 'kent', from: '2022-01-01' });
  // D: moved in 01/01/2024 with only 4 VAWG.
  await suspectIn(store, 'kent', 'd', ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05']);
  await addAddress(store, { force: 'kent', person: 'd', area: 'suffolk', from: '2020-01-01' });
  await addAddress(store, { force: 'kent', person: 'd', area: 'kent', from: '2024-01-01' });
  await prepareVawgOccurrences(store);
}

describe('MAFB: moved across force boundary', () => {
  it('lists suspects who moved in within the period with at least 5 VAWG in any force', async () => {
    await using store = await openFixtureStore();
    await seed(store);
    const people = await findMafb(store, scope);
    expect(people).toEqual([
      {
        personId: 'P-A',
        fromForce: 'essex',
        toForce: 'kent',
        movedOn: '2023-09-01',
        vawgAllForces: 5,
        vawgInForce: 1,
        vawgInForceBeforeMove: 0,
        forcesWithVawg: 2,
      },
      {
        personId: 'kent:b',
        fromForce: 'norfolk',
        toForce: 'kent',
        movedOn: '2023-06-01',
        vawgAllForces: 5,
        vawgInForce: 5,
        vawgInForceBeforeMove: 2,
        forcesWithVawg: 1,
      },
    ]);
  });

  it('applies latestAddressOnly, previousVawgInForce and minVawg', async () => {
    await using store = await openFixtureStore();
    await seed(store);
    const ids = async (o: Parameters<typeof findMafb>[2]) =>
      (await findMafb(store, scope, o)).map((p) => p.personId);
    // B has since moved back to Norfolk: the Kent address is not their latest.
    expect(await ids({ latestAddressOnly: true })).toEqual(['P-A']);
    // Only B had VAWG in Kent before moving in.
    expect(await ids({ previousVawgInForce: true })).toEqual(['kent:b']);
    // With 4 as the threshold D (4 VAWG, moved 01/01/2024) joins; C stays out (moved 2022).
    expect(await ids({ minVawg: 4 })).toEqual(['P-A', 'kent:b', 'kent:d']);
    // A 30-month escalation period reaches back to 01/11/2021 and takes in C (6 VAWG).
    expect(await ids({ escalationMonths: 30 })).toEqual(['kent:c', 'P-A', 'kent:b']);
  });
});
