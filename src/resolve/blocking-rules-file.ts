import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ToexError } from '../core/errors.js';
import {
  blockingColumns,
  builtInRules,
  isBuiltInRule,
  type BlockingRule,
} from './blocking-rules.js';

/** A user's blocking rules, read from a rules file (`toex resolve --rules FILE`). */
export interface BlockingRuleSet {
  rules: BlockingRule[];
  maxPairsPerRule?: number;
  maxPairs?: number;
}

// A key written as a bare column name is the column whole.
const keySchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? { column: raw } : raw),
  z.strictObject({
    column: z.enum(blockingColumns),
    first: z.int().min(1).max(20).optional(),
  }),
);

// A rule written as a bare name is that built-in rule.
const ruleSchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? { builtin: raw } : raw),
  z.union([
    z.strictObject({
      builtin: z.string().refine(isBuiltInRule, {
        message: `not a built-in rule; built-in rules are ${Object.keys(builtInRules).join(', ')}`,
      }),
    }),
    z.strictObject({
      name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
        message: 'a rule name is 1 to 40 lower-case letters, digits and _',
      }),
      keys: z.array(keySchema).min(1).max(6),
    }),
  ]),
);

const fileSchema = z.strictObject({
  kind: z.literal('toex-blocking-rules'),
  rules: z.array(ruleSchema).min(1),
  max_pairs_per_rule: z.int().positive().optional(),
  max_pairs: z.int().positive().optional(),
});

/** Reads and checks a blocking rules file; the error names the file and the field. */
export function loadBlockingRules(path: string): BlockingRuleSet {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `cannot read the blocking rules file ${path} as JSON; check the path and the JSON syntax`,
      { cause },
    );
  }
  return checkBlockingRules(raw, path);
}

/** Checks parsed blocking rules (as in a rules file); `where` names the file in errors. */
export function checkBlockingRules(raw: unknown, where: string): BlockingRuleSet {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw invalid(where, parsed.error.issues);
  const rules = parsed.data.rules.map((r): BlockingRule => {
    if ('builtin' in r) return { name: r.builtin, keys: builtInRules[r.builtin] };
    return { name: r.name, keys: r.keys.map((k) => ({ ...k })) };
  });
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.name)) {
      throw invalid(where, [{ path: ['rules', i], message: `rule ${rule.name} is listed twice` }]);
    }
    seen.add(rule.name);
  });
  const { max_pairs_per_rule: perRule, max_pairs: total } = parsed.data;
  return {
    rules,
    ...(perRule === undefined ? {} : { maxPairsPerRule: perRule }),
    ...(total === undefined ? {} : { maxPairs: total }),
  };
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  errors?: readonly (readonly Issue[])[];
}

function invalid(where: string, issues: readonly Issue[]): ToexError {
  const listed = issues
    .flatMap(deepest)
    .slice(0, 5)
    .map((i) => `${fieldPath(i.path)}: ${i.message}`);
  return new ToexError(
    'INVALID_VALUE',
    `the blocking rules file ${where} is not valid: ${listed.join('; ')}; ` +
      'fix the file (its format is in docs/resolve.md, "Blocking rules file")',
  );
}

/** A union's issue holds each branch's issues; the branch that got furthest says most. */
function deepest(issue: Issue): Issue[] {
  if (!issue.errors || issue.errors.length === 0) return [issue];
  const branches = issue.errors.map((b) =>
    b.map((i) => ({ ...i, path: [...issue.path, ...i.path] })),
  );
  const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  return best.flatMap(deepest);
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.errors ? 1 : 0)));
}

/** `rules[2].keys[0].column`, or `(the file)` for the top level. */
function fieldPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return text || '(the file)';
}
