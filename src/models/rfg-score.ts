import type { RfgCombine, RfgLevel, RfgModel } from './rfg-model.js';

/** The SQL-computed inputs of one person's RFG score. */
export interface RfgInputs {
  /** Whole weeks from the latest VAWG occurrence to the period end. */
  weeksSinceLatest: number;
  /** Distinct VAWG occurrences in the period. */
  occurrences: number;
  /** Total harm in days of occurrences whose harm is known; null when none is known. */
  harmDays: number | null;
}

/** One person's RFG score with its sub-scores, inputs and model version. */
export interface RfgScore {
  r: RfgLevel;
  f: RfgLevel;
  g: RfgLevel;
  score: number;
  combine: RfgCombine;
  inputs: RfgInputs;
  modelVersion: string;
}

/** The recency level for a number of weeks: the first band whose `maxWeeks` covers it. */
export function recencyLevel(model: RfgModel, weeks: number): RfgLevel {
  const band = model.recency.bands.find((b) => b.maxWeeks === null || weeks <= b.maxWeeks);
  return band?.level ?? lowest(model.recency.bands);
}

/** The frequency level for an occurrence count: the first band whose `minCount` it reaches. */
export function frequencyLevel(model: RfgModel, count: number): RfgLevel {
  const band = model.frequency.bands.find((b) => count >= b.minCount);
  return band?.level ?? lowest(model.frequency.bands);
}

/** The gravity level for total harm days; unknown harm (null) takes the lowest band. */
export function gravityLevel(model: RfgModel, harmDays: number | null): RfgLevel {
  if (harmDays === null) return lowest(model.gravity.bands);
  const band = model.gravity.bands.find((b) => harmDays >= b.minDays);
  return band?.level ?? lowest(model.gravity.bands);
}

/** Combines three levels: product R x F x G / 10,000 (0.1..100) or their mean (10..100). */
export function combineRfg(levels: { r: number; f: number; g: number }, mode: RfgCombine): number {
  const { r, f, g } = levels;
  switch (mode) {
    case 'product':
      return (r * f * g) / 10_000;
    case 'mean':
      return (r + f + g) / 3;
  }
}

/** Scores one person: bands each input, combines them, and keeps inputs and version. */
export function scoreRfg(model: RfgModel, inputs: RfgInputs, combine?: RfgCombine): RfgScore {
  const mode = combine ?? model.combine;
  const r = recencyLevel(model, inputs.weeksSinceLatest);
  const f = frequencyLevel(model, inputs.occurrences);
  const g = gravityLevel(model, inputs.harmDays);
  const score = round(combineRfg({ r, f, g }, mode), 4);
  return { r, f, g, score, combine: mode, inputs, modelVersion: model.version };
}

function lowest(bands: readonly { level: RfgLevel }[]): RfgLevel {
  return bands.reduce<RfgLevel>((min, b) => (b.level < min ? b.level : min), 100);
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
