import { useCallback, useMemo } from 'react';
import centroids from 'virtual:district-centroids';
import type { HotspotArea } from '../api/api-types.js';
import { Chart, type ChartClick } from '../components/chart.js';

/** Props of the hotspot map. */
export interface HotspotMapProps {
  districts: HotspotArea[];
  selected: string | null;
  onSelect: (district: string) => void;
}

/** Keeps the map's shape true: a degree of longitude is cos(latitude) of one of latitude. */
const lonScale = Math.cos((52 * Math.PI) / 180);

function mapOption(props: HotspotMapProps) {
  const max = Math.max(1, ...props.districts.map((d) => d.occurrences));
  const region = Object.entries(centroids).map(([name, [lat, lon]]) => ({
    name,
    value: [lon * lonScale, lat],
  }));
  const spots = props.districts.flatMap((d) => {
    const c = centroids[d.area];
    if (c === undefined) return [];
    const chosen = d.area === props.selected;
    return [
      {
        name: d.area,
        value: [c[1] * lonScale, c[0], d.occurrences],
        itemStyle: { color: chosen ? '#b35c00' : '#1d4f91', opacity: 0.85 },
      },
    ];
  });
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}' },
    grid: { left: 8, right: 8, top: 8, bottom: 8 },
    xAxis: { type: 'value', scale: true, show: false },
    yAxis: { type: 'value', scale: true, show: false },
    series: [
      {
        name: 'Postcode districts',
        type: 'scatter',
        data: region,
        symbolSize: 3,
        silent: true,
        itemStyle: { color: '#c8ccd2' },
      },
      {
        name: 'Hotspots',
        type: 'scatter',
        data: spots,
        symbolSize: (value: number[]) => 10 + 30 * Math.sqrt((value[2] ?? 0) / max),
        label: { show: true, position: 'right', formatter: '{b}', color: '#111' },
      },
    ],
  };
}

/**
 * The region's postcode districts drawn from bundled centroids (no tiles), hotspot districts
 * sized by VAWG occurrences. Clicking a district drills into it; the ranked table beside the
 * map does the same from the keyboard.
 */
export function HotspotMap(props: HotspotMapProps) {
  const { districts, selected, onSelect } = props;
  const option = useMemo(
    () => mapOption({ districts, selected, onSelect }),
    [districts, selected, onSelect],
  );
  const onClick = useCallback((click: ChartClick) => onSelect(click.name), [onSelect]);
  const missing = districts.filter((d) => centroids[d.area] === undefined).map((d) => d.area);
  return (
    <figure className="map">
      <Chart
        option={option}
        height={460}
        label="Map of the region's postcode districts, hotspots sized by occurrences"
        onClick={onClick}
      />
      <figcaption>
        Postcode-district centroids (grey) of the nine forces&apos; region; circles sized by VAWG
        occurrences.
        {missing.length > 0 ? ` Not on the map (no centroid): ${missing.join(', ')}.` : ''}
      </figcaption>
    </figure>
  );
}
