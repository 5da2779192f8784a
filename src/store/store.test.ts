import { describe, expect, it } from 'vitest';
import { Store } from './store.js';

describe('Store', () => {
  it('creates the record tables and returns plain values', async () => {
    await using store = await Store.open(':memory:');
    await store.run(
      `INSERT INTO person (force, person_ref, date_of_birth, extract_id, source_file, source_line, loaded_at)
       VALUES (?, ?, ?::DATE, 'x', 'persons.csv', 2, now())`,
      ['kent', '007', '1990-02-03'],
    );
    const rows = await store.query<{ n: number; dob: string }>(
      'SELECT count(*) AS n, any_value(date_of_birth) AS dob FROM person WHERE force = $1',
      ['kent'],
    );
    expect(rows).toEqual([{ n: 1, dob: '1990-02-03' }]);
  });

  it('rolls back every change when a transaction fails', async () => {
    await using store = await Store.open(':memory:');
    const insert = `INSERT INTO link (force, person_ref, link_type, object_key, extract_id, source_file, source_line, loaded_at)
      VALUES ('kent', 'p1', 'VISOR', ?, 'x', 'links.csv', 2, now())`;
    await expect(
      store.transaction(async () => {
        await store.run(insert, ['k1']);
        await store.run(insert, ['k1']);
      }),
    ).rejects.toThrow(/store query failed/);
    expect(await store.query('SELECT * FROM link')).toEqual([]);
  });
});
