import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './chart-svg.js';
import type { ChartBlock } from './pack-document.js';

/** A severity chart (harm over time) with one point per date. */
function severity(dates: readonly string[]): ChartBlock {
  return {
    kind: 'chart',
    id: 'severity',
    title: 'Severity',
    chart: 'scatter',
    xKind: 'date',
    categories: dates,
    series: [{ name: 'Harm (days)', values: dates.map(() => 10) }],
    xLabel: 'Date',
    yLabel: 'Harm (days)',
  };
}

const tickDates = (svg: string) => [...svg.matchAll(/>(\d{2}\/\d{2}\/\d{4})</g)].map((m) => m[1]);

describe('date axis ticks', () => {
  it('labels each day once when every point falls on one or two days', () => {
    // Hourly ticks used to print 29/04/2024 three times, then 30/04/2024 three times.
    expect(tickDates(renderChartSvg(severity(['2024-04-30'])))).toEqual([
      '29/04/2024',
      '30/04/2024',
      '01/05/2024',
    ]);
    const two = tickDates(renderChartSvg(severity(['2024-04-29', '2024-04-30'])));
    expect(new Set(two).size).toBe(two.length);
  });
});
