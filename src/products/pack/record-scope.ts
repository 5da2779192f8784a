import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Whose person records a person page may show: one force's (`'kent'`, for an analyst's
 * account), or every force's (`null`: the command line and the regional roles).
 */
export type RecordScope = string | null;

const packScope = new AsyncLocalStorage<RecordScope>();

/**
 * Runs `work` (a pack builder) with `scope` as the record scope of every person page it
 * reads. `generatePack` sets it around the builder, so a builder that reads a page without
 * naming a scope still honours the scope of the account the pack is made for.
 */
export function withRecordScope<T>(scope: RecordScope, work: () => Promise<T>): Promise<T> {
  return packScope.run(scope, work);
}

/** The record scope of the pack being built; `null` (every force) outside `withRecordScope`. */
export function currentRecordScope(): RecordScope {
  return packScope.getStore() ?? null;
}

/** A force code as a name: `west-mercia` becomes `West Mercia`. */
export function forceName(force: string): string {
  return force
    .split('-')
    .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)
    .join(' ');
}
