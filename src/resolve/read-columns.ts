import type { Store } from '../store/store.js';

/**
 * Reads the text columns of a query column by column: for a million rows this takes about half
 * the time of `store.query`, which builds one object per row. NULL comes back as ''.
 * Example: `readTextColumns(store, 'SELECT record_id FROM resolve_record')` gives `[[ids]]`.
 */
export async function readTextColumns(store: Store, sql: string): Promise<string[][]> {
  const reader = await store.raw.runAndReadAll(sql);
  return reader.getColumns().map((column) => column.map((v) => (v === null ? '' : String(v))));
}
