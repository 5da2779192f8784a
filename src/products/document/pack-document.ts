/**
 * The pack document model: a tasking pack described once, as data, then rendered to HTML and
 * PDF and exported to CSV and Excel. Nothing here knows about the store or about VAWG; the
 * pack builders fill it, the renderers read it.
 *
 * Values held in the model are raw: dates as ISO text (`yyyy-mm-dd` or
 * `yyyy-mm-dd hh:mm:ss`, UTC), numbers as numbers. Renderers format them (dates dd/mm/yyyy).
 * Text may come from records and is untrusted: every renderer escapes it.
 */

/** How a table column or figure is typed, which decides its format and alignment. */
export type ValueKind = 'text' | 'number' | 'date';

/** One cell's raw value. Dates are ISO text; `null` prints as an empty cell. */
export type CellValue = string | number | null;

/** A typed table column; `decimals` applies to numbers (default 0). */
export interface TableColumn {
  key: string;
  label: string;
  kind: ValueKind;
  decimals?: number;
  /**
   * Free text of any length (a summary, a description, an address): in print the column
   * takes the width the other columns leave, and its text wraps. Other columns are sized to
   * their content.
   */
  freeText?: boolean;
}

/**
 * How many rows of a table HTML and PDF print, and the note printed after them. CSV and
 * Excel always hold every row: a limit shortens the reading copy, never the data.
 */
export interface DisplayLimit {
  rows: number;
  /** Says what was left out and where to find it, e.g. "284 more people are tied...". */
  note: string;
}

/** A table: typed columns and rows keyed by column `key`. `id` names its CSV file and sheet. */
export interface TableBlock {
  kind: 'table';
  id: string;
  title: string;
  columns: readonly TableColumn[];
  rows: readonly Record<string, CellValue>[];
  /** Printed instead of the table when it has no rows, so no section is silently empty. */
  emptyText?: string;
  /** Print only the first rows in HTML and PDF (e.g. a tie that adds hundreds of people). */
  displayLimit?: DisplayLimit;
}

/** One headline figure, e.g. "VAWG occurrences: 1,204". */
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
  cards: readonly FigureCard[];
}

/** Chart kinds the renderers draw. */
export type ChartKind = 'bar' | 'line' | 'pie' | 'scatter';

/** One series: a value per category (bar, line, pie) or per point (scatter). */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
}

/**
 * A chart, as data. For bar, line and pie charts `categories` label the values; for scatter
 * charts `categories` hold each point's x (a date when `xKind` is `date`). `xLabel` names
 * the categories (or dates) and `yLabel` the values, whichever way the bars run: on a
 * `horizontal` chart the categories go down the side and the values along the bottom.
 */
export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  chart: ChartKind;
  categories: readonly string[];
  series: readonly ChartSeries[];
  xLabel: string;
  yLabel: string;
  xKind?: 'category' | 'date';
  /** Horizontal bars suit long category names (classifications, ethnicities). */
  horizontal?: boolean;
  emptyText?: string;
}

/** A paragraph of explanation; `warning` notes are shown boxed. */
export interface NoteBlock {
  kind: 'note';
  text: string;
  tone?: 'info' | 'warning';
}

/** A sub-heading inside a section. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/** Anything a section may hold. */
export type PackBlock = TableBlock | FiguresBlock | ChartBlock | NoteBlock | HeadingBlock;

/** A titled part of the pack; `newPage` starts it on a fresh PDF page. */
export interface PackSection {
  id: string;
  title: string;
  blocks: readonly PackBlock[];
  newPage?: boolean;
}

/** A whole pack, ready to render. */
export interface PackDocument {
  title: string;
  /** Handling marking printed in every page header and footer, e.g. `OFFICIAL-SENSITIVE`. */
  marking: string;
  force: string;
  forceLabel: string;
  /** Inclusive period the pack covers, ISO dates. */
  period: { from: string; to: string };
  /** The TTCG meeting the pack is for; absent for a profile, which serves no one meeting. */
  meetingDate?: string;
  /** When the pack was generated, ISO `yyyy-mm-ddThh:mm:ssZ`; excluded from the content hash. */
  generatedAt: string;
  sections: readonly PackSection[];
}
