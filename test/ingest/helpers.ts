import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { recordSpecs } from '../../src/core/record-schema.js';

/** A fixture folder under test/fixtures/ingest/. */
export const fixture = (...parts: string[]) =>
  join(import.meta.dirname, '..', 'fixtures', 'ingest', ...parts);

/** Runs `work` against a fresh in-memory store, closed afterwards. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(':memory:', { threads: 1 });
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

const tables = [...recordSpecs.map((s) => s.table), 'extract', 'load_file', 'quarantine'];

/** Row count and an order-independent content checksum of every table ingest writes. */
export async function storeChecksum(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const row = await store.one<{ n: number; h: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))) AS h FROM ${table} t`,
    );
    out[table] = `${row.n}:${row.h ?? ''}`;
  }
  return out;
}

/** The number of rows in a table. */
export async function count(store: Store, table: string): Promise<number> {
  return (await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).n;
}
