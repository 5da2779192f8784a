import { exportMarkingCells, type ExportOrigin } from './export-marking.js';
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
 * numbers are plain (no thousands separators) so they stay numbers. Every row, whatever
 * the table's display limit.
 *
 * The first line is the handling marking, the force and the period; the column headings
 * follow on line 2. A CSV leaves the pack as a file of its own and is opened in Excel, where
 * an unmarked sheet of person data would lose its marking; that outweighs the cost to a
 * program reading the file, which skips one line (e.g. pandas `skiprows=1`). The marking
 * cells pass through `neutraliseFormula` like any other text.
 */
export function tableToCsv(table: TableBlock, origin: ExportOrigin): string {
  const marking = exportMarkingCells(origin).map((text) => quote(neutraliseFormula(text)));
  const head = table.columns.map((c) => quote(neutraliseFormula(c.label)));
  const rows = table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] ?? null, c)));
  return `\uFEFF${[marking, head, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
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
