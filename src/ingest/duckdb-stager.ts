import Papa from 'papaparse';
import type { Store } from '../store/store.js';
import type { CsvScan } from './csv-scan.js';
import { rawRecord } from './file-stager.js';
import { mapHeader } from './header-map.js';
import { emptyFileOutcome, type FileOutcome } from './outcome-report.js';
import type { SourceLayout } from './source-layout.js';
import { SqlChecks } from './sql-checks.js';
import { runSqlFile } from './sql-file.js';
import { stageTable } from './staging.js';

/** What one file needs to be staged by DuckDB. */
export interface DuckDbStageInput {
  path: string;
  /** The name recorded as provenance (`source_file`). */
  file: string;
  layout: SourceLayout;
  scan: CsvScan;
  /** Check ho_code against ref_offence (false when it is empty). */
  knownCodes: boolean;
  problemsPerFile: number;
}

/**
 * Stages one file with DuckDB's CSV reader and SQL checks: the fast path. Returns undefined
 * (nothing staged) when the file needs the record-by-record path: a fault found by the
 * scan, a reader error, a rejected record other than a wrong field count, or computed line
 * numbers that do not end on the file's last line. Throws SCHEMA_MISMATCH from the header.
 */
export async function stageFileInDuckDb(
  store: Store,
  input: DuckDbStageInput,
): Promise<FileOutcome | undefined> {
  const map = mapHeader(input.layout, input.scan.header, input.file);
  if (input.scan.fault !== undefined) return undefined;
  const checks = new SqlChecks(input.layout, map);
  try {
    if (!(await loadRaw(store, input, checks))) return undefined;
    await checkRecords(store, input, checks);
    const outcome = await summarise(store, input, checks);
    if (input.layout.skipWhenBlank !== undefined)
      outcome.notes.unshift(`skipped rows: ${input.layout.skipWhenBlank.reason}`);
    await store.run(
      'INSERT INTO stage_quarantine SELECT source_file, source_line, column_name, value_position, value, rule, expected, raw_record FROM raw_problem',
    );
    return outcome;
  } finally {
    for (const t of [
      'raw_file',
      'raw_rejects',
      'raw_rejects_scan',
      'raw_reject',
      'raw_order',
      'raw_checked',
      'raw_problem',
    ])
      await store.run(`DROP TABLE IF EXISTS temp.${t}`);
  }
}

/** Reads the file into raw_file and numbers its records; false when it needs the fallback. */
async function loadRaw(store: Store, input: DuckDbStageInput, checks: SqlChecks): Promise<boolean> {
  await runSqlFile(store, 'stage-macros', { vars: {}, params: {} });
  for (const t of ['raw_rejects', 'raw_rejects_scan'])
    await store.run(`DROP TABLE IF EXISTS temp.${t}`);
  const columns = checks.raw.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  try {
    // The path is a bound parameter; every reader option is explicit (no sniffing).
    await store.run(
      `CREATE OR REPLACE TEMP TABLE raw_file AS SELECT * FROM read_csv($path, columns = {${columns}},
        delim = ',', quote = '"', escape = '"', header = false, skip = 1, auto_detect = false,
        strict_mode = true, null_padding = false, store_rejects = true,
        rejects_table = 'raw_rejects', rejects_scan = 'raw_rejects_scan')`,
      { path: input.path },
    );
  } catch {
    return false;
  }
  await runSqlFile(store, 'stage-lines', {
    vars: { lineFeeds: checks.lineFeeds(), headerLines: '1' },
    params: {},
  });
  const check = await store.one<{ last: number | null; odd: number }>(
    `SELECT (SELECT max(line + used - 1) FROM raw_order) AS last,
            (SELECT count(*) FROM raw_reject WHERE NOT field_count OR toex_trim(coalesce(csv_line, '')) = '') AS odd`,
  );
  return check.odd === 0 && (check.last ?? 1) === input.scan.lines;
}

/** Canonical values and checks in SQL; bad values to raw_problem, good rows to the stage. */
async function checkRecords(
  store: Store,
  input: DuckDbStageInput,
  checks: SqlChecks,
): Promise<void> {
  await store.run(
    `CREATE OR REPLACE TEMP TABLE raw_checked AS SELECT ${checks.checkedColumns()}
     FROM raw_file f JOIN raw_order o ON o.good = 1 AND o.pos = f.rowid ORDER BY line`,
  );
  await store.run(
    'CREATE OR REPLACE TEMP TABLE raw_problem (source_file VARCHAR, source_line INTEGER, seq INTEGER, column_name VARCHAR, value_position VARCHAR, value VARCHAR, rule VARCHAR, expected VARCHAR, raw_record VARCHAR)',
  );
  const headers = Object.fromEntries(input.scan.header.map((h, i) => [`h${i}`, h]));
  for (const c of checks.fieldChecks()) {
    const field = input.layout.fields[c.i];
    if (field === undefined) continue;
    const value = field.column.personal === true ? 'NULL' : `coalesce(c${c.at}, '')`;
    await store.run(
      `INSERT INTO raw_problem SELECT $file, line, ${c.i + 1}, $column, ${checks.position(c.at)}, ${value}, ${c.rule}, $expected, ${checks.rawRecord()}
       FROM raw_checked WHERE NOT skip AND ${c.bad}`,
      { file: input.file, column: field.column.name, expected: field.expected, ...headers },
    );
  }
  await rowRules(store, { input, checks, headers });
  await rejected(store, input);
  const extras = Object.fromEntries(checks.map.extras.map((e, i) => [`e${i}`, e.name]));
  await store.run(
    `INSERT INTO ${stageTable(input.layout.spec)} SELECT ${checks.stagedValues()}, ${checks.extras()}, $file, line
     FROM raw_checked c WHERE NOT skip AND NOT EXISTS (SELECT 1 FROM raw_problem p WHERE p.source_line = c.line)`,
    { file: input.file, ...extras },
  );
}

/** Cross-column rules, in order; a row is checked only when all its fields are valid. */
async function rowRules(
  store: Store,
  {
    input,
    checks,
    headers,
  }: { input: DuckDbStageInput; checks: SqlChecks; headers: Record<string, string> },
): Promise<void> {
  for (const r of checks.rowRules(input.knownCodes)) {
    const at = checks.fileIndex(r.column);
    const field = input.layout.fields.find((f) => f.column.name === r.column);
    const shown = at >= 0 && field?.column.personal !== true;
    await store.run(
      `INSERT INTO raw_problem SELECT $file, line, 1000, $column, ${at < 0 ? 'NULL' : checks.position(at)},
         ${shown ? `coalesce(c${at}, '')` : 'NULL'}, $rule, $expected, ${checks.rawRecord()}
       FROM raw_checked c WHERE NOT skip AND ${checks.allValid()} AND (${r.when})
         AND NOT EXISTS (SELECT 1 FROM raw_problem p WHERE p.source_line = c.line)`,
      { file: input.file, column: r.column, rule: r.rule, expected: r.expected, ...headers },
    );
  }
}

/** Records the reader rejected for their field count, with the record kept whole. */
async function rejected(store: Store, input: DuckDbStageInput): Promise<void> {
  const rows = await store.query<{ line: number; csv_line: string }>(
    `SELECT o.line, r.csv_line FROM raw_reject r JOIN raw_order o ON o.good = 0 AND o.record_no = r.record_no`,
  );
  const width = input.scan.header.length;
  for (const row of rows) {
    const fields =
      Papa.parse<string[]>(row.csv_line, { delimiter: ',', quoteChar: '"' }).data[0] ?? [];
    await store.run(
      `INSERT INTO raw_problem VALUES ($file, $line, 0, NULL, NULL, NULL, 'field-count', $expected, $raw)`,
      {
        file: input.file,
        line: row.line,
        expected: `${width} fields as in the header; found ${fields.length}`,
        raw: rawRecord(input.scan.header, fields),
      },
    );
  }
}

/** The file outcome from the staged tables: counts, notes by rule and the first problems. */
async function summarise(
  store: Store,
  input: DuckDbStageInput,
  checks: SqlChecks,
): Promise<FileOutcome> {
  const outcome = emptyFileOutcome(input.file, input.layout.spec.kind);
  const postcodeScope =
    input.layout.spec.kind === 'address'
      ? checks.allValid()
      : 'NOT EXISTS (SELECT 1 FROM raw_problem p WHERE p.source_line = c.line)';
  const n = await store.one<{
    read: number;
    skipped: number;
    quarantined: number;
    postcode: number;
  }>(
    `SELECT (SELECT count(*) FROM raw_order) AS read,
            (SELECT count(*) FROM raw_checked WHERE skip) AS skipped,
            (SELECT count(DISTINCT source_line) FROM raw_problem) AS quarantined,
            (SELECT count(*) FROM raw_checked c WHERE NOT skip AND ${postcodeScope} AND ${checks.badPostcode()}) AS postcode`,
  );
  outcome.rowsRead = n.read;
  outcome.skipped = n.skipped;
  outcome.quarantined = n.quarantined;
  outcome.loaded = n.read - n.skipped - n.quarantined;
  if (n.postcode > 0)
    outcome.notes.push(
      `postcode-format: ${n.postcode} row(s) kept with the value as given and no derived parts`,
    );
  const rules = await store.query<{ rule: string; n: number }>(
    'SELECT rule, count(*) AS n FROM raw_problem GROUP BY rule ORDER BY min(source_line * 10000 + seq)',
  );
  for (const r of rules) outcome.notes.push(`quarantined by ${r.rule}: ${r.n}`);
  await listProblems(store, outcome, input.problemsPerFile);
  outcome.status = outcome.quarantined > 0 ? 'partial' : 'ok';
  return outcome;
}

async function listProblems(store: Store, outcome: FileOutcome, limit: number): Promise<void> {
  const rows = await store.query<{
    source_line: number;
    column_name: string | null;
    value: string | null;
    rule: string;
    expected: string;
  }>(
    'SELECT source_line, column_name, value, rule, expected FROM raw_problem ORDER BY source_line, seq LIMIT $limit',
    { limit },
  );
  for (const r of rows) {
    const where = r.column_name === null ? '' : ` column ${r.column_name}`;
    const shown = r.value === null ? '' : ` (value ${JSON.stringify(r.value.slice(0, 40))})`;
    const message = `${outcome.file} line ${r.source_line}${where}${shown}: ${r.rule}; expected ${r.expected}`;
    const column = r.column_name === null ? {} : { column: r.column_name };
    outcome.problems.push({ line: r.source_line, rule: r.rule, message, ...column });
  }
}
