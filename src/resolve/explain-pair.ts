import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { comparisons, topLevel, vectorColumns } from './comparisons.js';
import {
  checkModel,
  levelWeight,
  priorWeight,
  weightToProbability,
  type LinkageModel,
} from './linkage-model.js';
import { requireRecord } from './resolve-decisions.js';
import { runStep } from './sql-step.js';

/** One comparison's part in a pair's score. */
export interface ExplainTerm {
  comparison: string;
  /** Level label, or 'missing' when either value is absent (weight 0). */
  level: string;
  /** log2 Bayes factor. */
  weight: number;
}

/** Why a pair scored as it did: prior + terms = total (match weight, log2 odds). */
export interface PairExplanation {
  /** The version of the model the pair was scored under. */
  modelVersion: string;
  prior: number;
  terms: ExplainTerm[];
  total: number;
  probability: number;
}

/**
 * Explains one comparison vector under a model. `tf` holds the value frequencies of the
 * term-frequency adjusted comparisons (by name); their exact level weighs log2(m / tf).
 */
export function explainVector(
  model: LinkageModel,
  vector: readonly number[],
  tf: Readonly<Record<string, number>> = {},
): PairExplanation {
  const terms = comparisons.map((c, i): ExplainTerm => {
    const level = vector[i] ?? -1;
    const saved = model.comparisons[i]?.levels[level];
    if (level < 0 || saved === undefined)
      return { comparison: c.name, level: 'missing', weight: 0 };
    const freq = tf[c.name];
    const useTf = c.tf && level === topLevel(c) && freq !== undefined && freq > 0;
    const weight = useTf ? Math.log2(saved.m / freq) : levelWeight(saved);
    return { comparison: c.name, level: saved.label + (useTf ? ' (tf)' : ''), weight };
  });
  const prior = priorWeight(model);
  const total = terms.reduce((sum, t) => sum + t.weight, prior);
  return {
    modelVersion: model.version,
    prior,
    terms,
    total,
    probability: weightToProbability(total),
  };
}

/** The model of the latest resolution run in the store. */
export async function latestModel(store: Store): Promise<LinkageModel> {
  const rows = await store.query<{ m: string }>(
    'SELECT model::VARCHAR AS m FROM resolve_model ORDER BY used_at DESC LIMIT 1',
  );
  const row = rows[0];
  if (row === undefined) {
    throw new ToexError(
      'NOT_FOUND',
      'no resolution has run in this store; run `toex resolve` first',
    );
  }
  return checkModel(JSON.parse(row.m), 'the store (resolve_model)');
}

/** Explains the score of two person records (`force:person_ref`) under a model. */
export async function explainPair(
  store: Store,
  options: { recordA: string; recordB: string; model: LinkageModel },
): Promise<PairExplanation> {
  for (const id of [options.recordA, options.recordB]) await requireRecord(store, id);
  await runStep(store, 'create-input');
  await runStep(store, 'input-from-person');
  await runStep(store, 'prepare-records');
  const [l, r] = [options.recordA, options.recordB].sort();
  await store.run(
    'CREATE OR REPLACE TEMP TABLE resolve_explain_pair AS SELECT $l AS id_l, $r AS id_r',
    {
      l: l ?? '',
      r: r ?? '',
    },
  );
  await runStep(store, 'compare-pairs', {
    tables: { pairs: 'resolve_explain_pair', out: 'resolve_explain_vector' },
  });
  const row = await store.one<Record<string, number>>('SELECT * FROM resolve_explain_vector');
  const vector = vectorColumns.map((c) => Number(row[c]));
  return explainVector(options.model, vector, {
    forename: Number(row['tf_forename']),
    surname: Number(row['tf_surname']),
  });
}
