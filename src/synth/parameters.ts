import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

const weightedText = z.tuple([z.string(), z.number()]);
const band = z.tuple([z.number(), z.number(), z.number()]);

const parametersSchema = z.object({
  version: z.number(),
  period: z.object({ from: z.string(), to: z.string(), extracted_at: z.string() }),
  monthly_volume: z.record(z.string(), z.union([z.number(), z.string()])),
  code_weights: z.object({ weights: z.record(z.string(), z.number()) }),
  domestic_abuse: z.object({ by_subgroup: z.record(z.string(), z.number()), default: z.number() }),
  people: z.object({
    violence_victim: z.number(),
    violence_suspect: z.number(),
    witness: z.number(),
    other_crime_sample: z.number(),
    other_crime_victim: z.number(),
    other_crime_suspect: z.number(),
    asb_sample: z.number(),
    reuse_suspect: z.number(),
    reuse_victim: z.number(),
    female_victim_by_subgroup: z.record(z.string(), z.number()),
    female_victim_when_da: z.number(),
    female_victim_default: z.number(),
    male_suspect: z.number(),
    child_victim: z.number(),
    pnc_on_suspect: z.number(),
    pnc_on_victim: z.number(),
    second_home: z.number(),
    link_on_suspect: z.number(),
    link_on_victim: z.number(),
  }),
  age: z.object({
    suspect_bands: z.array(band),
    victim_bands: z.array(band),
    child_victim_bands: z.array(band),
  }),
  ethnicity: z.object({ codes: z.array(z.tuple([z.string(), z.number(), z.string()])) }),
  location_types: z.object({ by_crime_type: z.record(z.string(), z.array(weightedText)) }),
  links: z.object({ types: z.array(z.tuple([z.string(), z.number(), z.string()])) }),
  cross_force: z.object({
    per_scale: z.number(),
    min: z.number(),
    mover_share: z.number(),
    appearances_per_force: z.tuple([z.number(), z.number()]),
    variations: z.object({
      typo: z.number(),
      nickname: z.number(),
      dob_swap: z.number(),
      dob_missing: z.number(),
      ethnicity_text: z.number(),
      ethnicity_missing: z.number(),
      pnc_missing: z.number(),
      occupation_missing: z.number(),
    }),
  }),
  timing: z.object({
    hour_weights: z.array(z.number()).length(24),
    occurred_to_share: z.number(),
    report_delay_mean_hours: z.number(),
  }),
});

/** The generation parameters of data/synth/parameters.json (see its `note` fields). */
export type SynthParameters = z.infer<typeof parametersSchema>;

/** Reads and checks data/synth/parameters.json; throws SCHEMA_MISMATCH naming the field. */
export function readSynthParameters(path = dataPath('synth', 'parameters.json')): SynthParameters {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read ${path}; restore it from git`, {
      cause: error,
    });
  }
  const parsed = parametersSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${path} field ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}; fix the file`,
    );
  }
  return parsed.data;
}

/** The monthly volume for a force before scaling (a product-owner figure). */
export function monthlyVolume(parameters: SynthParameters, force: string): number {
  const value = parameters.monthly_volume[force];
  if (typeof value !== 'number') {
    throw new ToexError('NOT_FOUND', `parameters.json has no monthly_volume for ${force}`);
  }
  return value;
}
