import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/core/paths.js';
import { makeCandidatePairs } from '../../src/resolve/blocking.js';
import { rulesNamed } from '../../src/resolve/blocking-rules.js';
import { levelWeight, loadModel } from '../../src/resolve/linkage-model.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

// Invented records: [id, source, forename, surname, latest postcode, home postcode history].
// x:1 moved from y:1's address (HR7 7JQ); x:2 / y:2 have one address each (no history);
// x:3 has a history that y:3 does not share; z:4 is a benchmark record without history.
const records: [string, string, string, string, string | null, string[]][] = [
  ['x:1', 'x', 'Omer', 'Rodiguez', 'SG17 7GG', ['HR7 7JQ', 'sg17 7gg']],
  ['y:1', 'y', 'Omer', 'Rodriguez', 'HR7 7JQ', ['HR7 7JQ']],
  ['x:2', 'x', 'Ann', 'Lee', 'CM1 1AA', ['CM1 1AA']],
  ['y:2', 'y', 'Ann', 'Lee', 'CM2 9ZZ', ['CM2 9ZZ']],
  ['x:3', 'x', 'Bob', 'Ray', 'AB2 2BB', ['AB1 1AA', 'AB2 2BB']],
  ['y:3', 'y', 'Bob', 'Ray', 'AB3 3CC', ['AB3 3CC']],
  ['z:4', 'z', 'Bob', 'Ray', 'AB1 1AA', []],
];

async function withRecords<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(':memory:');
  try {
    await runStep(store, 'create-input');
    for (const [id, source, forename, surname, postcode, history] of records) {
      await store.run(
        `INSERT INTO resolve_input (record_id, source, forename, surname, postcode)
         VALUES ($id, $source, $forename, $surname, $postcode)`,
        { id, source, forename, surname, postcode },
      );
      for (const pc of history) {
        await store.run('INSERT INTO resolve_input_postcode VALUES ($id, $pc)', { id, pc });
      }
    }
    await runStep(store, 'prepare-records');
    return await work(store);
  } finally {
    store.close();
  }
}

describe('address history in resolution', () => {
  it('blocks records that share any historic home postcode and initial', async () => {
    const pairs = await withRecords(async (store) => {
      await makeCandidatePairs(store, {
        rules: rulesNamed('history_postcode_forename1'),
        mode: 'link',
        maxPairs: 100,
      });
      return store.query<{ id_l: string; id_r: string }>(
        'SELECT id_l, id_r FROM resolve_candidate ORDER BY ALL',
      );
    });
    // z:4 holds AB1 1AA as its latest postcode but has no history rows, so it gets no key.
    expect(pairs).toEqual([{ id_l: 'x:1', id_r: 'y:1' }]);
  });

  it('levels: shared history 1, history not shared 0, no history or one address each -1', async () => {
    const levels = await withRecords(async (store) => {
      await store.run(`CREATE OR REPLACE TABLE resolve_candidate AS
        SELECT * FROM (VALUES ('x:1', 'y:1'), ('x:2', 'y:2'), ('x:3', 'y:3'), ('x:3', 'z:4'))
        t(id_l, id_r)`);
      await runStep(store, 'compare-pairs', {
        tables: { pairs: 'resolve_candidate', out: 'resolve_vector' },
      });
      return store.query<{ id_l: string; g: number }>(
        'SELECT id_l, id_r, g_postcode_history AS g FROM resolve_vector ORDER BY ALL',
      );
    });
    expect(levels.map((r) => r.g)).toEqual([1, -1, 0, -1]);
  });

  it('reads a model saved before the history comparison with that comparison neutral', () => {
    const model = loadModel(dataPath('models', 'linkage-febrl3-example.json'));
    const history = model.comparisons.find((c) => c.name === 'postcode_history');
    expect(history?.levels.map(levelWeight)).toEqual([0, 0]);
  });
});
