/**
 * Blocking rules: which record pairs are compared at all. A rule is a list of keys over
 * `resolve_record` columns; two records are a candidate pair when every key is equal and not
 * null. A key is a column from a closed set, optionally cut to its first N characters, so a
 * rule (built in or from a user's rules file) is turned into SQL here and never holds SQL text.
 */

/** The `resolve_record` columns a blocking key may use. */
export const blockingColumns = [
  'forename',
  'surname',
  'dob',
  'postcode',
  'pc_sector',
  'pc_district',
  'pc_area',
  'gender',
  'id_number',
  'street_number',
  'street',
  'locality',
  'email',
  'postcodes',
] as const;

/** A column a blocking key may use; `postcodes` is the home postcode history (a list). */
export type BlockingColumn = (typeof blockingColumns)[number];

/**
 * One key of a blocking rule: a column, or its first `first` characters (1 to 20). The list
 * column `postcodes` gives one key per postcode the record has held (`unnest`), so a record
 * without history gets no key from it.
 */
export interface BlockingKey {
  column: BlockingColumn;
  first?: number;
}

/** A named blocking rule: records pair when all its keys are equal and not null. */
export interface BlockingRule {
  name: string;
  keys: readonly BlockingKey[];
}

const key = (column: BlockingColumn, first?: number): BlockingKey =>
  first === undefined ? { column } : { column, first };

/**
 * The built-in rules, tight first: a few pairs per record at any scale. The last three are
 * loose (pairs grow with the square of the records per key): they help small, noisy files such
 * as FEBRL, and the per-rule cap skips them at a million records. Chosen as generic rules
 * (names, date of birth, postcode, id number), checked for pair counts and recall on FEBRL and
 * the synthetic forces (docs/resolve.md).
 */
export const builtInRules = {
  id_number: [key('id_number')],
  name: [key('forename'), key('surname')],
  dob_forename: [key('dob'), key('forename')],
  dob_surname_initial: [key('dob'), key('surname', 1)],
  forename_surname3: [key('forename'), key('surname', 3)],
  surname3_forename1_birth_year: [key('surname', 3), key('forename', 1), key('dob', 4)],
  postcode_surname_initial: [key('postcode'), key('surname', 1)],
  postcode_initial: [key('postcode'), key('forename', 1)],
  history_postcode_forename1: [key('postcodes'), key('forename', 1)],
  history_postcode_surname1: [key('postcodes'), key('surname', 1)],
  street_locality: [key('street'), key('locality')],
  email: [key('email')],
  dob: [key('dob')],
  surname3_birth_year: [key('surname', 3), key('dob', 4)],
  forename3_birth_year: [key('forename', 3), key('dob', 4)],
} as const satisfies Record<string, readonly BlockingKey[]>;

/** The name of a built-in blocking rule. */
export type BlockingRuleName = keyof typeof builtInRules;

/** True when `name` names a built-in rule. */
export function isBuiltInRule(name: string): name is BlockingRuleName {
  return Object.hasOwn(builtInRules, name);
}

/** Built-in rules by name, in the order given. */
export function rulesNamed(...names: BlockingRuleName[]): BlockingRule[] {
  return names.map((name) => ({ name, keys: builtInRules[name] }));
}

/** The rules used when none are given: every built-in rule. */
export const defaultBlockingRules: readonly BlockingRule[] = rulesNamed(
  ...(Object.keys(builtInRules) as BlockingRuleName[]),
);

/** The SQL of one key over resolve_record. Columns are a closed set; `first` an integer. */
export function keySql(k: BlockingKey): string {
  if (!(blockingColumns as readonly string[]).includes(k.column)) {
    throw new RangeError(`blocking key column ${String(k.column)} is not a resolve_record column`);
  }
  const n = k.first;
  if (n !== undefined && !(Number.isInteger(n) && n >= 1 && n <= 20)) {
    throw new RangeError(`blocking key ${k.column}: first must be an integer from 1 to 20`);
  }
  if (k.column === 'postcodes') {
    return n === undefined
      ? 'unnest(postcodes)'
      : `unnest(list_transform(postcodes, p -> left(p, ${n})))`;
  }
  return n === undefined ? k.column : `left(${k.column}, ${n})`;
}

/** A rule written as its keys, e.g. `dob + left(surname, 1)`, for reports. */
export function describeRule(rule: BlockingRule): string {
  return rule.keys.map(keySql).join(' + ');
}
