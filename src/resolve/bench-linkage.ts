import { dataPath } from '../core/paths.js';
import { ToexError } from '../core/errors.js';
import { Store } from '../store/store.js';
import type { LinkMode } from './blocking.js';
import { linkRecords, type LinkOptions, type LinkResult } from './link-records.js';
import { linkageMetrics, type LinkageMetrics } from './linkage-metrics.js';
import { runStep } from './sql-step.js';

/** The linkage benchmarks shipped in data/linkage/. */
export type LinkageBenchmark = 'febrl3' | 'febrl4' | 'fake1000';

const modes: Record<LinkageBenchmark, LinkMode> = {
  febrl3: 'dedupe',
  febrl4: 'link',
  fake1000: 'dedupe',
};

/** Fills resolve_input and resolve_truth with one benchmark. */
export async function loadBenchmark(store: Store, dataset: LinkageBenchmark): Promise<void> {
  await runStep(store, 'create-input');
  const febrl = (file: string, source: string) =>
    runStep(store, 'input-from-febrl', {
      params: { path: dataPath('linkage', file), source },
    });
  switch (dataset) {
    case 'febrl3':
      return febrl('febrl-dataset3.csv.gz', 'a');
    case 'febrl4':
      await febrl('febrl-dataset4a.csv.gz', 'a');
      return febrl('febrl-dataset4b.csv.gz', 'b');
    case 'fake1000':
      return runStep(store, 'input-from-fake1000', {
        params: { path: dataPath('linkage', 'splink-fake-1000.csv.gz') },
      });
  }
}

/** Scores a linkage result against resolve_truth. */
export async function evaluateAgainstTruth(
  store: Store,
  result: LinkResult,
  mode: LinkMode,
): Promise<LinkageMetrics> {
  const truth = await store.query<{ id: string; t: string; s: string }>(
    `SELECT t.record_id AS id, t.truth_id AS t, i.source AS s
     FROM resolve_truth t JOIN resolve_input i USING (record_id)`,
  );
  const predicted = new Map<string, string>();
  for (const c of result.clusters) for (const id of c) predicted.set(id, c[0] ?? id);
  const labelled = truth.map((r) => ({
    predicted: predicted.get(r.id) ?? r.id,
    truth: r.t,
    source: r.s,
  }));
  return linkageMetrics(labelled, mode === 'link');
}

/** Runs one benchmark end to end in a fresh in-memory store. */
export async function runBenchmark(
  dataset: LinkageBenchmark,
  options: Partial<LinkOptions> = {},
): Promise<{ metrics: LinkageMetrics; result: LinkResult; seconds: number }> {
  if (!(dataset in modes)) {
    throw new ToexError(
      'INVALID_VALUE',
      `unknown linkage benchmark ${dataset}; use febrl3, febrl4 or fake1000`,
    );
  }
  const started = performance.now();
  await using store = await Store.open(':memory:');
  await loadBenchmark(store, dataset);
  const mode = modes[dataset];
  const result = await linkRecords(store, {
    mode,
    description: `benchmark ${dataset}`,
    ...options,
  });
  const metrics = await evaluateAgainstTruth(store, result, mode);
  return { metrics, result, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs a linkage benchmark and returns its one-line summary:
 * `linkage <dataset>: precision 0.xxx recall 0.xxx F1 0.xxx B3 0.xxx (<records> records, <s> s)`.
 */
export async function benchLinkage(dataset: LinkageBenchmark): Promise<string> {
  const { metrics: m, result, seconds } = await runBenchmark(dataset);
  const f = (x: number) => x.toFixed(3);
  return `linkage ${dataset}: precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.f1)} B3 ${f(m.b3F1)} (${result.records.length} records, ${seconds.toFixed(1)} s)`;
}

/**
 * Measures linkage at scale on `records` synthetic records (duplicated-with-noise from FEBRL 3
 * names): `linkage scale: <n> records, <pairs> pairs, <s> s, <r> records/s, peak RSS <MB> MB,
 * F1 0.xxx`. Peak RSS is the whole process's, DuckDB included.
 */
export async function benchLinkageScale(records: number): Promise<string> {
  const started = performance.now();
  await using store = await Store.open(':memory:');
  await runStep(store, 'create-input');
  await runStep(store, 'input-synthetic', {
    params: { n: records, path: dataPath('linkage', 'febrl-dataset3.csv.gz') },
  });
  const result = await linkRecords(store, { mode: 'dedupe', description: 'synthetic scale set' });
  const m = await evaluateAgainstTruth(store, result, 'dedupe');
  const seconds = (performance.now() - started) / 1000;
  const n = result.records.length;
  const rss = process.resourceUsage().maxRSS / 1024;
  return `linkage scale: ${n} records, ${result.candidatePairs} pairs, ${seconds.toFixed(1)} s, ${Math.round(n / seconds)} records/s, peak RSS ${Math.round(rss)} MB, precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`;
}
