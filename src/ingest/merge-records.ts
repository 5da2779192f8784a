import type { ColumnKind, RecordSpec } from '../core/record-schema.js';
import type { Store } from '../store/store.js';
import { runSqlFile } from './sql-file.js';
import { stageTable, stagedColumns } from './staging.js';

const castType: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  ref: 'VARCHAR',
  enum: 'VARCHAR',
  date: 'DATE',
  datetime: 'TIMESTAMP',
  flag: 'BOOLEAN',
  int: 'INTEGER',
  float: 'DOUBLE',
};

/** Which parent each reference column of a record kind must find in the store. */
const parents: Partial<Record<string, { column: string; table: string; rule: string }[]>> = {
  involvement: [
    { column: 'occurrence_ref', table: 'occurrence', rule: 'unknown-occurrence' },
    { column: 'person_ref', table: 'person', rule: 'unknown-person' },
  ],
  address: [{ column: 'person_ref', table: 'person', rule: 'unknown-person' }],
  link: [{ column: 'person_ref', table: 'person', rule: 'unknown-person' }],
};

/** Who the merged rows belong to and whether newer rows are already stored. */
export interface MergeContext {
  force: string;
  extractId: string;
  loadedAt: string;
  /** True when an extract of this force with a later extracted_at is already loaded. */
  older: boolean;
  /** This extract's extracted_at (`yyyy-mm-dd hh:mm:ss`); null for police.uk loads. */
  extractedAt: string | null;
}

/** Rows of one file taken out of the load by the merge, by outcome. */
export type MergeCounts = Map<string, { duplicate: number; quarantined: number; skipped: number }>;

/**
 * Merges one record kind's staging table into its store table, set-wise: drops in-extract
 * duplicates, quarantines rows with unknown references, leaves identical stored rows alone,
 * never overwrites a row written by a newer extract, then upserts the rest by key. Must run inside
 * the extract's transaction. Returns, per file, the rows that did not load and why.
 */
export async function mergeRecords(
  store: Store,
  spec: RecordSpec,
  ctx: MergeContext,
): Promise<MergeCounts> {
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_drop (stage_row BIGINT, source_file VARCHAR, outcome VARCHAR)',
  );
  const vars = templateVars(spec);
  const params = {
    force: ctx.force,
    extract_id: ctx.extractId,
    loaded_at: ctx.loadedAt,
    extracted_at: ctx.extractedAt,
  };
  await runSqlFile(store, 'merge-duplicates', { vars, params });
  for (const parent of parents[spec.kind] ?? []) {
    const refVars = { ...vars, parent: parent.table, column: parent.column, rule: parent.rule };
    await runSqlFile(store, 'merge-unknown-ref', { vars: refVars, params });
  }
  await runSqlFile(store, 'merge-stored', { vars, params });
  await runSqlFile(store, 'merge-upsert', { vars, params });
  return dropCounts(store);
}

async function dropCounts(store: Store): Promise<MergeCounts> {
  const rows = await store.query<{ source_file: string; outcome: string; n: number }>(
    'SELECT source_file, outcome, count(*) AS n FROM stage_drop GROUP BY ALL',
  );
  const counts: MergeCounts = new Map();
  for (const row of rows) {
    const entry = counts.get(row.source_file) ?? { duplicate: 0, quarantined: 0, skipped: 0 };
    if (row.outcome === 'duplicate' || row.outcome === 'quarantined' || row.outcome === 'skipped') {
      entry[row.outcome] += row.n;
    }
    counts.set(row.source_file, entry);
  }
  await store.run('DROP TABLE stage_drop');
  return counts;
}

/** Identifier lists for the merge SQL files, generated from the record model. */
export function templateVars(spec: RecordSpec): Record<string, string> {
  const staged = stagedColumns(spec);
  const types = new Map<string, string>(spec.columns.map((c) => [c.name, castType[c.kind]]));
  const cast = (c: string, alias: string) =>
    `CAST(${alias}.${c} AS ${types.get(c) ?? 'VARCHAR'}) AS ${c}`;
  const valueColumns = [...staged, 'extras'];
  const nonKey = valueColumns.filter((c) => !spec.key.includes(c));
  return {
    stage: stageTable(spec),
    table: spec.table,
    key: spec.key.join(', '),
    keyText: spec.key.join(' + '),
    keyJoin: spec.key
      .map((k) => `t.${k} = CAST(s.${k} AS ${types.get(k) ?? 'VARCHAR'})`)
      .join(' AND '),
    columns: staged.join(', '),
    casts: staged.map((c) => cast(c, 's')).join(', '),
    same: nonKey
      .map(
        (c) =>
          `t.${c} IS NOT DISTINCT FROM CAST(s.${c} AS ${c === 'extras' ? 'JSON' : (types.get(c) ?? 'VARCHAR')})`,
      )
      .join(' AND '),
    differs: nonKey.map((c) => `s.${c} IS DISTINCT FROM f.${c}`).join(' OR '),
    raw: `CAST(json_object(${valueColumns.map((c) => `'${c}', s.${c}`).join(', ')}) AS VARCHAR)`,
    keyJoinU: spec.key.map((k) => `t.${k} = u.${k}`).join(' AND '),
    updates: [
      ...nonKey.map((c) => `${c} = u.${c}`),
      'extract_id = $extract_id',
      'source_file = u.source_file',
      'source_line = u.source_line',
      'loaded_at = CAST($loaded_at AS TIMESTAMP)',
    ].join(', '),
  };
}
