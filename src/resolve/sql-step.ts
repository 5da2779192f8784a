import { readFileSync } from 'node:fs';
import type { DuckDBValue } from '@duckdb/node-api';
import { srcPath } from '../core/paths.js';
import type { Store } from '../store/store.js';

const cache = new Map<string, string>();

/** Table names a resolution step may be pointed at: a closed set, never user input. */
export type StepTable =
  | 'resolve_candidate'
  | 'resolve_vector'
  | 'resolve_u_pair'
  | 'resolve_u_vector'
  | 'resolve_explain_pair'
  | 'resolve_explain_vector';

/**
 * The text of `src/resolve/sql/<name>.sql`, with `{placeholder}` table names filled from the
 * closed set above. Values are always bound as parameters (`$name`), never spliced in.
 */
export function resolveSql(name: string, tables: Record<string, StepTable> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(srcPath('resolve', 'sql', `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => tables[key] ?? whole);
}

/** The statements of a step file, split at each `;` that ends a line. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.replace(/--.*$/gm, '').trim() !== '');
}

/** Only the parameters a statement names (`$name`), as DuckDB refuses extra ones. */
export function paramsFor(
  statement: string,
  params: Record<string, DuckDBValue>,
): Record<string, DuckDBValue> {
  const code = statement.replace(/--.*$/gm, '');
  const used: Record<string, DuckDBValue> = {};
  for (const [key, value] of Object.entries(params)) {
    if (new RegExp(`\\$${key}\\b`).test(code)) used[key] = value;
  }
  return used;
}

/** Runs every statement of a step file in order, each with the parameters it names. */
export async function runStep(
  store: Store,
  name: string,
  options: { tables?: Record<string, StepTable>; params?: Record<string, DuckDBValue> } = {},
): Promise<void> {
  for (const statement of splitStatements(resolveSql(name, options.tables))) {
    const params = paramsFor(statement, options.params ?? {});
    await store.run(statement, Object.keys(params).length > 0 ? params : undefined);
  }
}
