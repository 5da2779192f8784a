import type { DuckDBAppender } from '@duckdb/node-api';
import type { RecordSpec } from '../core/record-schema.js';
import { derivedColumns } from '../store/schema.js';
import type { Store } from '../store/store.js';

/**
 * Staging tables: one temporary table per record kind, all VARCHAR (values are already
 * validated and in canonical form, cast set-wise on merge), plus `stage_quarantine` shaped
 * like `quarantine`. Temporary tables live only on this connection and never reach the file.
 */

/** The staged value columns of a record kind, in appender order (before extras/provenance). */
export function stagedColumns(spec: RecordSpec): string[] {
  return [
    ...spec.columns.map((c) => c.name),
    ...(derivedColumns[spec.table] ?? []).map((c) => c.name),
  ];
}

/** The name of a record kind's staging table. */
export function stageTable(spec: RecordSpec): string {
  return `stage_${spec.table}`;
}

/** Creates (or empties) the staging table of a record kind. */
export async function createStage(store: Store, spec: RecordSpec): Promise<void> {
  const columns = stagedColumns(spec).map((c) => `${c} VARCHAR`);
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${stageTable(spec)} (${columns.join(', ')}, ` +
      'extras VARCHAR, source_file VARCHAR NOT NULL, source_line INTEGER NOT NULL)',
  );
}

/** Creates (or empties) the quarantine staging table. */
export async function createQuarantineStage(store: Store): Promise<void> {
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_quarantine (source_file VARCHAR, source_line INTEGER, ' +
      'column_name VARCHAR, value_position VARCHAR, value VARCHAR, rule VARCHAR, ' +
      'expected VARCHAR, raw_record VARCHAR)',
  );
}

/** Drops every staging table of an ingest. */
export async function dropStages(store: Store, specs: readonly RecordSpec[]): Promise<void> {
  for (const spec of specs) await store.run(`DROP TABLE IF EXISTS temp.${stageTable(spec)}`);
  await store.run('DROP TABLE IF EXISTS temp.stage_quarantine');
}

/** An appender on a staging table (temporary tables live in the `temp` catalog). */
export function stageAppender(store: Store, table: string): Promise<DuckDBAppender> {
  return store.raw.createAppender(table, 'main', 'temp');
}

/** Appends a text value, or NULL for unknown. */
export function appendText(appender: DuckDBAppender, value: string | null | undefined): void {
  if (value === null || value === undefined) appender.appendNull();
  else appender.appendVarchar(value);
}
