import type { Store } from '../store/store.js';
import { makeCandidatePairs, type LinkMode, type RuleCount } from './blocking.js';
import { defaultBlockingRules, type BlockingRule } from './blocking-rules.js';
import { clusterPairs, type PairDecisions, type ScoredPair } from './cluster-pairs.js';
import { findWeakClusters, type WeakCluster } from './cluster-check.js';
import type { LinkageModel } from './linkage-model.js';
import { scorePairs } from './score-pairs.js';
import { readTextColumns } from './read-columns.js';
import { runStep } from './sql-step.js';
import { trainModel } from './train-model.js';

/** Options of one linkage run over `resolve_input`. */
export interface LinkOptions {
  mode: LinkMode;
  /** A model to reuse; trained from the data when absent. */
  model?: LinkageModel;
  /** Match probability at or above which a pair joins two records (0 to 1). */
  threshold?: number;
  /** Blocking rules; every built-in rule when absent. */
  rules?: readonly BlockingRule[];
  /** Refuse to run when blocking would make more pairs than this. */
  maxPairs?: number;
  /** Skip (and report) a blocking rule that alone would make more pairs than this. */
  maxPairsPerRule?: number;
  decisions?: PairDecisions;
  /** Says what the data is, for the model's training description. */
  description?: string;
  /** Called as each step starts (step number from 1, total steps, name). */
  onStep?: (step: number, total: number, name: string) => void;
  /** Called with each blocking rule's pair count once counted, before any pair is scored. */
  onRuleCounts?: (counts: readonly RuleCount[]) => void;
}

/** The outcome of a linkage run: clusters of record ids, and what it took to make them. */
export interface LinkResult {
  records: string[];
  clusters: string[][];
  pairs: ScoredPair[];
  ruleCounts: RuleCount[];
  candidatePairs: number;
  model: LinkageModel;
  threshold: number;
  weakClusters: WeakCluster[];
  /** Seconds each step took, in order, for profiling. */
  stepSeconds: { step: string; seconds: number }[];
}

/** Default threshold: a pair joins when it is at least 90% likely to be one person. */
export const defaultThreshold = 0.9;

/**
 * Runs probabilistic record linkage over `resolve_input`: normalise, block, compare, train (or
 * reuse) the model, score, and cluster. Tables left behind: resolve_record, resolve_candidate,
 * resolve_vector, resolve_score.
 */
export async function linkRecords(store: Store, options: LinkOptions): Promise<LinkResult> {
  const timer = stepTimer(options.onStep);
  timer.next('normalise records');
  await runStep(store, 'prepare-records');

  timer.next('block');
  const ruleCounts = await makeCandidatePairs(store, {
    rules: options.rules ?? defaultBlockingRules,
    mode: options.mode,
    ...(options.maxPairs === undefined ? {} : { maxPairs: options.maxPairs }),
    ...(options.maxPairsPerRule === undefined ? {} : { maxPairsPerRule: options.maxPairsPerRule }),
    ...(options.onRuleCounts ? { onCounts: options.onRuleCounts } : {}),
  });

  timer.next('compare');
  await runStep(store, 'compare-pairs', {
    tables: { pairs: 'resolve_candidate', out: 'resolve_vector' },
  });

  timer.next(options.model ? 'load model' : 'train model');
  const threshold = options.threshold ?? options.model?.threshold ?? defaultThreshold;
  const model =
    options.model ??
    (await trainModel(store, {
      mode: options.mode,
      threshold,
      description: options.description ?? 'resolve_input',
    }));

  timer.next('score');
  await scorePairs(store, model);

  timer.next('cluster');
  const result = await finish(store, { ...options, model, threshold, ruleCounts });
  return { ...result, stepSeconds: timer.done() };
}

/** Reports each step as it starts and measures how long each took. */
function stepTimer(onStep: LinkOptions['onStep']) {
  const steps: { step: string; seconds: number }[] = [];
  let started = performance.now();
  const close = () => {
    const last = steps.at(-1);
    if (last) last.seconds = (performance.now() - started) / 1000;
    started = performance.now();
  };
  return {
    next(step: string): void {
      close();
      steps.push({ step, seconds: 0 });
      onStep?.(steps.length, linkSteps, step);
    },
    done(): { step: string; seconds: number }[] {
      close();
      return steps;
    },
  };
}

const linkSteps = 6;

async function finish(
  store: Store,
  options: LinkOptions & { model: LinkageModel; threshold: number; ruleCounts: RuleCount[] },
): Promise<Omit<LinkResult, 'stepSeconds'>> {
  const [records = []] = await readTextColumns(
    store,
    'SELECT record_id FROM resolve_record ORDER BY record_id',
  );
  const pairs = await store.query<ScoredPair>(
    `SELECT id_l AS "idL", id_r AS "idR", match_probability AS probability
     FROM resolve_score WHERE match_probability >= $min`,
    { min: Math.min(options.threshold, 0.5) },
  );
  const { n } = await store.one<{ n: number }>('SELECT count(*) AS n FROM resolve_candidate');
  const clusters = clusterPairs({
    records,
    pairs,
    threshold: options.threshold,
    ...(options.decisions ? { decisions: options.decisions } : {}),
  });
  const weakClusters = findWeakClusters({ clusters, pairs, threshold: options.threshold });
  return {
    records,
    clusters,
    pairs,
    ruleCounts: options.ruleCounts,
    candidatePairs: Number(n),
    model: options.model,
    threshold: options.threshold,
    weakClusters,
  };
}
