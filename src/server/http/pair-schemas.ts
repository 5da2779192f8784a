import { z } from '@hono/zod-openapi';
import type { PersonPairExplanation } from '../data/pair-explanation.js';
import { purposeSchema } from './api-schemas.js';

const recordIdMessage = 'a person record as force:person_ref, e.g. essex:E1';

/** A person record id, `force:person_ref`: a lower-case force code, a colon, a reference. */
export const recordIdSchema = z
  .string({ error: recordIdMessage })
  .trim()
  .max(141, recordIdMessage)
  .regex(/^[a-z0-9-]{2,40}:[^\p{Cc}]{1,100}$/u, recordIdMessage)
  .openapi({ description: 'A person record as force:person_ref', example: 'essex:E1' });

/** The query of a pair explanation: two different records and the stated purpose. */
export const pairQuerySchema = z
  .object({ a: recordIdSchema, b: recordIdSchema, purpose: purposeSchema })
  .refine((q) => q.a !== q.b, { message: 'give two different records as a and b', path: ['b'] });

const explainTerm = z
  .object({
    comparison: z.string().openapi({ description: 'The compared field, e.g. surname' }),
    level: z.string().openapi({
      description: "The level reached, e.g. exact or 'missing' when either value is absent",
    }),
    weight: z.number().openapi({ description: 'The level’s match weight (log2 Bayes factor)' }),
  })
  .openapi('ExplainTerm');

const pairDecision = z
  .object({
    decision: z.string().openapi({ description: 'confirm or reject' }),
    decidedBy: z.string(),
    decidedAt: z.string().openapi({ description: 'yyyy-mm-dd hh:mm:ss (UTC)' }),
    reason: z.string(),
  })
  .openapi('PairDecision');

/** Why two records of a person score as they do: prior + the terms' weights = total. */
export const pairExplanationSchema = z
  .object({
    personId: z.string(),
    recordL: z.string().openapi({ description: 'The pair’s first record in id order' }),
    recordR: z.string(),
    modelVersion: z.string().openapi({ description: 'The model the pair is explained under' }),
    prior: z.number().openapi({ description: 'The prior as a match weight (log2 odds)' }),
    terms: z.array(explainTerm),
    total: z.number().openapi({ description: 'The match weight: prior plus every term' }),
    probability: z.number().min(0).max(1),
    decision: pairDecision.nullable().openapi({
      description: 'The analyst decision that counts on the pair, or null',
    }),
  })
  .openapi('PairExplanation');

/** Compile-time only: the schema describes what `readPairExplanation` returns. */
export const pairExplanationMatchesSchema = (
  explanation: PersonPairExplanation,
): z.input<typeof pairExplanationSchema> => explanation;
