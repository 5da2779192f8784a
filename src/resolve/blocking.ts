import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';

/**
 * Blocking rules: which record pairs are compared at all. Each rule is a list of key
 * expressions over `resolve_record` columns; two records are a candidate pair when every key
 * is equal and not null. The expressions are a closed set in code, never user input.
 */
export const blockingRules = {
  dob: ['dob'],
  id_number: ['id_number'],
  name: ['forename', 'surname'],
  surname3_birth_year: ['left(surname, 3)', 'left(dob, 4)'],
  forename3_birth_year: ['left(forename, 3)', 'left(dob, 4)'],
  postcode_initial: ['postcode', 'left(forename, 1)'],
  street_locality: ['street', 'locality'],
  email: ['email'],
} as const satisfies Record<string, readonly string[]>;

/** The name of one blocking rule. */
export type BlockingRuleName = keyof typeof blockingRules;

/** The rules used when none are named. */
export const defaultBlockingRules: readonly BlockingRuleName[] = Object.keys(
  blockingRules,
) as BlockingRuleName[];

/** Whether pairs within one source count (dedupe) or only pairs across sources (link). */
export type LinkMode = 'dedupe' | 'link';

/** How many pairs one rule generates, counted before any pair is made. */
export interface RuleCount {
  rule: BlockingRuleName;
  pairs: number;
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
): Promise<RuleCount[]> {
  const counts: RuleCount[] = [];
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
 * from the rules; refuses when the rules together would generate more than `maxPairs`.
 */
export async function makeCandidatePairs(
  store: Store,
  options: { rules: readonly BlockingRuleName[]; mode: LinkMode; maxPairs: number },
): Promise<RuleCount[]> {
  const counts = await countBlockedPairs(store, options.rules, options.mode);
  const total = counts.reduce((sum, c) => sum + c.pairs, 0);
  if (total > options.maxPairs) {
    const worst = [...counts].sort((a, b) => b.pairs - a.pairs)[0];
    throw new ToexError(
      'INVALID_VALUE',
      `blocking would generate ${total} pairs, over the cap of ${options.maxPairs} ` +
        `(rule ${worst?.rule ?? '?'} gives ${worst?.pairs ?? 0}); drop or tighten that rule, ` +
        'or raise the cap',
    );
  }
  const selects = options.rules.map((rule) => ruleSelect(rule, options.mode));
  await store.run(
    `CREATE OR REPLACE TABLE resolve_candidate AS SELECT DISTINCT id_l, id_r FROM (${selects.join(' UNION ALL ')})`,
  );
  return counts;
}

function ruleSelect(rule: BlockingRuleName, mode: LinkMode): string {
  const on = blockingRules[rule].map((_, i) => `l.k${i} = r.k${i}`).join(' AND ');
  const cross = mode === 'link' ? ' AND l.source <> r.source' : '';
  return `SELECT l.record_id AS id_l, r.record_id AS id_r FROM ${keyTable(rule)} l
    JOIN ${keyTable(rule)} r ON ${on} AND l.record_id < r.record_id${cross}`;
}
