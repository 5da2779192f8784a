import type { VawgProfile } from '../api/api-types.js';

/** Occurrences per month against the same month a year earlier (ECharts option). */
export function monthOption(profile: VawgProfile) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    xAxis: { type: 'category', data: profile.byMonth.map((m) => monthLabel(m.month)) },
    yAxis: { type: 'value', minInterval: 1, name: 'Occurrences' },
    series: [
      {
        name: 'This period',
        type: 'bar',
        data: profile.byMonth.map((m) => m.occurrences),
        itemStyle: { color: '#1d4f91' },
      },
      {
        name: 'Year before',
        type: 'line',
        data: profile.byMonth.map((m) => m.previousYear),
        itemStyle: { color: '#b35c00' },
      },
    ],
  };
}

/** A horizontal bar chart of labelled counts. */
export function countOption(rows: { label: string; occurrences: number }[]) {
  const top = rows.slice(0, 12).reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 160, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.label) },
    series: [{ type: 'bar', data: top.map((r) => r.occurrences), itemStyle: { color: '#1d4f91' } }],
  };
}

/** `yyyy-mm` (or a date) as mm/yyyy. */
export function monthLabel(month: string): string {
  const [year, mm] = month.split('-');
  return `${mm}/${year}`;
}
