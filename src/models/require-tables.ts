import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';

/**
 * Checks that a reference table a model depends on holds rows, so an unloaded reference
 * fails early with a clear next step instead of silently classifying nothing.
 */
export async function requireRows(store: Store, table: 'ref_vawg_rule'): Promise<void> {
  // The table name is one of a closed union, never user input.
  const { n } = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  if (n === 0) {
    throw new ToexError(
      'NOT_FOUND',
      `the reference table ${table} is empty; load the reference data first (ensureReference)`,
    );
  }
}
