import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import { formatValue } from './format-value.js';
import type { TableBlock, TableColumn } from './pack-document.js';
import { estimateTextWidth } from './text-width.js';

/** Widest content on an A4 portrait page with 40pt margins, in points. */
export const contentWidth = 515;

/** Widest content on an A4 landscape page with the same margins. */
const landscapeWidth = 761;

/** Which way up a page is printed. */
export type PageOrientation = 'portrait' | 'landscape';

/**
 * Longest cell text printed in the PDF. Longer record text is cut with a note pointing to the
 * CSV and Excel exports, which keep it whole: a 10,000-character summary would fill pages.
 */
export const pdfCellLimit = 1200;

/** Type sizes a table may take, largest first: wide tables step down until they fit. */
const fontSizes = [8, 7, 6] as const;

/** Space between two columns: 4pt of padding either side (none at the table's edges). */
const cellPadding = 8;

/**
 * pdfmake's `lightHorizontalLines` (a heavier rule under the headings, light rules between
 * rows, no vertical lines) with 4pt of padding a side instead of its 8pt: 9 columns at 8pt
 * would otherwise lose 128pt of a 515pt page to padding.
 */
const tableLines: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 2 : 1),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? 'black' : '#aaa'),
  paddingLeft: (i) => (i === 0 ? 0 : cellPadding / 2),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : cellPadding / 2),
};

/** The least a free-text column should keep, so a summary does not wrap a word a line. */
const freeTextMinimum = 70;

/**
 * The width a free-text column should have to read comfortably (about 30 characters a line
 * at 8pt). A table that cannot give it that on a portrait page goes on landscape pages.
 */
const freeTextComfort = 120;

/** Longest run of letters without a space that a cell prints unbroken, by default. */
const defaultRun = 40;

/** How a table is laid out in print: its type size, column widths and longest unbroken run. */
export interface PdfTableLayout {
  orientation: PageOrientation;
  fontSize: number;
  /** pdfmake widths: `'auto'` (sized to content) or `'*'` (shares the width left). */
  widths: ('auto' | '*')[];
  /** Longer runs without a space get a break, so no word is wider than its column. */
  maxRun: number;
}

/**
 * Lays a table out to fit the page width. pdfmake gives a `'*'` column the widest minimum of
 * all `'*'` columns and never splits a word in a table cell, so a table whose minimum
 * widths add up to more than the page runs off its edge. Here free-text columns share the
 * width left over and the others are sized to their content, and the first try that fits
 * (by the estimated widest word of each column) is taken: portrait at 8pt or 7pt with free
 * text at a comfortable width, then landscape at 8pt to 6pt likewise; then, free text at
 * its minimum, portrait and landscape at 8pt to 6pt with long words broken shorter and
 * shorter. Only a table of dozens of columns gets past them all (printed landscape at 6pt,
 * broken at every 2 characters, where it may still be too wide).
 */
export function pdfTableLayout(block: TableBlock): PdfTableLayout {
  for (const t of layoutTries(block.columns.some((c) => c.freeText === true))) {
    const widths = columnWidths(block, t);
    if (widths !== undefined)
      return { orientation: t.orientation, fontSize: t.fontSize, widths, maxRun: t.maxRun };
  }
  return {
    orientation: 'landscape',
    fontSize: 6,
    widths: block.columns.map(() => 'auto'),
    maxRun: 2,
  };
}

/** The layouts `pdfTableLayout` tries, in order of preference. */
function layoutTries(freeText: boolean): Try[] {
  const at = (
    orientation: PageOrientation,
    sizes: readonly number[],
    rest: Omit<Try, 'orientation' | 'fontSize'>,
  ) => sizes.map((fontSize): Try => ({ orientation, fontSize, ...rest }));
  const comfortable = { maxRun: defaultRun, comfort: freeText };
  const tries = [
    ...at('portrait', [8, 7], comfortable),
    ...at('landscape', fontSizes, comfortable),
  ];
  for (const maxRun of [defaultRun, 24, 16, 10, 6, 4]) {
    tries.push(...at('portrait', fontSizes, { maxRun, comfort: false }));
    tries.push(...at('landscape', fontSizes, { maxRun, comfort: false }));
  }
  return tries;
}

interface Measure {
  fontSize: number;
  maxRun: number;
}

interface Try extends Measure {
  orientation: PageOrientation;
  /** Ask free-text columns to get `freeTextComfort`, not just `freeTextMinimum`. */
  comfort: boolean;
}

/** Widths that fit this try, or undefined when the columns' minimum widths do not. */
function columnWidths(block: TableBlock, t: Try): PdfTableLayout['widths'] | undefined {
  const available = t.orientation === 'portrait' ? contentWidth : landscapeWidth;
  const minimum = block.columns.map((c) => minimumWidth(block, c, t));
  const star = starColumns(block, { minimum, available });
  const fixed = minimum.reduce((sum, w, i) => (star.has(i) ? sum : sum + w), 0);
  const free = block.columns.some((c) => c.freeText === true);
  const floor = free ? (t.comfort ? freeTextComfort : freeTextMinimum) : 0;
  const starWidth = Math.max(floor, ...minimum.filter((_, i) => star.has(i)));
  if (fixed + star.size * starWidth > available) return undefined;
  return block.columns.map((_, i) => (star.has(i) ? '*' : 'auto'));
}

/**
 * The columns that share the width left over: the free-text ones; in a table without free
 * text, every text column (as pdfmake tables usually go) unless their widest minimum,
 * given to each, would not fit, then the text column holding the most text.
 */
function starColumns(
  block: TableBlock,
  widths: { minimum: readonly number[]; available: number },
): Set<number> {
  const { minimum, available } = widths;
  const indexes = (test: (c: TableColumn) => boolean) =>
    block.columns.flatMap((c, i) => (test(c) ? [i] : []));
  const free = indexes((c) => c.freeText === true);
  if (free.length > 0) return new Set(free);
  const text = indexes((c) => c.kind === 'text');
  const widest = Math.max(0, ...text.map((i) => minimum[i] ?? 0));
  const others = minimum.reduce((sum, w, i) => (text.includes(i) ? sum : sum + w), 0);
  if (others + text.length * widest <= available) return new Set(text);
  const longest = [...text].sort((a, b) => textLength(block, b) - textLength(block, a))[0];
  return new Set(longest === undefined ? [] : [longest]);
}

function textLength(block: TableBlock, index: number): number {
  const column = block.columns[index];
  if (column === undefined) return 0;
  return block.rows.reduce((sum, row) => sum + cellText(row[column.key] ?? null, column).length, 0);
}

/** The widest word of a column (its heading in bold), plus padding: pdfmake's minimum. */
function minimumWidth(block: TableBlock, column: TableColumn, at: Measure): number {
  let widest = widestWord(column.label, { ...at, bold: true });
  for (const row of block.rows) {
    const text = pdfCellText(cellText(row[column.key] ?? null, column), at.maxRun);
    widest = Math.max(widest, widestWord(text, { ...at, bold: false }));
  }
  return widest + cellPadding;
}

function widestWord(text: string, at: Measure & { bold: boolean }): number {
  const words = pdfCellText(text, at.maxRun).split(/\s+/);
  return Math.max(0, ...words.map((w) => estimateTextWidth(w, at)));
}

function cellText(value: TableBlock['rows'][number][string], column: TableColumn): string {
  return formatValue(value ?? null, column.kind, column.decimals);
}

/**
 * Cuts long text at `pdfCellLimit` and breaks runs longer than `maxRun` characters without
 * a space, so a cell can wrap inside its column.
 */
export function pdfCellText(text: string, maxRun = defaultRun): string {
  const cut =
    text.length > pdfCellLimit
      ? `${text.slice(0, pdfCellLimit)}… [cut at ${pdfCellLimit} of ${text.length} characters; see the CSV or Excel export]`
      : text;
  return cut.replace(new RegExp(`(\\S{${maxRun}})(?=\\S)`, 'g'), '$1 ');
}

/**
 * Cells of up to 300 characters: even wrapped in a 70pt column at 8pt (about 14 characters
 * a line) such a row is some 220pt tall, well inside a page.
 */
const wholeRowText = 300;

/**
 * True when no cell is long enough to make its row taller than a page, so rows can be kept
 * whole (none split across a page break). pdfmake cannot place an unbreakable row taller
 * than the page, so tables with longer text keep the default of splitting rows.
 */
function rowsFitAPage(body: readonly TableCell[][]): boolean {
  return body.every((row) =>
    row.every((cell) => {
      const text = typeof cell === 'object' && cell !== null && 'text' in cell ? cell.text : '';
      return typeof text !== 'string' || text.length <= wholeRowText;
    }),
  );
}

/** pdfmake content and the page orientation it needs. */
export interface PdfPiece {
  content: Content;
  orientation: PageOrientation;
}

/**
 * One table as pdfmake content: its title, the rows (up to its display limit, then the
 * limit's note), headings repeated on each page, laid out by `pdfTableLayout`; with the
 * orientation of the pages it needs.
 */
export function pdfTable(block: TableBlock): PdfPiece {
  const title: Content = { text: block.title, style: 'h3' };
  if (block.rows.length === 0)
    return {
      content: [title, { text: block.emptyText ?? 'No rows.', style: 'empty' }],
      orientation: 'portrait',
    };
  const limit = block.displayLimit;
  const shown: TableBlock =
    limit === undefined ? block : { ...block, rows: block.rows.slice(0, limit.rows) };
  const layout = pdfTableLayout(shown);
  const head: TableCell[] = block.columns.map((c) => ({
    text: pdfCellText(c.label, layout.maxRun),
    style: 'th',
  }));
  const body: TableCell[][] = shown.rows.map((row) =>
    block.columns.map((c) => ({
      text: pdfCellText(cellText(row[c.key] ?? null, c), layout.maxRun),
      alignment: c.kind === 'number' ? 'right' : 'left',
    })),
  );
  const note: Content[] =
    limit === undefined || limit.rows >= block.rows.length
      ? []
      : [{ text: limit.note, style: 'limitNote', margin: [0, 0, 0, 8] }];
  const table: Content = {
    table: {
      headerRows: 1,
      // The headings never end a page without a row under them.
      keepWithHeaderRows: 1,
      dontBreakRows: rowsFitAPage(body),
      widths: layout.widths,
      body: [head, ...body],
    },
    layout: tableLines,
    fontSize: layout.fontSize,
    margin: [0, 0, 0, note.length > 0 ? 2 : 8],
  };
  return { content: [title, table, ...note], orientation: layout.orientation };
}
