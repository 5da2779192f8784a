/** One record's predicted and true cluster, and its source (for link-only counting). */
export interface LabelledRecord {
  predicted: string;
  truth: string;
  source?: string;
}

/** Pairwise and cluster-level agreement between predicted and true clusters (0 to 1). */
export interface LinkageMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** B-cubed F1 (per-record precision and recall of its cluster, averaged). */
  b3F1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

/** Pairs within groups of records: n(n-1)/2, or only pairs across sources when `crossOnly`. */
function pairsIn(groups: Map<string, LabelledRecord[]>, crossOnly: boolean): number {
  let total = 0;
  for (const members of groups.values()) {
    const n = members.length;
    total += (n * (n - 1)) / 2;
    if (!crossOnly) continue;
    const bySource = new Map<string, number>();
    for (const m of members) bySource.set(m.source ?? '', (bySource.get(m.source ?? '') ?? 0) + 1);
    for (const k of bySource.values()) total -= (k * (k - 1)) / 2;
  }
  return total;
}

function groupBy(records: readonly LabelledRecord[], key: (r: LabelledRecord) => string) {
  const groups = new Map<string, LabelledRecord[]>();
  for (const r of records) {
    const k = key(r);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  return groups;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** B-cubed F1: each record's precision and recall of its predicted cluster, averaged. */
function bCubedF1(records: readonly LabelledRecord[]): number {
  const pred = groupBy(records, (r) => r.predicted);
  const truth = groupBy(records, (r) => r.truth);
  const both = groupBy(records, (r) => `${r.predicted}\u0000${r.truth}`);
  let p = 0;
  let r = 0;
  for (const rec of records) {
    const common = both.get(`${rec.predicted}\u0000${rec.truth}`)?.length ?? 0;
    p += common / (pred.get(rec.predicted)?.length ?? 1);
    r += common / (truth.get(rec.truth)?.length ?? 1);
  }
  const n = Math.max(1, records.length);
  return harmonic(p / n, r / n);
}

/**
 * Scores predicted clusters against true clusters: pairwise precision, recall and F1 (a pair
 * is two records in one cluster; with `crossSourceOnly` only pairs across sources count, as
 * when linking two files) and B-cubed F1. No pairs predicted counts as precision 1.
 */
export function linkageMetrics(
  records: readonly LabelledRecord[],
  crossSourceOnly = false,
): LinkageMetrics {
  const truePairs = pairsIn(
    groupBy(records, (r) => r.truth),
    crossSourceOnly,
  );
  const predictedPairs = pairsIn(
    groupBy(records, (r) => r.predicted),
    crossSourceOnly,
  );
  const correctPairs = pairsIn(
    groupBy(records, (r) => `${r.predicted}\u0000${r.truth}`),
    crossSourceOnly,
  );
  const precision = ratio(correctPairs, predictedPairs);
  const recall = ratio(correctPairs, truePairs);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    b3F1: bCubedF1(records),
    truePairs,
    predictedPairs,
    correctPairs,
  };
}
