import type { Store } from '../store/store.js';
import { loadSql } from './load-sql.js';
import { requireRows } from './require-tables.js';

/** Version of the VAWG classification rule; recorded in every product that uses it. */
export const vawgModelVersion = 'vawg-rule-v1';

/** Version of the per-occurrence harm model. */
export const harmModelVersion = 'harm-v1';

/** Why an occurrence counts as VAWG: which rule of ref_vawg_rule matched, and how. */
export type VawgReason = 'core-code' | 'female-victim' | 'da-flag' | 'exploitation-context';

/** Where an occurrence's harm came from; `unknown` is reported, never counted as zero. */
export type HarmBasis = 'ho-code' | 'force-crime-type' | 'unknown';

/** Options of the VAWG classification rule. */
export interface VawgOptions {
  /**
   * Count `exploitation-context` codes (e.g. 24, 27) as VAWG. Off by default: those codes
   * are VAWG only in context the record may not carry.
   */
  includeExploitation: boolean;
}

/** The default VAWG options: core codes, plus female-victim-or-DA-flag codes when they apply. */
export const defaultVawgOptions: VawgOptions = { includeExploitation: false };

/**
 * Classifies every occurrence in the store as VAWG or not and prices its harm.
 *
 * An occurrence is VAWG when its ho_code's rule is `core`; or `female-victim-or-DA-flag` and
 * its DA flag is set or any victim (role victim) is recorded with gender F; or
 * `exploitation-context` when `includeExploitation` is set. Writes two temp tables on the
 * store's connection: `model_vawg_occurrence` (the VAWG occurrences of all forces, with
 * `vawg_rule` and `vawg_reason`) and `model_vawg_harm` (force, occurrence_ref, harm_days,
 * harm_basis): ref_harm by ho_code, else ref_harm_crime_type by force and crime type, else
 * NULL with basis `unknown`.
 */
export async function prepareVawgOccurrences(
  store: Store,
  options: Partial<VawgOptions> = {},
): Promise<VawgOptions> {
  const resolved = { ...defaultVawgOptions, ...options };
  await requireRows(store, 'ref_vawg_rule');
  await store.run(loadSql('models', 'vawg-occurrence'), {
    include_exploitation: resolved.includeExploitation,
  });
  await store.run(loadSql('models', 'vawg-harm'));
  return resolved;
}
