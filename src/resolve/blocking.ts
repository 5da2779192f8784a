import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';

/**
 * Blocking rules: which record pairs are compared at all. Each rule is a list of key
 * expressions over `resolve_record` columns; two records are a candidate pair when every key
 * is equal and not null. The expressions are a closed set in code, never user input.
 *
 * The first rules are tight (a few pairs per record at any scale); the last three are loose
 * (their pairs grow with the square of the records per key) and help small, noisy files such as
 * FEBRL, but at a million records they would make tens of millions of pairs, so the per-rule
 * cap skips them there. Chosen as generic rules (names, date of birth, postcode, id number),
 * checked for pair counts and recall on FEBRL and the synthetic forces (docs/resolve.md).
 * The `history_postcode_*` rules key on every home postcode a record has held (one key row per
 * postcode, `unnest`), so a person who moved between forces meets the other force's record at
 * the earlier address; records without history give them no keys.
 */
export const blockingRules = {
  id_number: ['id_number'],
  name: ['forename', 'surname'],
  dob_forename: ['dob', 'forename'],
  dob_surname_initial: ['dob', 'left(surname, 1)'],
  forename_surname3: ['forename', 'left(surname, 3)'],
  surname3_forename1_birth_year: ['left(surname, 3)', 'left(forename, 1)', 'left(dob, 4)'],
  postcode_surname_initial: ['postcode', 'left(surname, 1)'],
  postcode_initial: ['postcode', 'left(forename, 1)'],
  history_postcode_forename1: ['unnest(postcodes)', 'left(forename, 1)'],
  history_postcode_surname1: ['unnest(postcodes)', 'left(surname, 1)'],
  street_locality: ['street', 'locality'],
  email: ['email'],
  dob: ['dob'],
  surname3_birth_year: ['left(surname, 3)', 'left(dob, 4)'],
  forename3_birth_year: ['left(forename, 3)', 'left(dob, 4)'],
} as const satisfies Record<string, readonly string[]>;

/** The name of one blocking rule. */
export type BlockingRuleName = keyof typeof blockingRules;

/** The rules used when none are named. */
export const defaultBlockingRules: readonly BlockingRuleName[] = Object.keys(
  blockingRules,
) as BlockingRuleName[];

/** Default cap on the pairs one rule may generate; a rule over it is skipped and reported. */
export const defaultMaxPairsPerRule = 2_000_000;

/** Whether pairs within one source count (dedupe) or only pairs across sources (link). */
export type LinkMode = 'dedupe' | 'link';

/** How many pairs one rule generates, counted before any pair is made, and whether it ran. */
export interface RuleCount {
  rule: BlockingRuleName;
  pairs: number;
  /** 'used', or 'skipped' when the rule alone would go over the per-rule cap. */
  status: 'used' | 'skipped';
}

function keyTable(rule: BlockingRuleName): string {
  const keys = blockingRules[rule].map((expr, i) => `${expr} AS k${i}`);
  const notNull = blockingRules[rule].map((_, i) => `k${i} IS NOT NULL`).join(' AND ');
  return `(SELECT * FROM (SELECT record_id, source, ${keys.join(', ')} FROM resolve_record) WHERE ${notNull})`;
}

/** Counts the pairs each rule would generate (duplicates across rules included). */
export async function countBlockedPairs(
  store: Store,
  rules: readonly BlockingRuleName[],
  mode: LinkMode,
): Promise<{ rule: BlockingRuleName; pairs: number }[]> {
  const counts: { rule: BlockingRuleName; pairs: number }[] = [];
  for (const rule of rules) {
    const keys = blockingRules[rule].map((_, i) => `k${i}`).join(', ');
    const sql = `WITH s AS (SELECT ${keys}, source, count(*)::DOUBLE AS n FROM ${keyTable(rule)} GROUP BY ALL),
      k AS (SELECT sum(n) AS t, sum(n * n) AS sq, sum(n * (n - 1) / 2) AS within FROM s GROUP BY ${keys})
      SELECT coalesce(sum(${mode === 'link' ? '(t * t - sq) / 2' : 't * (t - 1) / 2'}), 0) AS pairs FROM k`;
    const row = await store.one<{ pairs: number }>(sql);
    counts.push({ rule, pairs: Number(row.pairs) });
  }
  return counts;
}

/**
 * Makes the candidate pairs `resolve_candidate(id_l, id_r)` (id_l < id_r, each pair once)
 * from the rules. A rule that alone would make more than `maxPairsPerRule` pairs is skipped
 * (status 'skipped' in the report); the run refuses when the rules kept would together make
 * more than `maxPairs`.
 */
export async function makeCandidatePairs(
  store: Store,
  options: {
    rules: readonly BlockingRuleName[];
    mode: LinkMode;
    maxPairs: number;
    maxPairsPerRule?: number;
  },
): Promise<RuleCount[]> {
  const cap = options.maxPairsPerRule ?? defaultMaxPairsPerRule;
  const counts: RuleCount[] = (await countBlockedPairs(store, options.rules, options.mode)).map(
    (c) => ({ ...c, status: c.pairs > cap ? 'skipped' : 'used' }),
  );
  const used = counts.filter((c) => c.status === 'used');
  const total = used.reduce((sum, c) => sum + c.pairs, 0);
  if (total > options.maxPairs) {
    const worst = [...used].sort((a, b) => b.pairs - a.pairs)[0];
    throw new ToexError(
      'INVALID_VALUE',
      `blocking would generate ${total} pairs, over the cap of ${options.maxPairs} ` +
        `(rule ${worst?.rule ?? '?'} gives ${worst?.pairs ?? 0}); drop or tighten that rule, ` +
        'or raise the cap',
    );
  }
  const selects = used.map((c) => ruleSelect(c.rule, options.mode));
  const pairs = selects.length > 0 ? selects.join(' UNION ALL ') : emptyPairs;
  await store.run(
    `CREATE OR REPLACE TABLE resolve_candidate AS SELECT DISTINCT id_l, id_r FROM (${pairs})`,
  );
  return counts;
}

const emptyPairs = 'SELECT NULL::VARCHAR AS id_l, NULL::VARCHAR AS id_r WHERE false';

function ruleSelect(rule: BlockingRuleName, mode: LinkMode): string {
  const on = blockingRules[rule].map((_, i) => `l.k${i} = r.k${i}`).join(' AND ');
  const cross = mode === 'link' ? ' AND l.source <> r.source' : '';
  return `SELECT l.record_id AS id_l, r.record_id AS id_r FROM ${keyTable(rule)} l
    JOIN ${keyTable(rule)} r ON ${on} AND l.record_id < r.record_id${cross}`;
}
