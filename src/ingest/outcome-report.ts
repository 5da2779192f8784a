import type { ToexErrorCode } from '../core/errors.js';
import type { RecordKind } from '../core/record-schema.js';

/** One problem found in a file, safe to show: it never holds a personal value. */
export interface IngestProblem {
  line?: number;
  column?: string;
  rule: string;
  message: string;
}

/**
 * The outcome of one file. Every row read is counted once: loaded, quarantined, duplicate
 * (its key came earlier in the extract, or the stored row is identical) or skipped.
 * Status: `ok` all rows loaded or duplicate/skipped, `partial` some quarantined, `failed`
 * the file was rejected as a whole (e.g. a missing column), `not-loaded` the file was read
 * but another file of its extract failed, so nothing of the extract was loaded.
 */
export interface FileOutcome {
  file: string;
  kind: RecordKind;
  status: 'ok' | 'partial' | 'failed' | 'not-loaded';
  rowsRead: number;
  loaded: number;
  quarantined: number;
  duplicate: number;
  skipped: number;
  /** The first few problems, then a count per rule in `notes`. */
  problems: IngestProblem[];
  /** Data-quality warnings and skip reasons, each with its count. */
  notes: string[];
  errorCode?: ToexErrorCode;
  /** Which path staged the file: DuckDB's reader, or the record-by-record fallback. */
  stagedBy?: 'duckdb' | 'records';
}

/** The outcome of one extract folder. */
export interface ExtractOutcome {
  folder: string;
  force: string;
  extractId: string;
  /**
   * `failed`: nothing of the extract was loaded, either because it could not be read at all
   * or because one of its files was rejected as a whole (the others are `not-loaded`): an
   * extract loads completely or not at all, and a fixed copy loads normally.
   */
  status: 'loaded' | 'already-loaded' | 'failed';
  files: FileOutcome[];
  notes: string[];
  errorCode?: ToexErrorCode;
  /** For a failed extract: what failed and what to do (never personal data). */
  message?: string;
  durationMs: number;
  rowsPerSecond: number;
}

/** The outcome report of an ingest run: one entry per extract folder. */
export interface IngestReport {
  extracts: ExtractOutcome[];
}

/** How far an ingest has got; bytes are of the current extract's CSV files. */
export interface IngestProgress {
  folder: string;
  file: string;
  rowsDone: number;
  bytesDone: number;
  bytesTotal: number;
}

/** Options shared by the ingest entry points. */
export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Called before each record kind is merged into the store; a test hook for failures. */
  beforeMerge?: (kind: RecordKind) => void;
  /** How many problems per file the outcome lists in full (default 5). */
  problemsPerFile?: number;
  /**
   * How files are staged: `records` (default) parses and checks record by record in JS;
   * `duckdb` reads with DuckDB's CSV reader and checks in SQL, falling back per file to
   * `records` when the file needs it (not yet faster: see the TODO in extract-loader.ts).
   */
  stagePath?: 'duckdb' | 'records';
}

/** A new, empty file outcome. */
export function emptyFileOutcome(file: string, kind: RecordKind): FileOutcome {
  return {
    file,
    kind,
    status: 'ok',
    rowsRead: 0,
    loaded: 0,
    quarantined: 0,
    duplicate: 0,
    skipped: 0,
    problems: [],
    notes: [],
  };
}

/** The first failure code in a report, or undefined when every extract and file loaded. */
export function firstFailure(report: IngestReport): ToexErrorCode | undefined {
  for (const extract of report.extracts) {
    if (extract.errorCode !== undefined) return extract.errorCode;
    const failed = extract.files.find((f) => f.errorCode !== undefined);
    if (failed?.errorCode !== undefined) return failed.errorCode;
  }
  return undefined;
}
