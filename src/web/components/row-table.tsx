import { formatDay } from '../format/dates.js';
import type { Row } from '../api/api-types.js';
import { DataTable } from './data-table.js';

/** One column of a row table: a field of the API row and its heading. */
export type RowColumn = [field: string, label: string];

const datePattern = /^\d{4}-\d{2}-\d{2}/;

/** Shows an API value as text: dates as dd/mm/yyyy, booleans as yes/no. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && datePattern.test(value)) return formatDay(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A sortable table of API rows, showing the named fields as text. */
export function RowTable(props: { caption: string; rows: Row[]; columns: RowColumn[] }) {
  return (
    <DataTable
      caption={props.caption}
      rows={props.rows}
      rowKey={(_, i) => String(i)}
      columns={props.columns.map(([field, label]) => ({
        key: field,
        label,
        render: (row: Row) => showValue(row[field]),
        sortValue: (row: Row) => {
          const v = row[field];
          return typeof v === 'number' || typeof v === 'string' ? v : null;
        },
      }))}
    />
  );
}
