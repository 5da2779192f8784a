// The suspect charts' labels from pack-suspect-profile.sql: the age chart's bars were in
// count order, and the ethnicity chart mixed codes (W1) with descriptions a force wrote
// out. Hand-made suspects, each with one harassment (8L) occurrence in the period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartBlock } from '../../../src/products/document/pack-document.js';
import type { PackContext } from '../../../src/products/pack/generate-pack.js';
import { suspectChartsSection } from '../../../src/products/pack/suspect-charts-section.js';
import { buildProfile } from '../../../src/products/profile/build-profile.js';
import type { Store } from '../../../src/store/store.js';
import { addVawgWith, openFixtureStore } from '../../fixtures/profile/fixture-store.js';

const force = 'testshire';
const period = { from: '2023-11-01', to: '2024-04-30' };

/** Suspect, recorded ethnicity, age at event. */
const suspects: [string, string | null, number | null][] = [
  ['a', 'A2', 40],
  ['b', ' a2 ', 19],
  ['c', 'asian - pakistani', 70],
  ['d', 'Klingon', null],
  ['e', null, 16],
  ['f', 'W1', null],
];

let store: Store;
let charts: ChartBlock[];

beforeAll(async () => {
  store = await openFixtureStore();
  for (const [person, ethnicity, age] of suspects) {
    await addVawgWith(store, { force, ref: `o-${person}`, on: '2024-01-10', person });
    await store.run('UPDATE person SET ethnicity = ? WHERE person_ref = ?', [ethnicity, person]);
    await store.run('UPDATE involvement SET age_at_event = ? WHERE person_ref = ?', [age, person]);
  }
  await buildProfile(store, { force, ...period });
  const section = await suspectChartsSection({ store, period } as PackContext);
  charts = section.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
});
afterAll(() => store.close());

const pairs = (id: string) => {
  const chart = charts.find((c) => c.id === id);
  return chart?.categories.map((c, i) => [c, chart.series[0]?.values[i]]);
};

describe('suspect chart labels', () => {
  it('puts age bands in age order, every band shown, not recorded last', () => {
    expect(pairs('suspects-by-age')).toEqual([
      ['Under 18', 1],
      ['18-24', 1],
      ['25-34', 0],
      ['35-49', 1],
      ['50 and over', 1],
      ['Not recorded', 2],
    ]);
  });

  it('labels ethnicity by code and description, however the force recorded it', () => {
    expect(pairs('suspects-by-ethnicity')).toEqual([
      ['A2 Asian - Pakistani', 3],
      ['Klingon', 1],
      ['Not recorded', 1],
      ['W1 White - English/Welsh/Scottish/Northern Irish/British', 1],
    ]);
  });
});
