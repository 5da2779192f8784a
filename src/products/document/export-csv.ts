import { formatDate } from './format-value.js';
import type { CellValue, TableBlock, TableColumn } from './pack-document.js';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert for spreadsheets: a value starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'`, as the OWASP CSV-injection guidance advises.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Writes one table as CSV (RFC 4180: CRLF rows, every text field quoted, quotes doubled),
 * with a UTF-8 byte-order mark so spreadsheets read non-Latin text. Dates are dd/mm/yyyy;
 * numbers are plain (no thousands separators) so they stay numbers.
 */
export function tableToCsv(table: TableBlock): string {
  const head = table.columns.map((c) => quote(neutraliseFormula(c.label)));
  const rows = table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] ?? null, c)));
  return `\uFEFF${[head, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: CellValue, column: TableColumn): string {
  if (value === null) return '';
  if (column.kind === 'number' && typeof value === 'number') return String(value);
  const text = column.kind === 'date' ? formatDate(String(value)) : String(value);
  return quote(neutraliseFormula(text));
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
