import { describe, expect, it } from 'vitest';
import { prepareVawgOccurrences } from '../../src/models/vawg-model.js';
import {
  addInvolvement,
  addOccurrence,
  addPerson,
  openFixtureStore,
} from '../fixtures/profile/fixture-store.js';

describe('VAWG classification rule', () => {
  it('applies core, female victim, DA flag and the exploitation option', async () => {
    await using store = await openFixtureStore();
    const f = 'kent';
    await addOccurrence(store, { force: f, ref: 'core', on: '2024-01-01', hoCode: '19C' });
    await addOccurrence(store, { force: f, ref: 'fem', on: '2024-01-01', hoCode: '8N' });
    await addOccurrence(store, {
      force: f,
      ref: 'da',
      on: '2024-01-01',
      hoCode: '105a',
      daFlag: true,
    });
    await addOccurrence(store, {
      force: f,
      ref: 'male',
      on: '2024-01-01',
      hoCode: '8N',
      daFlag: false,
    });
    await addOccurrence(store, { force: f, ref: 'expl', on: '2024-01-01', hoCode: '24' });
    await addOccurrence(store, { force: f, ref: 'other', on: '2024-01-01', hoCode: '30C' });
    await addPerson(store, { force: f, ref: 'w', gender: 'F' });
    await addPerson(store, { force: f, ref: 'm', gender: 'M' });
    await addInvolvement(store, { force: f, occurrence: 'fem', person: 'w', role: 'victim' });
    await addInvolvement(store, { force: f, occurrence: 'male', person: 'm', role: 'victim' });
    // A female suspect does not make an occurrence VAWG: only victims count.
    await addInvolvement(store, { force: f, occurrence: 'male', person: 'w', role: 'suspect' });

    await prepareVawgOccurrences(store);
    const rows = await store.query<{ occurrence_ref: string; vawg_reason: string }>(
      'SELECT occurrence_ref, vawg_reason FROM model_vawg_occurrence ORDER BY occurrence_ref',
    );
    expect(rows).toEqual([
      { occurrence_ref: 'core', vawg_reason: 'core-code' },
      { occurrence_ref: 'da', vawg_reason: 'da-flag' },
      { occurrence_ref: 'fem', vawg_reason: 'female-victim' },
    ]);

    await prepareVawgOccurrences(store, { includeExploitation: true });
    const n = await store.one<{ n: number }>('SELECT count(*) AS n FROM model_vawg_occurrence');
    expect(n.n).toBe(4); // core, da, fem + expl
  });

  it('prices harm by code, else force and crime type, else unknown (never zero)', async () => {
    await using store = await openFixtureStore();
    await store.run(
      `INSERT INTO ref_harm_crime_type VALUES ('Kent', 'Violence and sexual offences', 120.5)`,
    );
    await store.run(`INSERT INTO ref_vawg_rule VALUES ('8Q', 'core')`);
    const f = 'kent';
    await addOccurrence(store, { force: f, ref: 'a', on: '2024-01-01', hoCode: '19C' });
    await addOccurrence(store, {
      force: f,
      ref: 'b',
      on: '2024-01-01',
      hoCode: '8Q',
      crimeType: 'Violence and sexual offences',
    });
    await addOccurrence(store, { force: f, ref: 'c', on: '2024-01-01', hoCode: '8Q' });
    await prepareVawgOccurrences(store);
    const rows = await store.query(
      'SELECT occurrence_ref, harm_days, harm_basis FROM model_vawg_harm ORDER BY occurrence_ref',
    );
    expect(rows).toEqual([
      { occurrence_ref: 'a', harm_days: 2555, harm_basis: 'ho-code' },
      { occurrence_ref: 'b', harm_days: 120.5, harm_basis: 'force-crime-type' },
      { occurrence_ref: 'c', harm_days: null, harm_basis: 'unknown' },
    ]);
  });

  it('fails with NOT_FOUND when the VAWG rules are not loaded', async () => {
    const { Store } = await import('../../src/store/store.js');
    await using store = await Store.open(':memory:');
    await expect(prepareVawgOccurrences(store)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
