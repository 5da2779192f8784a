import { useMemo } from 'react';
import type {
  CellValue,
  ChartBlock,
  FiguresBlock,
  PackBlock,
  TableBlock,
  ValueKind,
} from '../api/document-types.js';
import { formatDay } from '../format/dates.js';
import { blockChartOption, chartHasData } from './block-chart-option.js';
import { Chart } from './chart.js';
import { DataTable } from './data-table.js';

/** Shows a raw value by its kind: numbers en-GB with fixed decimals, dates dd/mm/yyyy. */
export function formatCell(value: CellValue, kind: ValueKind, decimals = 0): string {
  if (value === null) return '';
  switch (kind) {
    case 'number':
      return typeof value === 'number'
        ? value.toLocaleString('en-GB', {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          })
        : value;
    case 'date':
      return formatDay(String(value));
    case 'text':
      return String(value);
  }
}

function Figures({ block }: { block: FiguresBlock }) {
  return (
    <dl className="figures">
      {block.cards.map((card) => (
        <div key={card.label} className="figure">
          <dt>{card.label}</dt>
          <dd>{formatCell(card.value, card.kind, card.decimals) || '–'}</dd>
          {card.note === undefined ? null : <dd className="figure-note">{card.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

function Table({ block }: { block: TableBlock }) {
  return (
    <DataTable<Record<string, CellValue>>
      caption={block.title}
      rows={block.rows}
      rowKey={(_, i) => String(i)}
      empty={block.emptyText}
      columns={block.columns.map((c) => ({
        key: c.key,
        label: c.label,
        numeric: c.kind === 'number',
        render: (row) => formatCell(row[c.key] ?? null, c.kind, c.decimals),
        sortValue: (row) => row[c.key] ?? null,
      }))}
    />
  );
}

/** The chart's values as a table too, for screen readers and for reading exact figures. */
function ChartData({ block }: { block: ChartBlock }) {
  const rows = block.categories.map((category, i) => ({
    category,
    values: block.series.map((s) => s.values[i] ?? null),
  }));
  const xKind = block.xKind === 'date' ? 'date' : 'text';
  return (
    <details>
      <summary>Figures of this chart</summary>
      <DataTable
        caption={`${block.title}: figures`}
        rows={rows}
        rowKey={(_, i) => String(i)}
        columns={[
          { key: 'x', label: block.xLabel, render: (r) => formatCell(r.category, xKind) },
          ...block.series.map((s, i) => ({
            key: `s${i}`,
            label: s.name,
            numeric: true,
            render: (r: (typeof rows)[number]) => formatCell(r.values[i] ?? null, 'number', 1),
          })),
        ]}
      />
    </details>
  );
}

function ChartFigure({ block }: { block: ChartBlock }) {
  const option = useMemo(() => blockChartOption(block), [block]);
  if (!chartHasData(block))
    return (
      <section className="chart-block" aria-label={block.title}>
        <h3>{block.title}</h3>
        <p className="empty">{block.emptyText ?? 'No data to chart.'}</p>
      </section>
    );
  return (
    <figure className="chart-block" id={`chart-${block.id}`}>
      <figcaption>{block.title}</figcaption>
      <Chart option={option} label={block.title} />
      <ChartData block={block} />
    </figure>
  );
}

/** One block of a pack section, as the HTML pack shows it; record text stays text. */
export function DocumentBlock({ block }: { block: PackBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h3 dir="auto">{block.text}</h3>;
    case 'note':
      return (
        <p className={block.tone === 'warning' ? 'warning' : 'note'} role="note" dir="auto">
          {block.text}
        </p>
      );
    case 'figures':
      return <Figures block={block} />;
    case 'table':
      return <Table block={block} />;
    case 'chart':
      return <ChartFigure block={block} />;
  }
}

/** The blocks of a pack section (a suspect page, say), in reading order. */
export function DocumentBlocks({ blocks }: { blocks: readonly PackBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <DocumentBlock key={`${block.kind}-${'id' in block ? block.id : i}`} block={block} />
      ))}
    </>
  );
}
