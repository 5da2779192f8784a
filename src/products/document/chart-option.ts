import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartBlock, ChartSeries } from './pack-document.js';
import { chartLayout, labelFontSize, labelLineHeight, type ChartLayout } from './chart-layout.js';
import { formatDate, formatNumber } from './format-value.js';

/** Grey shades dark to light: distinct when printed without colour. */
export const greyPalette = ['#1f1f1f', '#6e6e6e', '#a6a6a6', '#d0d0d0', '#4a4a4a', '#8a8a8a'];
const dashes = ['solid', 'dashed', 'dotted'] as const;
const markers = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'] as const;

const fontFamily = 'DejaVu Sans, sans-serif';

const dayMs = 86_400_000;

/**
 * The ECharts option of a pack chart: greyscale palette, decal patterns on filled shapes,
 * distinct dash styles and markers on lines, and a data label on every value. Every category
 * is labelled; the value axis title sits clear of the tick labels (above a vertical axis,
 * under a horizontal one). Sizes and margins come from `chartLayout`.
 */
export function chartOption(chart: ChartBlock, layout = chartLayout(chart)): EChartsOption {
  const base: EChartsOption = {
    animation: false,
    color: greyPalette,
    textStyle: { fontFamily, fontSize: labelFontSize },
    aria: { enabled: true, decal: { show: chart.chart === 'bar' || chart.chart === 'pie' } },
    legend: { show: chart.series.length > 1 || chart.chart === 'pie', bottom: 0 },
  };
  if (chart.chart === 'pie') return { ...base, series: [pieSeries(chart)] };
  return {
    ...base,
    ...axes(chart, layout),
    grid: layout.grid,
    series: chart.series.map(seriesFor(chart)),
  };
}

function pieSeries(chart: ChartBlock): SeriesOption {
  const values = chart.series[0]?.values ?? [];
  return {
    type: 'pie',
    radius: ['0%', '60%'],
    label: { show: true, formatter: '{b}: {c} ({d}%)' },
    data: chart.categories.map((name, i) => ({ name, value: values[i] ?? 0 })),
  };
}

const axisLabelStyle = { fontSize: labelFontSize, color: '#222222' } as const;

function axes(chart: ChartBlock, layout: ChartLayout): EChartsOption {
  if (chart.chart === 'scatter' && chart.xKind === 'date') return timeAxes(chart, layout);
  const categoryAxis = {
    type: 'category' as const,
    data: layout.categories.map((c) => (chart.xKind === 'date' ? formatDate(c) : c)),
    name: chart.xLabel,
    axisLabel: { ...axisLabelStyle, interval: layout.labels.interval },
  };
  if (chart.horizontal === true) {
    return {
      xAxis: bottomValueAxis(chart, layout),
      yAxis: {
        ...categoryAxis,
        inverse: true,
        // With the axis inverted its start is the top: the title sits above the labels.
        nameLocation: 'start',
        nameGap: layout.categoryNameGap,
        nameTextStyle: { align: 'right', fontWeight: 'bold' },
        // Labels come wrapped from chartLayout, measured for DejaVu Sans: ECharts' own
        // measure (server-side, no canvas) takes the type for narrower than it prints.
        axisLabel: { ...categoryAxis.axisLabel, lineHeight: labelLineHeight },
      },
    };
  }
  return {
    xAxis: {
      ...categoryAxis,
      nameLocation: 'middle',
      nameGap: layout.categoryNameGap,
      axisLabel: { ...categoryAxis.axisLabel, rotate: layout.labels.rotate },
    },
    yAxis: sideValueAxis(chart, layout),
  };
}

/** A value axis along the bottom, its title centred under the tick labels. */
function bottomValueAxis(chart: ChartBlock, layout: ChartLayout) {
  return {
    type: 'value' as const,
    name: chart.yLabel,
    nameLocation: 'middle' as const,
    nameGap: layout.valueNameGap,
    minInterval: chart.chart === 'bar' ? 1 : 0,
    axisLabel: axisLabelStyle,
  };
}

/** A value axis up the side, its title above the axis so it cannot cover the tick labels. */
function sideValueAxis(chart: ChartBlock, layout: ChartLayout) {
  return {
    type: 'value' as const,
    name: chart.yLabel,
    nameLocation: 'end' as const,
    nameGap: layout.valueNameGap,
    nameTextStyle: { align: 'left' as const },
    minInterval: chart.chart === 'bar' ? 1 : 0,
    axisLabel: axisLabelStyle,
  };
}

function timeAxes(chart: ChartBlock, layout: ChartLayout): EChartsOption {
  // At least a day between ticks: points on one or two days would otherwise get hourly
  // ticks, each labelled with the same date.
  return {
    xAxis: {
      type: 'time',
      name: chart.xLabel,
      nameLocation: 'middle',
      nameGap: layout.categoryNameGap,
      minInterval: dayMs,
      axisLabel: { ...axisLabelStyle, formatter: '{dd}/{MM}/{yyyy}', hideOverlap: true },
    },
    yAxis: sideValueAxis(chart, layout),
  };
}

function seriesFor(chart: ChartBlock) {
  return (series: ChartSeries, index: number): SeriesOption => {
    const position = chart.horizontal === true ? 'right' : 'top';
    // No halo round the value labels: the PDF's SVG reader ignores paint-order, so a white
    // outline would be painted over the text and hide it.
    const label = {
      show: true,
      position,
      fontSize: 9,
      color: '#111111',
      textBorderWidth: 0,
      formatter: valueLabel,
    } as const;
    const marker = markers[index % markers.length] ?? 'circle';
    switch (chart.chart) {
      case 'bar':
        return { type: 'bar', name: series.name, data: [...series.values], label };
      case 'line': {
        const type = dashes[index % dashes.length] ?? 'solid';
        return {
          type: 'line',
          name: series.name,
          data: [...series.values],
          label,
          symbol: marker,
          symbolSize: 7,
          lineStyle: { type, width: 2 },
          labelLayout: { hideOverlap: true },
        };
      }
      case 'scatter':
        return {
          type: 'scatter',
          name: series.name,
          data: scatterPoints(chart, series),
          symbol: marker,
          symbolSize: 9,
          label: { ...label, formatter: '{@[1]}' },
          // Points close in time would print their values over each other.
          labelLayout: { hideOverlap: true },
        };
      case 'pie':
        return pieSeries(chart);
    }
  };
}

/** A bar or line value as printed beside it: thousands grouped, up to one decimal. */
function valueLabel(params: { value?: unknown }): string {
  const value = params.value;
  if (typeof value !== 'number') return '';
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

function scatterPoints(chart: ChartBlock, series: ChartSeries): [string, number | null][] {
  return chart.categories.map((x, i) => [x, series.values[i] ?? null]);
}
