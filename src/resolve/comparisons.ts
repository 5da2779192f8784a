/**
 * The comparisons the linkage model scores, declared once. Each comparison's levels run from
 * the lowest (index 0) to the exact match (the last); `sql/compare-pairs.sql` computes the
 * level of each pair as that index, or -1 when either value is missing (neutral, weight 0).
 */
export interface Comparison {
  /** Column of the comparison vector, `g_<name>`. */
  name: ComparisonName;
  /** Level labels from lowest to highest. */
  levels: readonly string[];
  /** Term-frequency adjusted: the exact level's u is the value's frequency (`tf_<name>`). */
  tf: boolean;
}

/** The closed set of comparison names. */
export type ComparisonName =
  | 'forename'
  | 'surname'
  | 'dob'
  | 'postcode'
  | 'gender'
  | 'id_number'
  | 'street_number'
  | 'street'
  | 'locality'
  | 'email'
  | 'postcode_history';

/** Every comparison, in the order of the comparison vector. */
export const comparisons: readonly Comparison[] = [
  {
    name: 'forename',
    levels: ['different', 'jw>=0.70', 'initial', 'jw>=0.88', 'jw>=0.92', 'swapped', 'exact'],
    tf: true,
  },
  {
    name: 'surname',
    levels: ['different', 'jw>=0.70', 'jw>=0.88', 'jw>=0.92', 'swapped', 'exact'],
    tf: true,
  },
  {
    name: 'dob',
    levels: ['different', 'within a year', 'one character', 'day-month swapped', 'exact'],
    tf: false,
  },
  {
    name: 'postcode',
    levels: ['different', 'area', 'district', 'one character', 'sector', 'exact'],
    tf: false,
  },
  { name: 'gender', levels: ['different', 'exact'], tf: false },
  { name: 'id_number', levels: ['different', 'one character', 'exact'], tf: false },
  { name: 'street_number', levels: ['different', 'exact'], tf: false },
  { name: 'street', levels: ['different', 'jw>=0.88', 'exact'], tf: false },
  { name: 'locality', levels: ['different', 'jw>=0.88', 'exact'], tf: false },
  { name: 'email', levels: ['different', 'jw>=0.88', 'exact'], tf: false },
  // Address history: whether the records share any home postcode they have held, when their
  // latest postcodes differ (a person who moved between forces). Missing (neutral) when
  // neither has more than one postcode, or either has none: benchmarks without history.
  { name: 'postcode_history', levels: ['different', 'shared'], tf: false },
];

/** A comparison vector: the level of each comparison (-1 = missing), in `comparisons` order. */
export type ComparisonVector = readonly number[];

/** The vector columns as they appear in SQL (`g_forename`, ...). */
export const vectorColumns: readonly string[] = comparisons.map((c) => `g_${c.name}`);

/** The index of the exact (top) level of a comparison. */
export function topLevel(comparison: Comparison): number {
  return comparison.levels.length - 1;
}
