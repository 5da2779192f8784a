import {
  defaultBlockingRules,
  defaultMaxPairs,
  defaultMaxPairsPerRule,
  describeRule,
  type BlockingRuleSet,
  type RuleCount,
} from '../../resolve/index.js';

/**
 * The blocking rule table that `toex resolve` prints once the rules are counted, before any
 * pair is made or scored, and that `toex resolve rules` prints alone: each rule's pairs
 * (before de-duplication across rules), whether it runs, and its keys.
 */
export function formatRuleCounts(
  counts: readonly RuleCount[],
  ruleSet: BlockingRuleSet | undefined,
): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const keys = new Map((ruleSet?.rules ?? defaultBlockingRules).map((r) => [r.name, r]));
  const perRule = ruleSet?.maxPairsPerRule ?? defaultMaxPairsPerRule;
  const width = Math.max(10, ...counts.map((c) => c.rule.length));
  const row = ([rule, pairs, status, rest]: [string, string, string, string]) =>
    `  ${rule.padEnd(width)} ${pairs.padStart(14)}  ${status.padEnd(7)}  ${rest}`.trimEnd();
  const used = counts.filter((c) => c.status === 'used');
  const total = used.reduce((sum, c) => sum + c.pairs, 0);
  const source = ruleSet ? 'from the rules file' : 'built in';
  return [
    `blocking rules (${source}), pairs counted before any pair is scored; a rule over ${n(perRule)} pairs is skipped:`,
    row(['rule', 'pairs', 'status', 'keys']),
    ...counts.map((c) => {
      const rule = keys.get(c.rule);
      return row([c.rule, n(c.pairs), c.status, rule ? describeRule(rule) : '']);
    }),
    row([
      'rules used',
      n(total),
      '',
      `${used.length} of ${counts.length}; the run refuses over ${n(ruleSet?.maxPairs ?? defaultMaxPairs)}`,
    ]),
    '',
  ].join('\n');
}
