import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { linkageMetrics, type LinkageMetrics } from './linkage-metrics.js';

/**
 * Scores the store's resolved persons (person_key) against a truth CSV with columns
 * force, person_ref, true_person_id (as the synthetic generator writes person-truth.csv).
 * Records missing from the truth file are left out and counted.
 */
export async function evaluateTruth(
  store: Store,
  truthPath: string,
): Promise<LinkageMetrics & { records: number; unmatched: number }> {
  let rows: { p: string; t: string | null }[];
  try {
    rows = await store.query<{ p: string; t: string | null }>(
      `SELECT k.person_id AS p, t.true_person_id AS t
       FROM person_key k
       LEFT JOIN read_csv($path, all_varchar = true, header = true) t
         ON t.force = k.force AND t.person_ref = k.person_ref`,
      { path: truthPath },
    );
  } catch (cause) {
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `cannot read the truth file ${truthPath}; expected a CSV with force,person_ref,true_person_id`,
      { cause },
    );
  }
  const labelled = rows.flatMap((r) => (r.t === null ? [] : [{ predicted: r.p, truth: r.t }]));
  return {
    ...linkageMetrics(labelled),
    records: labelled.length,
    unmatched: rows.length - labelled.length,
  };
}
