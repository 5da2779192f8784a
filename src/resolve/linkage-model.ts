import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';
import { comparisons } from './comparisons.js';

const levelSchema = z.object({ label: z.string(), m: z.number(), u: z.number() });

const modelSchema = z.object({
  kind: z.literal('toex-linkage-model'),
  version: z.string(),
  created_at: z.string(),
  /** Prior probability that two random records are the same person (lambda). */
  prior: z.number().gt(0).lt(1),
  threshold: z.number().gt(0).lt(1),
  comparisons: z.array(
    z.object({ name: z.string(), tf: z.boolean(), levels: z.array(levelSchema) }),
  ),
  training: z.record(z.string(), z.unknown()),
});

/**
 * A Fellegi-Sunter linkage model: m and u per comparison level, the prior, and how it was
 * trained. Saved as JSON so it can be reviewed and reused (`--model FILE`).
 */
export type LinkageModel = z.infer<typeof modelSchema>;

/** log2 of the Bayes factor m/u of one level: its match weight. */
export function levelWeight(level: { m: number; u: number }): number {
  return Math.log2(level.m / level.u);
}

/** The prior as a match weight, log2(lambda / (1 - lambda)). */
export function priorWeight(model: LinkageModel): number {
  return Math.log2(model.prior / (1 - model.prior));
}

/** A match weight turned into a probability (0 to 1). */
export function weightToProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Reads and checks a model file; the comparisons must be the ones this engine computes. */
export function loadModel(path: string): LinkageModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read the model file ${path}`, { cause });
  }
  return checkModel(parsed, path);
}

/**
 * Checks a parsed model against the schema and the engine's comparisons. A model saved before
 * the engine gained its last comparisons (e.g. `postcode_history`) is read with those
 * comparisons neutral (m = u, weight 0), so older reviewed models keep scoring as they did.
 */
export function checkModel(parsed: unknown, where: string): LinkageModel {
  const result = modelSchema.safeParse(parsed);
  if (!result.success) {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `the model in ${where} is not a toex linkage model: ${result.error.issues[0]?.message ?? ''}; train one with \`toex resolve --train\``,
    );
  }
  const model = padNewComparisons(result.data);
  comparisons.forEach((c, i) => {
    const saved = model.comparisons[i];
    if (saved?.name !== c.name || saved.levels.length !== c.levels.length) {
      throw new ToexError(
        'SCHEMA_MISMATCH',
        `the model in ${where} has different comparisons than this engine (at ${c.name}); retrain with \`toex resolve --train\``,
      );
    }
  });
  return model;
}

function padNewComparisons(model: LinkageModel): LinkageModel {
  const saved = model.comparisons.length;
  if (saved >= comparisons.length) return model;
  const added = comparisons.slice(saved).map((c) => ({
    name: c.name,
    tf: c.tf,
    levels: c.levels.map((label) => ({ label, m: 1, u: 1 })),
  }));
  return { ...model, comparisons: [...model.comparisons, ...added] };
}

/** Writes a model as reviewable JSON. */
export function saveModel(model: LinkageModel, path: string): void {
  writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
}

/** The reviewed default model, trained on the default data (docs/resolve.md). */
export const defaultModelPath = dataPath('models', 'linkage-default.json');

/** The model at `path`, else the reviewed default model when it exists, else none (train). */
export function modelOrDefault(path?: string): LinkageModel | undefined {
  if (path !== undefined) return loadModel(path);
  return existsSync(defaultModelPath) ? loadModel(defaultModelPath) : undefined;
}
