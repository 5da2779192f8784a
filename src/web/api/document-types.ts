// The pack document model as the API sends it (schemas PackSection and PackBlock in
// /api/openapi.json): a person page of a tasking pack, described once by the server's
// product code and rendered here block by block. Values are raw: dates ISO yyyy-mm-dd,
// numbers as numbers; text comes from records and is shown as text, never as HTML.

/** How a column or figure is typed, which decides its format and alignment. */
export type ValueKind = 'text' | 'number' | 'date';

/** One cell's raw value; null shows empty. */
export type CellValue = string | number | null;

/** A typed column of a table block. */
export interface TableColumn {
  key: string;
  label: string;
  kind: ValueKind;
  decimals?: number;
}

/** A table: typed columns and rows keyed by column key. */
export interface TableBlock {
  kind: 'table';
  id: string;
  title: string;
  columns: TableColumn[];
  rows: Record<string, CellValue>[];
  emptyText?: string;
}

/** One headline figure with an optional note (e.g. an RFG input). */
export interface FigureCard {
  label: string;
  value: CellValue;
  kind: ValueKind;
  decimals?: number;
  note?: string;
}

/** A row of headline figures. */
export interface FiguresBlock {
  kind: 'figures';
  cards: FigureCard[];
}

/** A chart as data: one value per category (or per point of a scatter chart). */
export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  chart: 'bar' | 'line' | 'pie' | 'scatter';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  xLabel: string;
  yLabel: string;
  xKind?: 'category' | 'date';
  horizontal?: boolean;
  emptyText?: string;
}

/** A paragraph of explanation; a warning is shown boxed. */
export interface NoteBlock {
  kind: 'note';
  text: string;
  tone?: 'info' | 'warning';
}

/** A sub-heading. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/** Anything a section may hold. */
export type PackBlock = TableBlock | FiguresBlock | ChartBlock | NoteBlock | HeadingBlock;

/** A titled part of a pack and its blocks, in reading order. */
export interface PackSection {
  id: string;
  title: string;
  blocks: PackBlock[];
  newPage?: boolean;
}
