import { comparisons, topLevel, type ComparisonName } from './comparisons.js';
import { expectationMaximisation, type VectorCount } from './em.js';
import { poolBelowDifferent } from './m-constraints.js';

/**
 * One EM training session: the blocked pairs that agree exactly on the `fixed` comparisons.
 * Those comparisons are left out of the session (they cannot tell matches apart there), and
 * the session estimates m for all the others. Two sessions with different fixed comparisons
 * together estimate every comparison, as Splink trains one session per blocking rule.
 */
export interface TrainingSession {
  name: string;
  fixed: readonly ComparisonName[];
  /** Used only for comparisons no other session estimated. */
  fallback?: boolean;
}

/**
 * The sessions trained by default, one per kind of tight blocking rule. Each fixes the
 * comparisons its rule's keys decide, since a comparison every pair agrees on by construction
 * would pull EM towards calling all of them matches.
 */
export const trainingSessions: readonly TrainingSession[] = [
  { name: 'same date of birth and forename', fixed: ['dob', 'forename'] },
  { name: 'same forename and surname', fixed: ['forename', 'surname'] },
  { name: 'same postcode', fixed: ['postcode'] },
  // Data without postcodes (fake_1000) would leave forename unestimated without this one.
  { name: 'same date of birth', fixed: ['dob'], fallback: true },
];

/** What one session saw and estimated, for the model's training description. */
export interface SessionOutcome {
  session: string;
  pairs: number;
  lambda: number;
}

/** The vectors of a session: those exact on every fixed comparison, with those levels masked. */
export function sessionVectors(
  vectors: readonly VectorCount[],
  session: TrainingSession,
): VectorCount[] {
  const fixed = session.fixed.map((name) => comparisons.findIndex((c) => c.name === name));
  const exact = (v: VectorCount) =>
    fixed.every((i) => {
      const c = comparisons[i];
      return c !== undefined && v.vector[i] === topLevel(c);
    });
  return vectors.filter(exact).map((v) => ({
    vector: v.vector.map((level, i) => (fixed.includes(i) ? -1 : level)),
    count: v.count,
  }));
}

/** Pairs per comparison level over some vectors (missing levels not counted). */
export function levelCounts(vectors: readonly VectorCount[]): number[][] {
  const counts = comparisons.map((c) => c.levels.map(() => 0));
  for (const v of vectors) {
    v.vector.forEach((level, c) => {
      const row = counts[c];
      if (row && level >= 0) row[level] = (row[level] ?? 0) + v.count;
    });
  }
  return counts;
}

function startM(): number[][] {
  return comparisons.map((c) =>
    c.levels.map((_, level) => (level === topLevel(c) ? 0.8 : 0.2 / (c.levels.length - 1))),
  );
}

/**
 * Estimates m for every comparison level by EM over each session's vectors with u held at the
 * random-pair estimate. A comparison's m is the mean over the sessions that saw it; a level no
 * session's pair reached gets m = u (weight 0: no evidence either way). Each session's m is
 * constrained in EM (m-constraints.ts); the mean is pooled once more, so that a level set to
 * m = u never weighs less than 'different' either.
 */
export function estimateM(options: {
  vectors: readonly VectorCount[];
  u: number[][];
  startLambda: number;
  sessions?: readonly TrainingSession[];
}): { m: number[][]; outcomes: SessionOutcome[] } {
  const sums = comparisons.map((c) => c.levels.map(() => 0));
  const seen = comparisons.map((c) => c.levels.map(() => 0));
  const runs = comparisons.map(() => 0);
  const outcomes: SessionOutcome[] = [];
  const sessions = options.sessions ?? trainingSessions;
  const ordered = [...sessions.filter((t) => !t.fallback), ...sessions.filter((t) => t.fallback)];
  for (const session of ordered) {
    const vectors = sessionVectors(options.vectors, session);
    const pairs = vectors.reduce((s, v) => s + v.count, 0);
    if (pairs === 0) continue;
    const fitted = expectationMaximisation(
      vectors,
      { m: startM(), u: options.u, lambda: options.startLambda },
      { fixU: true },
    );
    outcomes.push({ session: session.name, pairs, lambda: fitted.lambda });
    levelCounts(vectors).forEach((row, c) => {
      if (row.every((n) => n === 0) || (session.fallback && (runs[c] ?? 0) > 0)) return;
      runs[c] = (runs[c] ?? 0) + 1;
      row.forEach((n, l) => {
        (seen[c] ?? [])[l] = (seen[c]?.[l] ?? 0) + n;
        (sums[c] ?? [])[l] = (sums[c]?.[l] ?? 0) + (fitted.m[c]?.[l] ?? 0);
      });
    });
  }
  const m = sums.map((row, c) =>
    poolBelowDifferent(
      row.map((sum, l) =>
        (seen[c]?.[l] ?? 0) > 0 ? sum / (runs[c] ?? 1) : (options.u[c]?.[l] ?? 0),
      ),
      options.u[c] ?? [],
    ),
  );
  return { m, outcomes };
}
