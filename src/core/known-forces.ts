import { regionForces } from './record-schema.js';

/**
 * The force codes toex accepts: the region's nine, plus any listed (comma-separated) in the
 * environment variable `TOEX_EXTRA_FORCES` for a deployment that covers others.
 */
export function knownForces(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const extra = (env['TOEX_EXTRA_FORCES'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...regionForces, ...extra];
}
