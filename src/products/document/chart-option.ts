import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartBlock, ChartSeries } from './pack-document.js';
import { formatDate } from './format-value.js';

/** Grey shades dark to light: distinct when printed without colour. */
export const greyPalette = ['#1f1f1f', '#6e6e6e', '#a6a6a6', '#d0d0d0', '#4a4a4a', '#8a8a8a'];
const dashes = ['solid', 'dashed', 'dotted'] as const;
const markers = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'] as const;

const fontFamily = 'DejaVu Sans, sans-serif';

const dayMs = 86_400_000;

/**
 * The ECharts option of a pack chart: greyscale palette, decal patterns on filled shapes,
 * distinct dash styles and markers on lines, and a data label on every value.
 */
export function chartOption(chart: ChartBlock): EChartsOption {
  const base: EChartsOption = {
    animation: false,
    color: greyPalette,
    textStyle: { fontFamily, fontSize: 11 },
    aria: { enabled: true, decal: { show: chart.chart === 'bar' || chart.chart === 'pie' } },
    legend: { show: chart.series.length > 1 || chart.chart === 'pie', bottom: 0 },
  };
  if (chart.chart === 'pie') return { ...base, series: [pieSeries(chart)] };
  return {
    ...base,
    ...axes(chart),
    grid: gridFor(chart),
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

function axes(chart: ChartBlock): EChartsOption {
  const categoryAxis = {
    type: 'category' as const,
    data: chart.categories.map((c) => (chart.xKind === 'date' ? formatDate(c) : c)),
    name: chart.xLabel,
    nameLocation: 'middle' as const,
    nameGap: 28,
    axisLabel: { hideOverlap: true },
  };
  const valueAxis = {
    type: 'value' as const,
    name: chart.yLabel,
    nameLocation: 'middle' as const,
    nameGap: 36,
  };
  if (chart.chart === 'scatter' && chart.xKind === 'date') {
    // At least a day between ticks: points on one or two days would otherwise get hourly
    // ticks, each labelled with the same date.
    const timeAxis = {
      ...valueAxis,
      type: 'time' as const,
      name: chart.xLabel,
      nameGap: 28,
      minInterval: dayMs,
    };
    return {
      xAxis: { ...timeAxis, axisLabel: { formatter: '{dd}/{MM}/{yyyy}', hideOverlap: true } },
      yAxis: valueAxis,
    };
  }
  if (chart.horizontal === true) {
    return {
      xAxis: valueAxis,
      yAxis: {
        ...categoryAxis,
        inverse: true,
        nameGap: 110,
        axisLabel: { width: 100, overflow: 'truncate' },
      },
    };
  }
  return { xAxis: categoryAxis, yAxis: valueAxis };
}

function gridFor(chart: ChartBlock): EChartsOption['grid'] {
  return { left: chart.horizontal === true ? 130 : 60, right: 30, top: 24, bottom: 64 };
}

function seriesFor(chart: ChartBlock) {
  return (series: ChartSeries, index: number): SeriesOption => {
    const position = chart.horizontal === true ? 'right' : 'top';
    const label = { show: true, position, fontSize: 9 } as const;
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
        };
      case 'pie':
        return pieSeries(chart);
    }
  };
}

function scatterPoints(chart: ChartBlock, series: ChartSeries): [string, number | null][] {
  return chart.categories.map((x, i) => [x, series.values[i] ?? null]);
}
