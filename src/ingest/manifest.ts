import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { knownForces } from '../core/known-forces.js';
import { ToexError } from '../core/errors.js';
import { parseDate } from '../core/dates.js';

/** A validated manifest.json of a force extract (extract-format.md, version 1). */
export interface Manifest {
  force: string;
  extractId: string;
  /** UTC, `yyyy-mm-dd hh:mm:ss`. */
  extractedAt: string;
  /** ISO `yyyy-mm-dd`. */
  periodFrom: string;
  periodTo: string;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

const manifestSchema = z.object({
  schema: z.literal(1),
  force: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a force code such as bedfordshire or west-mercia'),
  extract_id: z.string().min(1).max(200),
  extracted_at: z.string().regex(isoInstant, 'an ISO date-time such as 2024-05-01T02:00:00Z'),
  period_from: z.string().refine((s) => parseDate(s) !== undefined, 'a date yyyy-mm-dd'),
  period_to: z.string().refine((s) => parseDate(s) !== undefined, 'a date yyyy-mm-dd'),
});

/**
 * Reads and checks `manifest.json` in an extract folder. Throws SOURCE_UNREADABLE when it
 * is missing or not JSON, and SCHEMA_MISMATCH naming each bad field otherwise. A time
 * without a zone is taken as UTC.
 */
export function readManifest(folder: string): Manifest {
  const path = join(folder, 'manifest.json');
  const parsed = manifestSchema.safeParse(readJson(path));
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i) => `${i.path.join('.') || '(top level)'}: ${i.message}`,
    );
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${path} is not a valid manifest (${issues.join('; ')}); expected schema 1 with force, ` +
        'extract_id, extracted_at, period_from and period_to (extract-format.md)',
    );
  }
  const m = parsed.data;
  const forces = knownForces();
  if (!forces.includes(m.force)) {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${path}: force "${m.force}" is not a known force code; expected one of ` +
        `${forces.join(', ')} (list others in TOEX_EXTRA_FORCES)`,
    );
  }
  const periodFrom = parseDate(m.period_from) ?? '';
  const periodTo = parseDate(m.period_to) ?? '';
  if (periodFrom > periodTo) {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${path}: period_from is after period_to; fix the manifest`,
    );
  }
  return {
    force: m.force,
    extractId: m.extract_id,
    extractedAt: utc(m.extracted_at),
    periodFrom,
    periodTo,
  };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `no readable manifest.json at ${path}; an extract folder needs one (extract-format.md)`,
      { cause },
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (cause) {
    throw new ToexError('SOURCE_UNREADABLE', `${path} is not valid JSON; fix the manifest`, {
      cause,
    });
  }
}

function utc(instant: string): string {
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(instant) ? instant : `${instant}Z`;
  return new Date(zoned).toISOString().slice(0, 19).replace('T', ' ');
}
