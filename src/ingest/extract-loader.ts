import { statSync } from 'node:fs';
import { isToexError, ToexError } from '../core/errors.js';
import { recordSpecs, type RecordSpec } from '../core/record-schema.js';
import type { Store } from '../store/store.js';
import { scanCsv } from './csv-scan.js';
import { stageFileInDuckDb } from './duckdb-stager.js';
import { stageFile } from './file-stager.js';
import { knownHoCodes } from './known-offence-codes.js';
import { compileRecordRules } from './record-rules.js';
import { mergeRecords, type MergeContext, type MergeCounts } from './merge-records.js';
import { runSqlFile } from './sql-file.js';
import {
  createQuarantineStage,
  createStage,
  dropStages,
  stageAppender,
  stageTable,
} from './staging.js';
import type { SourceLayout } from './source-layout.js';
import type { ExtractOutcome, FileOutcome, IngestOptions } from './outcome-report.js';

/** One CSV file of an extract and how to read it. */
export interface PlannedFile {
  path: string;
  /** The name recorded as provenance (`source_file`). */
  file: string;
  layout: SourceLayout;
}

/** Everything known about an extract before its rows are read. */
export interface ExtractPlan {
  folder: string;
  force: string;
  extractId: string;
  sourceKind: 'force-extract' | 'police-uk';
  /** UTC `yyyy-mm-dd hh:mm:ss`; null when the source does not say (police.uk). */
  extractedAt: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  contentHash: string;
  files: PlannedFile[];
}

/**
 * Loads one planned extract: stages and validates every file, then merges all record kinds,
 * the quarantine, the per-file outcomes and the extract row in one transaction, so a
 * failure part-way leaves the store as it was. An extract whose content hash is already
 * loaded for the force changes nothing.
 */
export async function loadExtract(
  store: Store,
  plan: ExtractPlan,
  options: IngestOptions = {},
): Promise<ExtractOutcome> {
  const started = performance.now();
  const outcome = await alreadyLoaded(store, plan);
  if (outcome !== undefined) return outcome;
  const ctx = await mergeContext(store, plan);
  const specs = recordSpecs.filter((s) => plan.files.some((f) => f.layout.spec.kind === s.kind));
  const notes = ctx.older ? [olderNote] : [];
  try {
    const files = await stageAll(store, { plan, specs, options });
    const base = { folder: plan.folder, force: plan.force, extractId: plan.extractId, notes };
    const failed = files.find((f) => f.status === 'failed');
    if (failed !== undefined) return notLoaded({ ...base, files, failed, started });
    await store.transaction(() => mergeAll(store, { plan, ctx, specs, files, options }));
    const rows = files.reduce((n, f) => n + f.rowsRead, 0);
    const durationMs = performance.now() - started;
    return {
      ...base,
      status: 'loaded',
      files,
      durationMs,
      rowsPerSecond: Math.round(rows / (durationMs / 1000)),
    };
  } finally {
    await dropStages(store, specs);
  }
}

/**
 * The outcome of an extract one of whose files was rejected whole: nothing is merged (the
 * staged rows and their quarantine entries are dropped with the staging tables), so the
 * store is as it was and a fixed copy of the extract loads normally.
 */
function notLoaded(input: {
  folder: string;
  force: string;
  extractId: string;
  notes: string[];
  files: FileOutcome[];
  failed: FileOutcome;
  started: number;
}): ExtractOutcome {
  const { files, failed } = input;
  for (const f of files) {
    if (f.status === 'failed') continue;
    f.status = 'not-loaded';
    f.loaded = 0;
    f.notes.unshift(`not loaded: ${failed.file} was rejected, so nothing of this extract loaded`);
  }
  return {
    folder: input.folder,
    force: input.force,
    extractId: input.extractId,
    status: 'failed',
    files,
    notes: input.notes,
    ...(failed.errorCode === undefined ? {} : { errorCode: failed.errorCode }),
    message:
      `${failed.file} was rejected (${failed.problems[0]?.message ?? 'see its problems'}); ` +
      'nothing of this extract was loaded; fix the file and load the extract again',
    durationMs: performance.now() - input.started,
    rowsPerSecond: 0,
  };
}

const olderNote =
  'an extract of this force with a later extracted_at is already loaded: rows a later ' +
  'extract wrote were kept (counted as skipped); other rows were updated or added';

async function alreadyLoaded(store: Store, plan: ExtractPlan): Promise<ExtractOutcome | undefined> {
  const rows = await store.query<{ extract_id: string; content_hash: string }>(
    'SELECT extract_id, content_hash FROM extract WHERE force = $force AND (content_hash = $hash OR extract_id = $id)',
    { force: plan.force, hash: plan.contentHash, id: plan.extractId },
  );
  const same = rows.find((r) => r.content_hash === plan.contentHash);
  if (same !== undefined) {
    const note = `already loaded as extract ${same.extract_id}: nothing changed`;
    const base = { folder: plan.folder, force: plan.force, extractId: same.extract_id };
    return {
      ...base,
      status: 'already-loaded',
      files: [],
      notes: [note],
      durationMs: 0,
      rowsPerSecond: 0,
    };
  }
  if (rows.length > 0) {
    throw new ToexError(
      'CONFLICT',
      `${plan.folder}: extract ${plan.extractId} of ${plan.force} was already loaded with different ` +
        'content; a corrected extract needs a new extract_id in manifest.json',
    );
  }
  return undefined;
}

async function mergeContext(store: Store, plan: ExtractPlan): Promise<MergeContext> {
  const loadedAt = new Date().toISOString().slice(0, 19).replace('T', ' ');
  let older = false;
  if (plan.extractedAt !== null) {
    const { n } = await store.one<{ n: number }>(
      'SELECT count(*) AS n FROM extract WHERE force = $force AND extracted_at > CAST($at AS TIMESTAMP)',
      { force: plan.force, at: plan.extractedAt },
    );
    older = n > 0;
  }
  return {
    force: plan.force,
    extractId: plan.extractId,
    loadedAt,
    older,
    extractedAt: plan.extractedAt,
  };
}

async function stageAll(
  store: Store,
  input: { plan: ExtractPlan; specs: readonly RecordSpec[]; options: IngestOptions },
): Promise<FileOutcome[]> {
  const { plan, specs, options } = input;
  for (const spec of specs) await createStage(store, spec);
  await createQuarantineStage(store);
  const codes = specs.some((s) => s.kind === 'occurrence') ? await knownCodes(store) : undefined;
  const sizes = plan.files.map((f) => statSync(f.path).size);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const outcomes: FileOutcome[] = [];
  let bytesBefore = 0;
  for (const [i, planned] of plan.files.entries()) {
    const progress = (rowsDone: number, bytesDone: number) =>
      options.onProgress?.({
        folder: plan.folder,
        file: planned.file,
        rowsDone,
        bytesDone,
        bytesTotal,
      });
    const size = sizes[i] ?? 0;
    const staged = { store, planned, codes, options, size, bytesBefore, progress };
    outcomes.push(await failOnSchema(planned, () => stageOne(staged)));
    bytesBefore += size;
    progress(outcomes.at(-1)?.rowsRead ?? 0, bytesBefore);
  }
  return outcomes;
}

interface StageOneInput {
  store: Store;
  planned: PlannedFile;
  codes: ReadonlySet<string> | undefined;
  options: IngestOptions;
  size: number;
  bytesBefore: number;
  progress: (rowsDone: number, bytesDone: number) => void;
}

/** DuckDB's reader and SQL checks first; the record-by-record path when the file needs it. */
async function stageOne(input: StageOneInput): Promise<FileOutcome> {
  const { store, planned, options } = input;
  const problemsPerFile = options.problemsPerFile ?? 5;
  // TODO: make 'duckdb' the default once it is faster than the record path; measured on
  // suffolk (407k rows, loaded 2-core machine) it took ~30 s against ~17 s, the time going
  // into materialising wide VARCHAR temp tables and per-field scans (see the ingest report).
  if (options.stagePath === 'duckdb') {
    const scan = scanCsv(planned.path);
    const fast = await stageFileInDuckDb(store, {
      path: planned.path,
      file: planned.file,
      layout: planned.layout,
      scan,
      knownCodes: input.codes !== undefined,
      problemsPerFile,
    });
    if (fast !== undefined) return { ...fast, stagedBy: 'duckdb' };
  }
  return { ...(await stageRecords(input, problemsPerFile)), stagedBy: 'records' };
}

/** The record-by-record path (file-stager.ts), by appenders into the same staging tables. */
async function stageRecords(input: StageOneInput, problemsPerFile: number): Promise<FileOutcome> {
  const { store, planned } = input;
  const records = await stageAppender(store, stageTable(planned.layout.spec));
  const quarantine = await stageAppender(store, 'stage_quarantine');
  const rules = compileRecordRules(planned.layout.spec, { knownHoCodes: input.codes });
  const onProgress = (rowsDone: number, bytesRead: number) =>
    input.progress(rowsDone, input.bytesBefore + Math.min(bytesRead, input.size));
  try {
    return stageFile({
      path: planned.path,
      file: planned.file,
      layout: planned.layout,
      rules,
      records,
      quarantine,
      problemsPerFile,
      onProgress,
    });
  } finally {
    records.closeSync();
    quarantine.closeSync();
  }
}

/** The ho_code check is a hook: swap this for `async () => undefined` to turn it off. */
const knownCodes = (store: Store) => knownHoCodes(store);

async function failOnSchema(
  planned: PlannedFile,
  stage: () => Promise<FileOutcome>,
): Promise<FileOutcome> {
  try {
    return await stage();
  } catch (error) {
    if (!isToexError(error, 'SCHEMA_MISMATCH')) throw error;
    const kind = planned.layout.spec.kind;
    const problem = { rule: 'schema-mismatch', message: error.message };
    const base = {
      file: planned.file,
      kind,
      rowsRead: 0,
      loaded: 0,
      quarantined: 0,
      duplicate: 0,
      skipped: 0,
    };
    return {
      ...base,
      status: 'failed',
      problems: [problem],
      notes: [],
      errorCode: 'SCHEMA_MISMATCH',
    };
  }
}

interface MergeInput {
  plan: ExtractPlan;
  ctx: MergeContext;
  specs: readonly RecordSpec[];
  files: FileOutcome[];
  options: IngestOptions;
}

async function mergeAll(store: Store, input: MergeInput): Promise<void> {
  const { plan, ctx } = input;
  for (const spec of input.specs) {
    input.options.beforeMerge?.(spec.kind);
    const counts = await mergeRecords(store, spec, ctx);
    await settleCounts(store, {
      files: input.files.filter((f) => f.kind === spec.kind),
      counts,
      ctx,
      problems: input.options.problemsPerFile ?? 5,
    });
  }
  const params = { force: ctx.force, extract_id: ctx.extractId, loaded_at: ctx.loadedAt };
  await runSqlFile(store, 'merge-quarantine', { vars: {}, params });
  for (const f of input.files) await recordFile(store, f, ctx);
  await store.run(
    'INSERT INTO extract VALUES ($force, $id, $kind, CAST($at AS TIMESTAMP), CAST($from AS DATE), CAST($to AS DATE), $folder, $hash, CAST($loaded AS TIMESTAMP))',
    {
      force: plan.force,
      id: plan.extractId,
      kind: plan.sourceKind,
      at: plan.extractedAt,
      from: plan.periodFrom,
      to: plan.periodTo,
      folder: plan.folder,
      hash: plan.contentHash,
      loaded: ctx.loadedAt,
    },
  );
}

/** Moves rows the merge took out of `loaded` into their outcome, and lists their problems. */
async function settleCounts(
  store: Store,
  input: { files: FileOutcome[]; counts: MergeCounts; ctx: MergeContext; problems: number },
): Promise<void> {
  for (const file of input.files) {
    const c = input.counts.get(file.file);
    if (c === undefined) continue;
    file.loaded -= c.duplicate + c.quarantined + c.skipped;
    file.duplicate += c.duplicate;
    file.quarantined += c.quarantined;
    file.skipped += c.skipped;
    if (c.quarantined > 0) file.status = 'partial';
    if (c.skipped > 0 && input.ctx.older)
      file.notes.push(`${c.skipped} row(s) skipped: a newer extract's rows were kept`);
    await listMergeProblems(store, file, input.problems);
  }
}

async function listMergeProblems(store: Store, file: FileOutcome, limit: number): Promise<void> {
  const room = limit - file.problems.length;
  if (room <= 0) return;
  const rows = await store.query<{
    source_line: number;
    column_name: string;
    rule: string;
    expected: string;
  }>(
    `SELECT source_line, column_name, rule, expected FROM stage_quarantine
     WHERE source_file = $file AND rule IN ('unknown-occurrence', 'unknown-person', 'duplicate-key')
     ORDER BY source_line LIMIT $room`,
    { file: file.file, room },
  );
  for (const r of rows) {
    const message = `${file.file} line ${r.source_line} column ${r.column_name}: ${r.rule}; expected ${r.expected}`;
    file.problems.push({ line: r.source_line, column: r.column_name, rule: r.rule, message });
  }
}

async function recordFile(store: Store, f: FileOutcome, ctx: MergeContext): Promise<void> {
  await store.run(
    'INSERT OR REPLACE INTO load_file VALUES ($force, $id, $file, $kind, $read, $loaded, $q, $dup, $skip, CAST($at AS TIMESTAMP))',
    {
      force: ctx.force,
      id: ctx.extractId,
      file: f.file,
      kind: f.kind,
      read: f.rowsRead,
      loaded: f.loaded,
      q: f.quarantined,
      dup: f.duplicate,
      skip: f.skipped,
      at: ctx.loadedAt,
    },
  );
}
