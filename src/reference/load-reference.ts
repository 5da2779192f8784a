import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { ReferenceTable, ReferenceVersion } from './reference-table.js';
import { readReferenceTables, type ReferenceOptions } from './reference-tables.js';

/** What a reference load did: rows per table and warnings worth showing the user. */
export interface ReferenceLoadOutcome {
  tables: { name: string; version: string; rows: number }[];
  warnings: string[];
}

/** One `ref_version` row with the loaded table's current row count. */
export interface ReferenceVersionRow extends ReferenceVersion {
  loaded_at: string | null;
  rows: number;
}

const batchRows = 500;

/**
 * Loads every reference table from its files, replacing what is there, in one transaction:
 * a failure leaves the previous tables intact. Running it twice gives the same tables.
 *
 * @example
 * await loadReference(store, { cchiWorkbook: 'CCHI 2026.xlsx' });
 */
export async function loadReference(
  store: Store,
  options: ReferenceOptions = {},
): Promise<ReferenceLoadOutcome> {
  const { tables, warnings } = await readReferenceTables(options);

  await store.transaction(async () => {
    for (const table of tables) await replaceTable(store, table);
  });

  return {
    tables: tables.map((t) => ({ name: t.name, version: t.version.version, rows: t.rows.length })),
    warnings,
  };
}

/**
 * Tables added after the first stores were made. A store whose reference data was loaded
 * before one of them existed gets it on first use, without the rest being reloaded (which
 * would undo a user's CCHI workbook or VAWG rule file).
 */
const addedLater = ['ref_ethnicity'];

/**
 * Loads the shipped reference tables when none are loaded yet (`ref_version` empty), or
 * only the tables added since the store's were loaded; other stages call this before they
 * join to reference tables. Returns true if it loaded anything.
 */
export async function ensureReference(store: Store): Promise<boolean> {
  const loaded = await store.query<{ name: string }>('SELECT name FROM ref_version');
  if (loaded.length === 0) {
    await loadReference(store);
    return true;
  }

  const have = new Set(loaded.map((r) => r.name));
  const missing = addedLater.filter((name) => !have.has(name));
  if (missing.length === 0) return false;
  const { tables } = await readReferenceTables();
  await store.transaction(async () => {
    for (const table of tables.filter((t) => missing.includes(t.name)))
      await replaceTable(store, table);
  });
  return true;
}

/**
 * The loaded reference versions, one per table, with row counts; products print these.
 * SQL: `SELECT name, version, source, licence, sha256, loaded_at FROM ref_version`.
 */
export async function referenceVersions(store: Store): Promise<ReferenceVersionRow[]> {
  const versions = await store.query<Omit<ReferenceVersionRow, 'rows'>>(
    'SELECT name, version, source, licence, sha256, loaded_at FROM ref_version ORDER BY name',
  );
  const out: ReferenceVersionRow[] = [];
  for (const v of versions) {
    // Table names come from ref_version rows this module wrote, checked against its own list.
    const { n } = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${tableName(v.name)}`);
    out.push({ ...v, rows: n });
  }
  return out;
}

async function replaceTable(store: Store, table: ReferenceTable): Promise<void> {
  await store.run(`DELETE FROM ${tableName(table.name)}`);
  const placeholders = `(${table.columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < table.rows.length; i += batchRows) {
    const batch = table.rows.slice(i, i + batchRows);
    await store.run(
      `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${batch.map(() => placeholders).join(', ')}`,
      batch.flat(),
    );
  }
  const v = table.version;
  await store.run(
    `INSERT OR REPLACE INTO ref_version (name, version, source, licence, sha256, loaded_at)
     VALUES (?, ?, ?, ?, ?, current_timestamp::TIMESTAMP)`,
    [v.name, v.version, v.source, v.licence, v.sha256],
  );
}

const referenceTableNames = [
  'ref_offence',
  'ref_vawg_rule',
  'ref_harm',
  'ref_harm_crime_type',
  'ref_population',
  'ref_postcode_district',
  'ref_ethnicity',
] as const;

function tableName(name: string): string {
  if (!(referenceTableNames as readonly string[]).includes(name)) {
    throw new ToexError(
      'INTERNAL',
      `ref_version names an unknown reference table ${name}; reload with toex reference load`,
    );
  }
  return name;
}
