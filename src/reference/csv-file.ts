import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ToexError } from '../core/errors.js';

/** One CSV row as read: every column a string, keyed by the header. */
export type CsvRow = Record<string, string>;

/**
 * Reads a small CSV file with a header line into rows of strings. A BOM is dropped and
 * values keep their spacing except for trailing blanks (some sources pad region names).
 */
export function readCsvRows(path: string): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read reference file ${path}; check the path`, {
      cause: error,
    });
  }
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, rtrim: true });
}

/**
 * Reads a column that must be present, naming file, line and column when it is missing.
 * Lines count from 1 with the header as line 1.
 */
export function requireColumn(
  row: CsvRow,
  column: string,
  where: { file: string; line: number },
): string {
  const value = row[column];
  if (value === undefined) {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${where.file} line ${where.line} has no column "${column}"; expected the published header`,
    );
  }
  return value;
}

/** Reads a column as a finite number, or throws INVALID_VALUE naming file, line and column. */
export function requireNumber(
  row: CsvRow,
  column: string,
  where: { file: string; line: number },
): number {
  const text = requireColumn(row, column, where);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new ToexError(
      'INVALID_VALUE',
      `${where.file} line ${where.line} column "${column}" is not a number; expected digits`,
    );
  }
  return value;
}

/** Writes rows as CSV text with a header; values holding commas or quotes are quoted. */
export function toCsvText(columns: readonly string[], rows: readonly CsvRow[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
