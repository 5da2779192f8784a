import type { Random } from '../core/random.js';
import { dayOf, monthSpan } from './calendar.js';
import type { ForceAreas } from './force-areas.js';
import type { Identity, IdentitySpec } from './identity.js';
import { createIdentity } from './identity.js';
import type { OffenceCatalogue } from './offence-catalogue.js';
import type { SynthParameters } from './parameters.js';

/** What planners of fixed occurrences (planted cases, cross-force people) share. */
export interface PlanContext {
  random: Random;
  areas: ForceAreas;
  catalogue: OffenceCatalogue;
  parameters: SynthParameters;
  ethnicity: { codes: string[]; weights: number[] };
  months: string[];
}

/** An identity made by a planner, with an ethnicity code drawn from the parameters. */
export function plannedIdentity(ctx: PlanContext, spec: IdentitySpec): Identity {
  const identity = createIdentity(spec, ctx.random, ctx.areas);
  identity.ethnicity = ctx.ethnicity.codes[ctx.random.weighted(ctx.ethnicity.weights)] ?? 'NS';
  return identity;
}

/** A random day inside a month `yyyy-mm`. */
export function dayIn(ctx: PlanContext, month: string): number {
  const span = monthSpan(month);
  return span.first + ctx.random.int(span.days);
}

/** The month `yyyy-mm` of a day number. */
export function monthOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 7);
}

/** Day number of an ISO date (re-exported for planners). */
export const isoDay = dayOf;
