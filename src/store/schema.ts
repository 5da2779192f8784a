import { existsSync, readdirSync, readFileSync } from 'node:fs';
import {
  provenanceColumns,
  recordSpecs,
  type ColumnKind,
  type RecordSpec,
} from '../core/record-schema.js';
import { srcPath } from '../core/paths.js';
import type { Store } from './store.js';

const sqlType: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  ref: 'VARCHAR',
  enum: 'VARCHAR',
  date: 'DATE',
  datetime: 'TIMESTAMP',
  flag: 'BOOLEAN',
  int: 'INTEGER',
  float: 'DOUBLE',
};

/** Columns the store derives at load time, per record table. */
export const derivedColumns: Record<string, readonly { name: string; sql: string }[]> = {
  occurrence: [
    { name: 'postcode_district', sql: 'VARCHAR' },
    { name: 'postcode_sector', sql: 'VARCHAR' },
    { name: 'date_precision', sql: "VARCHAR NOT NULL DEFAULT 'day'" },
  ],
  address: [{ name: 'postcode_district', sql: 'VARCHAR' }],
  person: [],
  involvement: [],
  link: [],
};

/** The CREATE TABLE statement of one record table, generated from the record model. */
export function recordTableDdl(spec: RecordSpec): string {
  const columns = [
    ...spec.columns.map((c) => `${c.name} ${sqlType[c.kind]}${c.required ? ' NOT NULL' : ''}`),
    ...(derivedColumns[spec.table] ?? []).map((c) => `${c.name} ${c.sql}`),
    'extras JSON',
    ...provenanceColumns.map((c) => `${c.name} ${c.sql}`),
  ];
  const key = ['force', ...spec.key].join(', ');
  return `CREATE TABLE IF NOT EXISTS ${spec.table} (\n  ${columns.join(',\n  ')},\n  PRIMARY KEY (${key})\n)`;
}

/**
 * Brings a store's schema up to date: the record tables from the record model, then every
 * `src/<stage>/sql/schema-*.sql` file in name order. Safe to run on every open.
 */
export async function applySchema(store: Store): Promise<void> {
  for (const spec of recordSpecs) await store.run(recordTableDdl(spec));
  for (const file of schemaFiles()) await store.run(readFileSync(file, 'utf8'));
}

function schemaFiles(): string[] {
  const files: string[] = [];
  for (const stage of readdirSync(srcPath(), { withFileTypes: true })) {
    if (!stage.isDirectory()) continue;
    const dir = srcPath(stage.name, 'sql');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/^schema-.*\.sql$/.test(name)) files.push(`${dir}/${name}`);
  }
  files.push(...moduleSchemaFiles());
  return files.sort((a, b) => basename(a).localeCompare(basename(b)));
}

/** Schema files of modules inside a stage, `src/<stage>/<module>/sql/schema-*.sql`. */
function moduleSchemaFiles(): string[] {
  const files: string[] = [];
  for (const stage of readdirSync(srcPath(), { withFileTypes: true })) {
    if (!stage.isDirectory()) continue;
    for (const mod of readdirSync(srcPath(stage.name), { withFileTypes: true })) {
      if (!mod.isDirectory() || mod.name === 'sql') continue;
      const dir = srcPath(stage.name, mod.name, 'sql');
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        if (/^schema-.*\.sql$/.test(name)) files.push(`${dir}/${name}`);
      }
    }
  }
  return files;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
