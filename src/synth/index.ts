import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToexError } from '../core/errors.js';
import { Random } from '../core/random.js';
import { dayOf, monthsBetween } from './calendar.js';
import { CsvWriter } from './csv-writer.js';
import { ForceAreas } from './force-areas.js';
import { synthForces } from './force-codes.js';
import type { ForceCounts } from './force-extract.js';
import { writeForceExtract } from './force-extract.js';
import { groundTruth } from './ground-truth.js';
import { OffenceCatalogue } from './offence-catalogue.js';
import {
  generatedSkeleton,
  sampleRows,
  splitByTemplate,
  streetSkeleton,
} from './occurrence-skeleton.js';
import type { Skeleton } from './occurrence-skeleton.js';
import { monthlyVolume, readSynthParameters } from './parameters.js';
import type { SynthParameters } from './parameters.js';
import type { PlanContext } from './plan-context.js';
import { OccurrencePlan } from './planned-occurrence.js';
import { plantCases } from './planted-cases.js';
import { categoryCounts, outcomeMix, readStreetRows } from './street-rows.js';
import type { StreetRow } from './street-rows.js';
import { planTravellers } from './travellers.js';

/** Progress of a run: months done out of all forces' months. */
export interface SynthProgress {
  force: string;
  month: string;
  done: number;
  total: number;
}

/** Options of `synthesise`: the seed, the volume multiplier and the output folder. */
export interface SynthOptions {
  seed: number;
  /** Multiplies every force's volume; fractional for small test sets (e.g. 0.02). */
  scale: number;
  out: string;
  onProgress?: (progress: SynthProgress) => void;
}

/** What a run wrote: counts per force and in total, and the cross-force people planned. */
export interface SynthResult {
  forces: Record<string, ForceCounts>;
  totals: ForceCounts & { rows: number };
  travellers: number;
}

/**
 * Writes the region's synthetic default data: one extract folder per force (version 1
 * format) under `<out>/extracts/`, `ground-truth.json` and `person-truth.csv`. Same seed and
 * scale give the same bytes. Bedfordshire's occurrences are its real data.police.uk rows.
 */
export function synthesise(options: SynthOptions): SynthResult {
  checkOptions(options);
  const parameters = readSynthParameters();
  const months = monthsBetween(parameters.period.from, parameters.period.to);
  const streets = readStreetRows();
  const areas = ForceAreas.read();
  const catalogue = new OffenceCatalogue(parameters.code_weights.weights);
  const root = Random.fromSeed(options.seed);
  const ethnicity = ethnicityTables(parameters);

  const plan = new OccurrencePlan();
  const planCtx = (name: string): PlanContext => ({
    random: root.split(name),
    areas,
    catalogue,
    parameters,
    ethnicity,
    months,
  });
  const cases = plantCases(planCtx('planted'), plan);
  const volumes = synthForces.map((f) => monthlyVolume(parameters, f));
  const count = Math.max(
    parameters.cross_force.min,
    Math.round(parameters.cross_force.per_scale * options.scale),
  );
  planTravellers(planCtx('travellers'), plan, { count, forces: synthForces, volumes });

  mkdirSync(join(options.out, 'extracts'), { recursive: true });
  const truth = new CsvWriter(join(options.out, 'person-truth.csv'), [
    'force',
    'person_ref',
    'true_person_id',
  ]);
  const outcomes = outcomeMix(streets);
  const templates = new Map([...streets].map(([m, rows]) => [m, categoryCounts(rows)]));
  const meanBeds = months.reduce((s, m) => s + (streets.get(m)?.length ?? 0), 0) / months.length;
  const forces: Record<string, ForceCounts> = {};
  let done = 0;
  for (const force of synthForces) {
    const random = root.split(`force:${force}`);
    const skeletonRandom = random.split('skeletons');
    const skeletons = (month: string): Skeleton[] => {
      const rows = streets.get(month) ?? [];
      if (force === 'bedfordshire') {
        return sampleRows(rows, options.scale, skeletonRandom).map((r) =>
          streetSkeleton(r, areas, skeletonRandom),
        );
      }
      const template = templates.get(month) ?? new Map<string, number>();
      return generatedMonth(
        {
          force,
          rows,
          template,
          meanBeds,
          volume: monthlyVolume(parameters, force) * options.scale,
        },
        areas,
        skeletonRandom,
      );
    };
    forces[force] = writeForceExtract({
      force,
      dir: join(options.out, 'extracts', force),
      random,
      parameters,
      areas,
      catalogue,
      plan,
      months,
      skeletons,
      outcomes,
      manifest: manifest(force, options, parameters),
      people: { parameters, areas, ethnicity, truth, periodEnd: dayOf(parameters.period.to) },
      onMonth: (month) =>
        options.onProgress?.({
          force,
          month,
          done: (done += 1),
          total: months.length * synthForces.length,
        }),
    });
  }
  truth.close();

  const meta = { seed: options.seed, scale: options.scale, parameters_version: parameters.version };
  writeFileSync(
    join(options.out, 'ground-truth.json'),
    `${JSON.stringify(groundTruth(cases, meta), null, 2)}\n`,
  );
  return { forces, totals: totalsOf(forces), travellers: count };
}

function generatedMonth(
  o: {
    force: string;
    rows: StreetRow[];
    template: Map<string, number>;
    meanBeds: number;
    volume: number;
  },
  areas: ForceAreas,
  random: Random,
): Skeleton[] {
  const total = Math.round((o.volume * o.rows.length) / o.meanBeds);
  const out: Skeleton[] = [];
  for (const [crimeType, n] of splitByTemplate(o.template, total)) {
    for (let i = 0; i < n; i += 1)
      out.push(generatedSkeleton({ force: o.force, crimeType }, areas, random));
  }
  return random.shuffle(out);
}

function manifest(
  force: string,
  options: SynthOptions,
  parameters: SynthParameters,
): Record<string, unknown> {
  return {
    schema: 1,
    force,
    extract_id: `synth-s${options.seed}-x${options.scale}-2024-05-01`,
    extracted_at: parameters.period.extracted_at,
    period_from: parameters.period.from,
    period_to: parameters.period.to,
    synthetic: true,
    generator: `toex synth (parameters version ${parameters.version})`,
    note: 'SYNTHETIC DATA: no real people. Occurrences of bedfordshire are real data.police.uk rows (OGL v3); everything else is generated.',
  };
}

function ethnicityTables(parameters: SynthParameters) {
  const codes = parameters.ethnicity.codes;
  return {
    codes: codes.map((c) => c[0]),
    weights: codes.map((c) => c[1]),
    text: new Map(codes.map((c) => [c[0], c[2]])),
  };
}

function totalsOf(forces: Record<string, ForceCounts>): SynthResult['totals'] {
  const t = { occurrences: 0, persons: 0, involvements: 0, addresses: 0, links: 0, rows: 0 };
  for (const c of Object.values(forces)) {
    t.occurrences += c.occurrences;
    t.persons += c.persons;
    t.involvements += c.involvements;
    t.addresses += c.addresses;
    t.links += c.links;
  }
  t.rows = t.occurrences + t.persons + t.involvements + t.addresses + t.links;
  return t;
}

function checkOptions(options: SynthOptions): void {
  if (!Number.isInteger(options.seed)) {
    throw new ToexError('INVALID_VALUE', `--seed must be a whole number; got ${options.seed}`);
  }
  if (!(options.scale > 0 && options.scale <= 20)) {
    throw new ToexError(
      'INVALID_VALUE',
      `--scale must be above 0 and at most 20; got ${options.scale}`,
    );
  }
}
