import type { Store } from '../store/store.js';
import { comparisons, topLevel, vectorColumns } from './comparisons.js';
import { observedShares, type VectorCount } from './em.js';
import type { LinkMode } from './blocking.js';
import type { LinkageModel } from './linkage-model.js';
import { mConstraintsDescription } from './m-constraints.js';
import { runStep, type StepTable } from './sql-step.js';
import { estimateM, trainingSessions } from './training-sessions.js';

/** Records sampled (twice) to make random pairs for u: about n * n / 2 pairs. */
const uSampleRecords = 1000;

/**
 * Assumed share of true matches the deterministic rule (exact id number, or exact forename,
 * surname and date of birth) finds; the prior is its count divided by this, as Splink does.
 */
const deterministicRecall = 0.7;

/** Distinct comparison vectors of a vector table, with their counts. */
export async function vectorCounts(store: Store, table: StepTable): Promise<VectorCount[]> {
  const cols = vectorColumns.join(', ');
  const rows = await store.query<Record<string, number>>(
    `SELECT ${cols}, count(*) AS n FROM ${table} GROUP BY ALL`,
  );
  return rows.map((row) => ({
    vector: vectorColumns.map((c) => Number(row[c])),
    count: Number(row['n']),
  }));
}

/** True when a vector satisfies the deterministic rule used for the prior. */
export function isDeterministicMatch(vector: readonly number[]): boolean {
  const top = (name: string): boolean => {
    const i = comparisons.findIndex((c) => c.name === name);
    const c = comparisons[i];
    return c !== undefined && vector[i] === topLevel(c);
  };
  return top('id_number') || (top('forename') && top('surname') && top('dob'));
}

async function possiblePairs(store: Store, mode: LinkMode): Promise<number> {
  const row = await store.one<{ n: number; sq: number }>(
    `SELECT sum(n) AS n, sum(n * n) AS sq FROM (SELECT count(*)::DOUBLE AS n FROM resolve_record GROUP BY source)`,
  );
  const n = Number(row.n);
  return mode === 'link' ? (n * n - Number(row.sq)) / 2 : (n * (n - 1)) / 2;
}

async function sampleU(store: Store, mode: LinkMode): Promise<number[][]> {
  await runStep(store, 'sample-u-pairs', {
    params: { n: uSampleRecords, link: mode === 'link' },
  });
  await runStep(store, 'compare-pairs', {
    tables: { pairs: 'resolve_u_pair', out: 'resolve_u_vector' },
  });
  return observedShares(await vectorCounts(store, 'resolve_u_vector'));
}

/**
 * Trains a model on the records in `resolve_record` and the vectors in `resolve_vector`:
 * u from random pairs, m by expectation-maximisation (u held) in training sessions over the
 * blocked pairs (training-sessions.ts), and the prior
 * from the deterministic rule. Never looks at any ground truth.
 */
export async function trainModel(
  store: Store,
  options: { mode: LinkMode; threshold: number; description: string },
): Promise<LinkageModel> {
  const u = await sampleU(store, options.mode);
  const blocked = await vectorCounts(store, 'resolve_vector');
  const total = blocked.reduce((s, v) => s + v.count, 0);
  const sure = blocked
    .filter((v) => isDeterministicMatch(v.vector))
    .reduce((s, v) => s + v.count, 0);
  const { m, outcomes } = estimateM({
    vectors: blocked,
    u,
    startLambda: Math.max(0.01, Math.min(0.99, sure / Math.max(1, total))),
  });
  const possible = await possiblePairs(store, options.mode);
  const prior = Math.min(0.5, Math.max(1e-12, sure / deterministicRecall / Math.max(1, possible)));
  const createdAt = new Date().toISOString();
  return {
    kind: 'toex-linkage-model',
    version: `linkage-${createdAt.replace(/[-:]/g, '').slice(0, 15)}`,
    created_at: createdAt,
    prior,
    threshold: options.threshold,
    comparisons: comparisons.map((c, i) => ({
      name: c.name,
      tf: c.tf,
      levels: c.levels.map((label, l) => ({
        label,
        m: m[i]?.[l] ?? 0,
        u: u[i]?.[l] ?? 0,
      })),
    })),
    training: {
      data: options.description,
      mode: options.mode,
      blocked_pairs: total,
      deterministic_pairs: sure,
      deterministic_recall_assumed: deterministicRecall,
      possible_pairs: possible,
      u_sample_records: uSampleRecords,
      em_iterations: 30,
      em_fixed_u: true,
      ...mConstraintsDescription,
      em_sessions: trainingSessions.map((t) => ({
        ...t,
        ...outcomes.find((o) => o.session === t.name),
      })),
    },
  };
}
