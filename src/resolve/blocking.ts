import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { keySql, type BlockingRule } from './blocking-rules.js';

/** Default cap on the pairs one rule may generate; a rule over it is skipped and reported. */
export const defaultMaxPairsPerRule = 2_000_000;

/** Default cap on the pairs all the rules kept may generate together; over it the run refuses. */
export const defaultMaxPairs = 200_000_000;

/** Whether pairs within one source count (dedupe) or only pairs across sources (link). */
export type LinkMode = 'dedupe' | 'link';

/** How many pairs one rule generates, counted before any pair is made, and whether it ran. */
export interface RuleCount {
  rule: string;
  pairs: number;
  /** 'used', or 'skipped' when the rule alone would go over the per-rule cap. */
  status: 'used' | 'skipped';
}

function keyTable(rule: BlockingRule): string {
  const keys = rule.keys.map((k, i) => `${keySql(k)} AS k${i}`);
  const notNull = rule.keys.map((_, i) => `k${i} IS NOT NULL`).join(' AND ');
  return `(SELECT * FROM (SELECT record_id, source, ${keys.join(', ')} FROM resolve_record) WHERE ${notNull})`;
}

/**
 * Counts the pairs each rule would generate over resolve_record (duplicates across rules
 * included) without making any pair, and marks a rule over `maxPairsPerRule` 'skipped'.
 */
export async function countRulePairs(
  store: Store,
  options: { rules: readonly BlockingRule[]; mode: LinkMode; maxPairsPerRule?: number },
): Promise<RuleCount[]> {
  const cap = options.maxPairsPerRule ?? defaultMaxPairsPerRule;
  const counts: RuleCount[] = [];
  for (const rule of options.rules) {
    const keys = rule.keys.map((_, i) => `k${i}`).join(', ');
    const sql = `WITH s AS (SELECT ${keys}, source, count(*)::DOUBLE AS n FROM ${keyTable(rule)} GROUP BY ALL),
      k AS (SELECT sum(n) AS t, sum(n * n) AS sq FROM s GROUP BY ${keys})
      SELECT coalesce(sum(${options.mode === 'link' ? '(t * t - sq) / 2' : 't * (t - 1) / 2'}), 0) AS pairs FROM k`;
    const row = await store.one<{ pairs: number }>(sql);
    const pairs = Number(row.pairs);
    counts.push({ rule: rule.name, pairs, status: pairs > cap ? 'skipped' : 'used' });
  }
  return counts;
}

/**
 * Makes the candidate pairs `resolve_candidate(id_l, id_r)` (id_l < id_r, each pair once)
 * from the rules. Counts each rule's pairs first and hands the counts to `onCounts` before
 * any pair is made; a rule that alone would make more than `maxPairsPerRule` pairs is skipped
 * (status 'skipped'); the run refuses when the rules kept would together make more than
 * `maxPairs`.
 */
export async function makeCandidatePairs(
  store: Store,
  options: {
    rules: readonly BlockingRule[];
    mode: LinkMode;
    maxPairs?: number;
    maxPairsPerRule?: number;
    onCounts?: (counts: readonly RuleCount[]) => void;
  },
): Promise<RuleCount[]> {
  const counts = await countRulePairs(store, options);
  options.onCounts?.(counts);
  const used = options.rules.filter((_, i) => counts[i]?.status === 'used');
  refuseOverCap(
    counts.filter((c) => c.status === 'used'),
    options.maxPairs ?? defaultMaxPairs,
  );
  const selects = used.map((rule) => ruleSelect(rule, options.mode));
  const pairs = selects.length > 0 ? selects.join(' UNION ALL ') : emptyPairs;
  await store.run(
    `CREATE OR REPLACE TABLE resolve_candidate AS SELECT DISTINCT id_l, id_r FROM (${pairs})`,
  );
  return counts;
}

function refuseOverCap(used: readonly RuleCount[], maxPairs: number): void {
  const total = used.reduce((sum, c) => sum + c.pairs, 0);
  if (total <= maxPairs) return;
  const worst = [...used].sort((a, b) => b.pairs - a.pairs)[0];
  throw new ToexError(
    'INVALID_VALUE',
    `blocking would generate ${total} pairs, over the cap of ${maxPairs} ` +
      `(rule ${worst?.rule ?? '?'} gives ${worst?.pairs ?? 0}); drop or tighten that rule, ` +
      'or raise the cap (max_pairs in the rules file)',
  );
}

const emptyPairs = 'SELECT NULL::VARCHAR AS id_l, NULL::VARCHAR AS id_r WHERE false';

function ruleSelect(rule: BlockingRule, mode: LinkMode): string {
  const on = rule.keys.map((_, i) => `l.k${i} = r.k${i}`).join(' AND ');
  const cross = mode === 'link' ? ' AND l.source <> r.source' : '';
  return `SELECT l.record_id AS id_l, r.record_id AS id_r FROM ${keyTable(rule)} l
    JOIN ${keyTable(rule)} r ON ${on} AND l.record_id < r.record_id${cross}`;
}
