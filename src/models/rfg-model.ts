import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

/** The levels a recency, frequency or gravity dimension can take. */
export type RfgLevel = 100 | 75 | 50 | 30 | 20 | 10;

/** How R, F and G combine: `product` = R x F x G / 10,000; `mean` = (R + F + G) / 3. */
export type RfgCombine = 'product' | 'mean';

const level = z.union([
  z.literal(100),
  z.literal(75),
  z.literal(50),
  z.literal(30),
  z.literal(20),
  z.literal(10),
]);

const rfgModelSchema = z.object({
  name: z.literal('rfg'),
  version: z.string().min(1),
  combine: z.enum(['product', 'mean']),
  recency: z.object({
    bands: z.array(z.object({ maxWeeks: z.number().nullable(), level })).min(1),
  }),
  frequency: z.object({ bands: z.array(z.object({ minCount: z.number(), level })).min(1) }),
  gravity: z.object({ bands: z.array(z.object({ minDays: z.number(), level })).min(1) }),
  rationale: z.string().min(1),
});

/** An RFG model file (data/models/rfg-*.json): band thresholds, default combine mode, why. */
export type RfgModel = z.infer<typeof rfgModelSchema>;

/** The default RFG model file name under data/models/. */
export const defaultRfgModelFile = 'rfg-v1.json';

/** Reads and checks an RFG model file; throws SCHEMA_MISMATCH naming the file when invalid. */
export function loadRfgModel(file: string = defaultRfgModelFile): RfgModel {
  const path = file.includes('/') ? file : dataPath('models', file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read the RFG model file ${path}`, { cause });
  }
  const parsed = rfgModelSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `the RFG model file ${path} is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}; fix the file`,
    );
  }
  return parsed.data;
}
