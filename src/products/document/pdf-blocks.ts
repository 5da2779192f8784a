import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { chartHasData, renderChartSvg } from './chart-svg.js';
import { formatValue } from './format-value.js';
import type { ChartBlock, FiguresBlock, PackBlock, TableBlock } from './pack-document.js';

/** Widest content on an A4 page with 40pt margins, in points. */
const contentWidth = 515;

/**
 * Longest cell text printed in the PDF. Longer record text is cut with a note pointing to the
 * CSV and Excel exports, which keep it whole: a 10,000-character summary would fill pages.
 */
export const pdfCellLimit = 1200;

/** One pack block as pdfmake content. */
export function pdfBlock(block: PackBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'h3' };
    case 'note':
      return {
        text: block.text,
        style: block.tone === 'warning' ? 'warning' : undefined,
        margin: [0, 2, 0, 6],
      };
    case 'figures':
      return figures(block);
    case 'table':
      return table(block);
    case 'chart':
      return chart(block);
  }
}

/** Cuts long text and breaks long unbroken runs so a cell can wrap inside its column. */
export function pdfCellText(text: string): string {
  const cut =
    text.length > pdfCellLimit
      ? `${text.slice(0, pdfCellLimit)}… [cut at ${pdfCellLimit} of ${text.length} characters; see the CSV or Excel export]`
      : text;
  return cut.replace(/(\S{40})(?=\S)/g, '$1 ');
}

function figures(block: FiguresBlock): Content {
  const cells: TableCell[] = block.cards.map((c) => ({
    stack: [
      { text: c.label, style: 'cardLabel' },
      { text: formatValue(c.value, c.kind, c.decimals) || '–', style: 'cardValue' },
      ...(c.note === undefined ? [] : [{ text: c.note, style: 'cardLabel' }]),
    ],
  }));
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += 4) rows.push(padRow(cells.slice(i, i + 4), 4));
  if (rows.length === 0) return { text: 'No figures.', style: 'empty' };
  return { table: { widths: ['*', '*', '*', '*'], body: rows }, margin: [0, 2, 0, 8] };
}

function padRow(cells: TableCell[], width: number): TableCell[] {
  while (cells.length < width) cells.push({ text: '', border: [false, false, false, false] });
  return cells;
}

function table(block: TableBlock): Content {
  const title: Content = { text: block.title, style: 'h3' };
  if (block.rows.length === 0)
    return [title, { text: block.emptyText ?? 'No rows.', style: 'empty' }];
  const head: TableCell[] = block.columns.map((c) => ({ text: c.label, style: 'th' }));
  const body: TableCell[][] = block.rows.map((row) =>
    block.columns.map((c) => ({
      text: pdfCellText(formatValue(row[c.key] ?? null, c.kind, c.decimals)),
      alignment: c.kind === 'number' ? 'right' : 'left',
    })),
  );
  const widths = block.columns.map((c) => (c.kind === 'text' ? '*' : 'auto'));
  return [
    title,
    {
      table: { headerRows: 1, widths, body: [head, ...body] },
      layout: 'lightHorizontalLines',
      fontSize: tableFontSize(block.columns.length),
      margin: [0, 0, 0, 8],
    },
  ];
}

/** Smaller type for wide tables, so that every column fits the A4 portrait width. */
function tableFontSize(columns: number): number {
  if (columns >= 8) return 6;
  return columns >= 6 ? 7 : 8;
}

function chart(block: ChartBlock): Content {
  const title: Content = { text: block.title, style: 'h3' };
  if (!chartHasData(block))
    return [title, { text: block.emptyText ?? 'No data to chart.', style: 'empty' }];
  const svg = renderChartSvg(block, { width: 640, height: 320 });
  return { stack: [title, { svg, width: contentWidth }], unbreakable: true };
}
