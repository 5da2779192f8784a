import * as echarts from 'echarts';
import type { ChartBlock } from './pack-document.js';
import { chartLayout, type ChartSize } from './chart-layout.js';
import { chartOption } from './chart-option.js';

export type { ChartSize } from './chart-layout.js';

/** True when a chart has at least one value to draw. */
export function chartHasData(chart: ChartBlock): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/** Pie charts keep a fixed frame; the others take the size their labels need. */
const pieSize: ChartSize = { width: 640, height: 320 };

/**
 * Draws a chart as a standalone SVG string with ECharts' server-side renderer: no browser, no
 * network. Series are told apart by grey shades plus decal patterns, dash styles and marker
 * shapes, and values are labelled directly, so the chart keeps its meaning in black and white.
 * The size follows the chart (`chartLayout`: a horizontal bar chart grows a row per bar).
 * Element ids are numbered from zero per chart (`zr0-`), so output is deterministic.
 */
export function renderChartSvg(chart: ChartBlock): string {
  const layout = chartLayout(chart);
  const size = chart.chart === 'pie' ? pieSize : layout;
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    instance.setOption(chartOption(chart, layout));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
