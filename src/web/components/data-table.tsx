import { useState, type ReactNode } from 'react';

/** One column of a data table: how to show and how to sort a row. */
export interface Column<TRow> {
  key: string;
  label: string;
  render: (row: TRow) => ReactNode;
  /** Sort key; columns without one are not sortable. */
  sortValue?: (row: TRow) => number | string | null;
  numeric?: boolean;
}

/** Props of a data table. */
export interface DataTableProps<TRow> {
  caption: string;
  columns: Column<TRow>[];
  rows: TRow[];
  rowKey: (row: TRow, index: number) => string;
  empty?: string;
}

type Sort = { key: string; descending: boolean } | null;

function compare(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function sortRows<TRow>(rows: TRow[], columns: Column<TRow>[], sort: Sort): TRow[] {
  const column = columns.find((c) => c.key === sort?.key);
  if (sort === null || column?.sortValue === undefined) return rows;
  const value = column.sortValue;
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(value(a), value(b)));
}

/**
 * A table with a caption; sortable columns have a button in their header (keyboard-usable)
 * and announce their order with aria-sort. Record text is rendered as text, never HTML.
 */
export function DataTable<TRow>(props: DataTableProps<TRow>) {
  const [sort, setSort] = useState<Sort>(null);
  const rows = sortRows(props.rows, props.columns, sort);
  const toggle = (key: string) =>
    setSort(sort?.key === key ? { key, descending: !sort.descending } : { key, descending: true });

  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={c.numeric ? 'numeric' : undefined}
              aria-sort={
                sort?.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
              }
            >
              {c.sortValue ? (
                <button type="button" className="sort" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort?.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                  </span>
                </button>
              ) : (
                c.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={props.columns.length}>{props.empty ?? 'None.'}</td>
          </tr>
        ) : (
          rows.map((row, i) => (
            <tr key={props.rowKey(row, i)}>
              {props.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
