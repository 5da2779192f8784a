import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup.js';

/** What a chart element was clicked: the series data item's name. */
export interface ChartClick {
  name: string;
}

/** Props of a chart: its ECharts option, an accessible label and size. */
export interface ChartProps {
  option: echarts.EChartsCoreOption;
  label: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
}

/**
 * One ECharts chart. The canvas is an image to assistive technology, labelled by `label`;
 * every chart's figures are also in a table on the same page.
 */
export function Chart({ option, label, height = 280, onClick }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (element.current === null) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    if (onClick) chart.on('click', (event) => onClick({ name: String(event.name) }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onClick]);

  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={label}
      style={{ height: `${height}px` }}
    />
  );
}
