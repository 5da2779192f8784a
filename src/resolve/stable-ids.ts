import { createHash } from 'node:crypto';

/** The person id a record held before this run, and since when. */
export interface PriorIdentity {
  personId: string;
  /** 'yyyy-mm-dd hh:mm:ss'; compares in time order as text. */
  assignedAt: string;
}

/** A change to resolved persons: several earlier ids merged, or one earlier id split. */
export interface IdentityEvent {
  kind: 'new' | 'merge' | 'split';
  personId: string;
  otherIds: string[];
  records: number;
}

interface Claim {
  cluster: number;
  personId: string;
  holders: number;
  oldest: string;
}

/** Text order by code unit, as `localeCompare` is far too slow for a million claims. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function claimsOf(
  clusters: readonly (readonly string[])[],
  prior: ReadonlyMap<string, PriorIdentity>,
) {
  const claims: Claim[] = [];
  clusters.forEach((records, cluster) => {
    if (records.length === 1) {
      const p = prior.get(records[0] ?? '');
      if (p) claims.push({ cluster, personId: p.personId, holders: 1, oldest: p.assignedAt });
      return;
    }
    const byId = new Map<string, Claim>();
    for (const r of records) {
      const p = prior.get(r);
      if (p === undefined) continue;
      const c = byId.get(p.personId) ?? {
        cluster,
        personId: p.personId,
        holders: 0,
        oldest: p.assignedAt,
      };
      c.holders += 1;
      if (p.assignedAt < c.oldest) c.oldest = p.assignedAt;
      byId.set(p.personId, c);
    }
    claims.push(...byId.values());
  });
  return claims.sort(
    (a, b) =>
      b.holders - a.holders ||
      byText(a.oldest, b.oldest) ||
      byText(a.personId, b.personId) ||
      a.cluster - b.cluster,
  );
}

/** A new person id derived from the cluster's smallest record id, so re-runs agree. */
export function newPersonId(firstRecord: string, taken: ReadonlySet<string>): string {
  const base = `P${createHash('sha256').update(firstRecord).digest('hex').slice(0, 12)}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/**
 * Gives each cluster a person id that stays stable across runs: the id held by most of its
 * records before (ties: the oldest, then the smallest id); an id claimed by several clusters
 * goes to the one where most records hold it; a cluster with none gets a new id.
 */
export function assignStableIds(
  clusters: readonly (readonly string[])[],
  prior: ReadonlyMap<string, PriorIdentity>,
): { ids: string[]; events: IdentityEvent[] } {
  const ids: (string | undefined)[] = clusters.map(() => undefined);
  const used = new Set<string>();
  for (const claim of claimsOf(clusters, prior)) {
    if (ids[claim.cluster] !== undefined || used.has(claim.personId)) continue;
    ids[claim.cluster] = claim.personId;
    used.add(claim.personId);
  }
  for (const p of prior.values()) used.add(p.personId);
  const final = ids.map((id, i) => {
    if (id !== undefined) return id;
    const fresh = newPersonId(clusters[i]?.[0] ?? String(i), used);
    used.add(fresh);
    return fresh;
  });
  return { ids: final, events: identityEvents(clusters, prior, final) };
}

function identityEvents(
  clusters: readonly (readonly string[])[],
  prior: ReadonlyMap<string, PriorIdentity>,
  ids: readonly string[],
): IdentityEvent[] {
  if (prior.size === 0) return [];
  const events: IdentityEvent[] = [];
  const clustersOfId = new Map<string, Set<string> | string>();
  const holds = (earlierId: string, personId: string) => {
    const now = clustersOfId.get(earlierId);
    if (now === undefined) clustersOfId.set(earlierId, personId);
    else if (typeof now === 'string') {
      if (now !== personId) clustersOfId.set(earlierId, new Set([now, personId]));
    } else now.add(personId);
  };
  clusters.forEach((records, i) => {
    const personId = ids[i] ?? '';
    if (records.length === 1) {
      const p = prior.get(records[0] ?? '');
      if (p) holds(p.personId, personId);
      else events.push({ kind: 'new', personId, otherIds: [], records: 1 });
      return;
    }
    const earlier = new Set<string>();
    for (const r of records) {
      const p = prior.get(r);
      if (p === undefined) continue;
      earlier.add(p.personId);
      holds(p.personId, personId);
    }
    const others = [...earlier].filter((x) => x !== personId).sort();
    if (earlier.size > 1)
      events.push({ kind: 'merge', personId, otherIds: others, records: records.length });
    if (earlier.size === 0)
      events.push({ kind: 'new', personId, otherIds: [], records: records.length });
  });
  for (const [earlierId, now] of clustersOfId) {
    if (typeof now === 'string') continue;
    for (const personId of [...now].sort()) {
      if (personId !== earlierId)
        events.push({ kind: 'split', personId, otherIds: [earlierId], records: 0 });
    }
  }
  return events;
}
