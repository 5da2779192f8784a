/** A scored pair of records (ids as in `resolve_input.record_id`). */
export interface ScoredPair {
  idL: string;
  idR: string;
  probability: number;
}

/** Pairs an analyst decided: confirmed pairs always join; rejected pairs never share a person. */
export interface PairDecisions {
  confirm: readonly (readonly [string, string])[];
  reject: readonly (readonly [string, string])[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly cannot = new Map<string, Set<string>>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root))
      root = p;
    for (let y = x; y !== root;) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }

  forbid(a: string, b: string): void {
    this.partners(a).add(b);
    this.partners(b).add(a);
  }

  /** Joins the components of a and b unless a rejected pair would end up together. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const pa = this.partners(ra);
    const pb = this.partners(rb);
    for (const x of pa) if (this.find(x) === rb) return false;
    const [small, big] = ra < rb ? [rb, ra] : [ra, rb];
    this.parent.set(small, big);
    const merged = pa.size > 0 || pb.size > 0 ? new Set([...pa, ...pb]) : pa;
    this.cannot.set(big, merged);
    this.cannot.delete(small);
    return true;
  }

  private partners(root: string): Set<string> {
    let set = this.cannot.get(root);
    if (set === undefined) {
      set = new Set();
      this.cannot.set(root, set);
    }
    return set;
  }
}

/** Orders pairs strongest first, ties by ids, so the result never depends on input order. */
function byStrength(a: ScoredPair, b: ScoredPair): number {
  if (a.probability !== b.probability) return b.probability - a.probability;
  if (a.idL !== b.idL) return a.idL < b.idL ? -1 : 1;
  return a.idR < b.idR ? -1 : a.idR > b.idR ? 1 : 0;
}

/**
 * Groups records into clusters (connected components over the pairs at or above the
 * threshold). Analyst decisions win: confirmed pairs join first, and a join that would put a
 * rejected pair in one cluster is skipped. Every record in `records` is in exactly one cluster;
 * clusters are sorted, each by its smallest record id.
 */
export function clusterPairs(options: {
  records: readonly string[];
  pairs: readonly ScoredPair[];
  threshold: number;
  decisions?: PairDecisions;
}): string[][] {
  const uf = new UnionFind();
  for (const [a, b] of options.decisions?.reject ?? []) uf.forbid(uf.find(a), uf.find(b));
  for (const [a, b] of options.decisions?.confirm ?? []) uf.union(a, b);
  const strong = options.pairs.filter((p) => p.probability >= options.threshold).sort(byStrength);
  for (const p of strong) uf.union(p.idL, p.idR);
  return groupByRoot(options.records, (id) => uf.find(id));
}

/**
 * Groups records by root, clusters sorted by their smallest record id. Walking the records in
 * sorted order makes each cluster's first member its smallest and the clusters come out in
 * order, so a million single-record clusters need no further sort.
 */
function groupByRoot(records: readonly string[], root: (id: string) => string): string[][] {
  const sorted = isSorted(records) ? records : [...records].sort();
  const groups = new Map<string, string[]>();
  const clusters: string[][] = [];
  for (const id of sorted) {
    const r = root(id);
    const group = groups.get(r);
    if (group !== undefined) {
      group.push(id);
      continue;
    }
    const fresh = [id];
    groups.set(r, fresh);
    clusters.push(fresh);
  }
  return clusters;
}

function isSorted(records: readonly string[]): boolean {
  for (let i = 1; i < records.length; i++)
    if ((records[i - 1] ?? '') > (records[i] ?? '')) return false;
  return true;
}
