import * as echarts from 'echarts';
import type { ChartBlock } from './pack-document.js';
import { chartOption } from './chart-option.js';

/** Size of a rendered chart in CSS pixels (and PDF points once scaled to the page). */
export interface ChartSize {
  width: number;
  height: number;
}

const defaultSize: ChartSize = { width: 640, height: 320 };

/** True when a chart has at least one value to draw. */
export function chartHasData(chart: ChartBlock): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/**
 * Draws a chart as a standalone SVG string with ECharts' server-side renderer: no browser, no
 * network. Series are told apart by grey shades plus decal patterns, dash styles and marker
 * shapes, and values are labelled directly, so the chart keeps its meaning in black and white.
 * Element ids are numbered from zero per chart (`zr0-`), so output is deterministic.
 */
export function renderChartSvg(chart: ChartBlock, size: ChartSize = defaultSize): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    instance.setOption(chartOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
