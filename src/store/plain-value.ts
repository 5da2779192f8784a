import {
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBStructValue,
  DuckDBArrayValue,
  type DuckDBValue,
} from '@duckdb/node-api';

/** A value as toex code sees it: dates as ISO text, numbers as JS numbers. */
export type PlainValue = string | number | boolean | null | PlainValue[] | PlainObject;
export interface PlainObject {
  [key: string]: PlainValue;
}

/**
 * Converts a DuckDB value to a plain JS value. BIGINT becomes a number (counts here stay far
 * below 2^53), DECIMAL a number, DATE `yyyy-mm-dd`, TIMESTAMP `yyyy-mm-dd hh:mm:ss`.
 */
export function toPlainValue(value: DuckDBValue): PlainValue {
  if (value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) {
    return value.items.map(toPlainValue);
  }
  if (value instanceof DuckDBStructValue) {
    const out: PlainObject = {};
    for (const [k, v] of Object.entries(value.entries)) out[k] = toPlainValue(v);
    return out;
  }
  return value.toString();
}
