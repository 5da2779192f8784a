import type { ChartBlock } from '../api/document-types.js';
import { formatDay } from '../format/dates.js';

// Colours of the web app's charts; the printed pack draws the same blocks in greys.
const palette = ['#1d4f91', '#b35c00', '#2e7d32', '#6a1b9a', '#5f6b7a'];

/** True when a chart block has at least one value to draw. */
export function chartHasData(chart: ChartBlock): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/**
 * The ECharts option of a pack chart block: bars (vertical or horizontal), lines, a pie, or
 * a scatter over a date axis (dd/mm/yyyy), with the block's axis names.
 */
export function blockChartOption(chart: ChartBlock) {
  const base = {
    animation: false,
    color: palette,
    tooltip: { trigger: chart.chart === 'bar' || chart.chart === 'line' ? 'axis' : 'item' },
    legend: { show: chart.series.length > 1 || chart.chart === 'pie', top: 0 },
  };
  switch (chart.chart) {
    case 'pie':
      return { ...base, series: [pieSeries(chart)] };
    case 'scatter':
      return { ...base, ...scatterAxes(chart), grid: grid(chart), series: scatterSeries(chart) };
    case 'bar':
    case 'line':
      return {
        ...base,
        ...categoryAxes(chart),
        grid: grid(chart),
        series: chart.series.map((s) => ({ type: chart.chart, name: s.name, data: s.values })),
      };
  }
}

function grid(chart: ChartBlock) {
  return { left: chart.horizontal === true ? 150 : 56, right: 24, top: 32, bottom: 48 };
}

function categoryAxes(chart: ChartBlock) {
  const labels = chart.categories.map((c) => (chart.xKind === 'date' ? formatDay(c) : c));
  const category = { type: 'category', data: labels, name: chart.xLabel };
  const value = { type: 'value', minInterval: 1, name: chart.yLabel };
  const named = { nameLocation: 'middle', nameGap: 30 };
  return chart.horizontal === true
    ? { xAxis: { ...value, ...named }, yAxis: { ...category, inverse: true } }
    : { xAxis: { ...category, ...named }, yAxis: { ...value, ...named, nameGap: 40 } };
}

const day = 86_400_000;

/** A week (or a twentieth of the span) either side, so the first and last points show whole. */
function timePadding(range: { min: number; max: number }): number {
  return Math.max(7 * day, (range.max - range.min) / 20);
}

function scatterAxes(chart: ChartBlock) {
  const named = { name: chart.xLabel, nameLocation: 'middle', nameGap: 30 };
  const time = {
    type: 'time',
    min: (r: { min: number; max: number }) => r.min - timePadding(r),
    max: (r: { min: number; max: number }) => r.max + timePadding(r),
    axisLabel: { formatter: '{dd}/{MM}/{yyyy}', hideOverlap: true },
  };
  const xAxis =
    chart.xKind === 'date'
      ? { ...time, ...named }
      : { type: 'category', data: chart.categories, ...named };
  return {
    xAxis,
    yAxis: { type: 'value', name: chart.yLabel, nameLocation: 'middle', nameGap: 40 },
  };
}

function scatterSeries(chart: ChartBlock) {
  return chart.series.map((s) => ({
    type: 'scatter',
    name: s.name,
    symbolSize: 10,
    data: chart.categories.map((x, i) => [x, s.values[i] ?? null]),
  }));
}

function pieSeries(chart: ChartBlock) {
  const values = chart.series[0]?.values ?? [];
  return {
    type: 'pie',
    radius: ['0%', '60%'],
    label: { formatter: '{b}: {c} ({d}%)' },
    data: chart.categories.map((name, i) => ({ name, value: values[i] ?? 0 })),
  };
}
