import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { chartHasData, renderChartSvg } from './chart-svg.js';
import { formatValue } from './format-value.js';
import type { ChartBlock, FiguresBlock, PackBlock } from './pack-document.js';
import { contentWidth, pdfTable, type PdfPiece } from './pdf-table.js';

/** One pack block as pdfmake content, with the page orientation it needs. */
export function pdfBlock(block: PackBlock): PdfPiece {
  if (block.kind === 'table') return pdfTable(block);
  return { content: pdfContent(block), orientation: 'portrait' };
}

function pdfContent(block: Exclude<PackBlock, { kind: 'table' }>): Content {
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
    case 'chart':
      return chart(block);
  }
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

function chart(block: ChartBlock): Content {
  const title: Content = { text: block.title, style: 'h3' };
  if (!chartHasData(block))
    return [title, { text: block.emptyText ?? 'No data to chart.', style: 'empty' }];
  // The SVG is drawn 640px wide and scaled to the text width, its height in proportion.
  const svg = renderChartSvg(block);
  return { stack: [title, { svg, width: contentWidth }], unbreakable: true };
}
