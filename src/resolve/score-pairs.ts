import type { Store } from '../store/store.js';
import { topLevel, comparisons } from './comparisons.js';
import { levelWeight, priorWeight, type LinkageModel } from './linkage-model.js';
import { runStep } from './sql-step.js';

/** Writes `resolve_weight`: one row per comparison level of the model. */
async function writeWeights(store: Store, model: LinkageModel): Promise<void> {
  await store.run(
    `CREATE OR REPLACE TEMP TABLE resolve_weight (comparison VARCHAR, level INTEGER, weight DOUBLE, m DOUBLE, tf BOOLEAN)`,
  );
  for (const [i, c] of model.comparisons.entries()) {
    const engine = comparisons[i];
    for (const [level, l] of c.levels.entries()) {
      const tf = c.tf && engine !== undefined && level === topLevel(engine);
      await store.run(`INSERT INTO resolve_weight VALUES ($c, $level, $w, $m, $tf)`, {
        c: c.name,
        level,
        w: levelWeight(l),
        m: l.m,
        tf,
      });
    }
  }
}

/**
 * Scores every pair in `resolve_vector` with the model into
 * `resolve_score(id_l, id_r, match_weight, match_probability)`.
 */
export async function scorePairs(store: Store, model: LinkageModel): Promise<void> {
  await writeWeights(store, model);
  await runStep(store, 'score-pairs', { params: { prior: priorWeight(model) } });
}
