import { formatNumber } from './format-value.js';
import type { ChartBlock } from './pack-document.js';
import { estimateTextWidth } from './text-width.js';

/** Size of a rendered chart in CSS pixels (and PDF points once scaled to the page). */
export interface ChartSize {
  width: number;
  height: number;
}

/** Where a chart's plot sits and how its category labels are drawn, in pixels. */
export interface ChartLayout extends ChartSize {
  grid: { left: number; right: number; top: number; bottom: number };
  /** Category labels: every one drawn (`interval` 0) unless too many to fit even turned. */
  labels: { rotate: number; interval: 0 | 'auto' };
  /** The category labels as drawn: on a horizontal chart, wrapped onto lines (`\n`). */
  categories: string[];
  /** Gap between the category axis and its title, clear of the labels. */
  categoryNameGap: number;
  /** Gap between the end of a vertical value axis and its title, clear of bar values. */
  valueNameGap: number;
}

/** Type size of axis and category labels. */
export const labelFontSize = 11;

const chartWidth = 640;
const verticalHeight = 320;
/** The widest a horizontal chart's category labels get; longer labels wrap onto more lines. */
const maxLabelWidth = 250;
/** Height of one line of label text. */
export const labelLineHeight = 13;
/**
 * The tallest chart: 860px is 692pt once scaled to the PDF's 515pt text width, so the chart
 * and its title fit one A4 page (a taller unbreakable block would be dropped).
 */
const maxHeight = 860;

const labelWidth = (text: string) => estimateTextWidth(text, { fontSize: labelFontSize });

/**
 * Lays out a bar, line or scatter chart from its labels and values: horizontal bars get a
 * label column as wide as their longest label (up to 210px, then wrapped) and a row of
 * height for each bar; vertical charts turn their category labels 45° or 90° when they do
 * not fit side by side. Value labels and axis titles get room of their own, so nothing is
 * drawn over anything else.
 */
export function chartLayout(chart: ChartBlock): ChartLayout {
  return chart.horizontal === true ? horizontalLayout(chart) : verticalLayout(chart);
}

function horizontalLayout(chart: ChartBlock): ChartLayout {
  const width = Math.min(Math.max(24, ...chart.categories.map(labelWidth)), maxLabelWidth);
  const categories = chart.categories.map((c) => wrapLabel(c, width));
  const lines = Math.max(1, ...categories.map((c) => c.split('\n').length));
  const top = chart.xLabel === '' ? 12 : 28;
  const bottom = chart.yLabel === '' ? 30 : 48;
  const room = (maxHeight - top - bottom) / Math.max(1, categories.length);
  const rowHeight = Math.min(Math.max(22, lines * labelLineHeight + 8), room);
  const title = estimateTextWidth(chart.xLabel, { fontSize: labelFontSize, bold: true });
  return {
    width: chartWidth,
    height: Math.round(top + bottom + categories.length * rowHeight),
    grid: { left: Math.max(width, title) + 14, right: valueLabelRoom(chart), top, bottom },
    labels: { rotate: 0, interval: 0 },
    categories,
    categoryNameGap: 8,
    valueNameGap: 28,
  };
}

/**
 * Wraps a label onto lines of at most `width` pixels (by the generous estimate, so the
 * printed text is no wider), breaking at spaces and after slashes; a word wider than the
 * line stays whole on a line of its own.
 */
export function wrapLabel(label: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const piece of label.split(/(?<=\/)|(?= )/)) {
    const next = line + piece;
    if (line !== '' && labelWidth(next.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

function verticalLayout(chart: ChartBlock): ChartLayout {
  // A date axis picks its own ticks (dd/mm/yyyy, side by side): one line of labels, and
  // room on the right for half of one centred on the axis end.
  const timeAxis = chart.chart === 'scatter' && chart.xKind === 'date';
  const left = Math.max(44, valueLabelRoom(chart) + 8);
  const right = timeAxis ? 44 : 30;
  const slot = (chartWidth - left - right) / Math.max(1, chart.categories.length);
  const widest = timeAxis ? 0 : Math.max(0, ...chart.categories.map(labelWidth));
  const rotate = timeAxis || widest + 6 <= slot ? 0 : slot >= 16 ? 45 : 90;
  const interval = rotate === 90 && slot < labelLineHeight ? 'auto' : 0;
  const turned = widest * Math.sin((rotate * Math.PI) / 180);
  const labelHeight = rotate === 0 ? labelLineHeight : turned;
  const nameGap = labelHeight + 14;
  // The legend (two series or more) sits along the bottom, under the axis title.
  const legend = chart.series.length > 1 ? 20 : 0;
  return {
    width: chartWidth,
    height: verticalHeight + (rotate === 0 ? 0 : labelHeight) + legend,
    // Room above the plot for the tallest bar's value, then the value axis title above it.
    grid: { left, right, top: chart.yLabel === '' ? 22 : 50, bottom: nameGap + 30 + legend },
    labels: { rotate, interval },
    categories: [...chart.categories],
    categoryNameGap: nameGap,
    valueNameGap: 24,
  };
}

/** Room beside the plot for the widest value (tick or bar label), in pixels. */
function valueLabelRoom(chart: ChartBlock): number {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const widest = Math.max(0, ...values.map((v) => labelWidth(formatNumber(v, decimals(v)))));
  return Math.max(30, widest + 16);
}

function decimals(value: number): number {
  return Number.isInteger(value) ? 0 : 1;
}
