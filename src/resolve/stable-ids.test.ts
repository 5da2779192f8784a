import { describe, expect, it } from 'vitest';
import { assignStableIds, type PriorIdentity } from './stable-ids.js';

const at = (personId: string, assignedAt = '2024-01-01 00:00:00'): PriorIdentity => ({
  personId,
  assignedAt,
});

describe('assignStableIds', () => {
  it('gives the same ids when re-run on the same clusters', () => {
    const clusters = [['x:1', 'y:1'], ['x:2']];
    const first = assignStableIds(clusters, new Map());
    const prior = new Map(
      clusters.flatMap((c, i) => c.map((r) => [r, at(first.ids[i] ?? '')] as const)),
    );
    expect(assignStableIds(clusters, prior).ids).toEqual(first.ids);
    expect(assignStableIds(clusters, prior).events).toEqual([]);
  });

  it('keeps ids when new records join, and gives a new person a new id', () => {
    const prior = new Map([
      ['x:1', at('P1')],
      ['y:1', at('P1')],
      ['x:2', at('P2')],
    ]);
    const { ids, events } = assignStableIds([['x:1', 'y:1', 'z:9'], ['x:2'], ['z:8']], prior);
    expect(ids.slice(0, 2)).toEqual(['P1', 'P2']);
    expect(ids[2]).toMatch(/^P[0-9a-f]{12}$/);
    expect(events).toEqual([{ kind: 'new', personId: ids[2], otherIds: [], records: 1 }]);
  });

  it('on a merge keeps the id most records held, ties going to the oldest', () => {
    const prior = new Map([
      ['x:1', at('P2', '2024-02-01 00:00:00')],
      ['y:1', at('P1', '2024-01-01 00:00:00')],
    ]);
    const { ids, events } = assignStableIds([['x:1', 'y:1']], prior);
    expect(ids).toEqual(['P1']);
    expect(events).toEqual([{ kind: 'merge', personId: 'P1', otherIds: ['P2'], records: 2 }]);
  });

  it('on a split leaves the id with the larger part and records the split', () => {
    const prior = new Map([
      ['x:1', at('P1')],
      ['y:1', at('P1')],
      ['z:1', at('P1')],
    ]);
    const { ids, events } = assignStableIds([['x:1', 'y:1'], ['z:1']], prior);
    expect(ids[0]).toBe('P1');
    expect(ids[1]).not.toBe('P1');
    expect(events).toEqual([{ kind: 'split', personId: ids[1], otherIds: ['P1'], records: 0 }]);
  });
});
