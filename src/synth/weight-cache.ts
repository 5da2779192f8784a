import type { Random, WeightTable } from '../core/random.js';
import { weightTable } from '../core/random.js';

const tables = new WeakMap<object, WeightTable>();

/**
 * Draws an index of `list` by weight, preparing the cumulative table once per list object
 * (lists come from parameters.json or reference files and never change during a run).
 */
export function drawIndex<T>(
  random: Random,
  list: readonly T[],
  weightOf: (item: T) => number,
): number {
  let table = tables.get(list);
  if (table === undefined) {
    table = weightTable(list.map(weightOf));
    tables.set(list, table);
  }
  return random.fromTable(table);
}

/** Draws an index from a list of plain weights. */
export function drawWeight(random: Random, weights: readonly number[]): number {
  return drawIndex(random, weights, (w) => w);
}
