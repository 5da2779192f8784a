import { readFileSync } from 'node:fs';
import { srcPath } from '../core/paths.js';
import type { Store } from '../store/store.js';

/**
 * Runs an ingest SQL step file (`src/ingest/sql/<name>.sql`), one statement at a time.
 * `{{name}}` placeholders take identifiers and column lists generated from the record
 * model, never values; values are bound as `$name` parameters, each statement getting only
 * the parameters it mentions.
 */
export async function runSqlFile(
  store: Store,
  name: string,
  input: { vars: Record<string, string>; params: Record<string, string | boolean | null> },
): Promise<void> {
  const text = readFileSync(srcPath('ingest', 'sql', `${name}.sql`), 'utf8');
  const sql = text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = input.vars[key];
    if (value === undefined) throw new Error(`${name}.sql: no value for {{${key}}}`);
    return value;
  });
  for (const statement of splitStatements(sql)) {
    const params = Object.fromEntries(
      Object.entries(input.params).filter(([key]) => new RegExp(`\\$${key}\\b`).test(statement)),
    );
    await store.run(statement, Object.keys(params).length > 0 ? params : undefined);
  }
}

/** Statements end with `;` at the end of a line; comments are dropped. */
function splitStatements(sql: string): string[] {
  const code = sql.replace(/^\s*--.*$/gm, '');
  return code
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
