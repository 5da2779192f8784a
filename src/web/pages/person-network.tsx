import { useMemo } from 'react';
import type { PersonPage } from '../api/api-types.js';
import { Chart } from '../components/chart.js';

interface GraphNode {
  id: string;
  name: string;
  category: number;
  symbolSize: number;
}

/** The person's records, the objects they link to and the scored pairs between records. */
export function networkOption(page: PersonPage) {
  const nodes = new Map<string, GraphNode>();
  const edges: { source: string; target: string; value: string }[] = [];
  const add = (node: GraphNode) => nodes.set(node.id, nodes.get(node.id) ?? node);
  add({ id: 'person', name: page.personId, category: 0, symbolSize: 34 });
  for (const r of page.records) {
    const id = `${r.force}:${r.person_ref}`;
    add({ id, name: id, category: 1, symbolSize: 20 });
    edges.push({ source: 'person', target: id, value: 'record' });
  }
  for (const l of page.links) {
    const object = `${l.detail ?? 'link'}: ${l.extra ?? ''}`;
    add({ id: object, name: object, category: 2, symbolSize: 14 });
    edges.push({ source: `${l.force}:${l.person_ref}`, target: object, value: l.reason ?? 'link' });
  }
  for (const e of page.evidence) {
    if (!nodes.has(e.record_l) || !nodes.has(e.record_r)) continue;
    edges.push({ source: e.record_l, target: e.record_r, value: `match ${e.match_probability}` });
  }
  return {
    animation: false,
    tooltip: {},
    legend: { data: ['Person', 'Record', 'Linked object'], top: 0 },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        force: { repulsion: 180, edgeLength: 70 },
        label: { show: true, position: 'right', color: '#111' },
        categories: [
          { name: 'Person', itemStyle: { color: '#b35c00' } },
          { name: 'Record', itemStyle: { color: '#1d4f91' } },
          { name: 'Linked object', itemStyle: { color: '#5f6b7a' } },
        ],
        data: [...nodes.values()],
        links: edges,
        lineStyle: { color: '#888', width: 1.5 },
      },
    ],
  };
}

/** The person's links drawn as a network (ECharts graph). */
export function PersonNetwork({ page }: { page: PersonPage }) {
  const option = useMemo(() => networkOption(page), [page]);
  return (
    <Chart
      option={option}
      height={380}
      label={`Network of ${page.records.length} records and ${page.links.length} links`}
    />
  );
}
