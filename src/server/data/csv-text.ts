import type { PlainValue } from '../../store/plain-value.js';

/**
 * One CSV field (RFC 4180 quoting). A text starting with = + - @ tab or CR is prefixed with
 * an apostrophe so a spreadsheet does not run it as a formula (OWASP "CSV injection").
 */
export function csvField(value: PlainValue): string {
  if (value === null) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with a header line (the first row's keys), CRLF line ends. */
export function csvText<TRow extends { [K in keyof TRow]: PlainValue }>(
  rows: readonly TRow[],
): string {
  const first = rows[0];
  if (first === undefined) return '';
  const columns = Object.keys(first) as (keyof TRow & string)[];
  const lines = [columns.join(','), ...rows.map((r) => columns.map((k) => csvField(r[k] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
