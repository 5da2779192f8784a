import type { CellValue, ValueKind } from './pack-document.js';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * Writes an ISO date (`yyyy-mm-dd`, optionally with a time) as `dd/mm/yyyy`; text that is
 * not an ISO date is returned unchanged, so a bad value shows rather than vanishing.
 */
export function formatDate(value: string): string {
  const m = isoDate.exec(value);
  if (m === null) return value;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Writes an ISO timestamp as `dd/mm/yyyy hh:mm` (UTC), as used in page footers. */
export function formatDateTime(value: string): string {
  const m = isoDate.exec(value);
  if (m === null) return value;
  const time = m[4] === undefined ? '' : ` ${m[4]}:${m[5]}`;
  return `${m[3]}/${m[2]}/${m[1]}${time}`;
}

/** Writes a number with thousands separators and a fixed number of decimals (en-GB). */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** Writes one cell as display text by its kind; `null` becomes an empty string. */
export function formatValue(value: CellValue, kind: ValueKind, decimals?: number): string {
  if (value === null) return '';
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, decimals) : value;
    case 'date':
      return formatDate(String(value));
    case 'text':
      return String(value);
  }
}
