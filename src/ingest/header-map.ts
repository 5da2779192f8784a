import { ToexError } from '../core/errors.js';
import type { SourceLayout } from './source-layout.js';

/** Where each field rule's column sits in a file, and which columns are extras. */
export interface HeaderMap {
  /** Index in the record of each layout field, -1 when the file lacks that optional column. */
  indexes: number[];
  /** Columns the layout does not know: kept in `extras` under their normalised name. */
  extras: { name: string; index: number }[];
  width: number;
}

/** Header names compare case-insensitively, with spaces and underscores alike. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_');
}

/**
 * Maps a file's header row onto a layout. Throws SCHEMA_MISMATCH naming the file, each
 * missing required column, the columns found and the closest header when one looks renamed.
 */
export function mapHeader(
  layout: SourceLayout,
  header: readonly string[],
  file: string,
): HeaderMap {
  const names = header.map(normaliseHeader);
  assertUnique(names, file);
  const indexes = layout.fields.map((f) => names.indexOf(f.header));
  const missing = layout.fields.filter((f, i) => f.required && indexes[i] === -1);
  if (missing.length > 0) {
    const unused = names.filter((n) => !layout.fields.some((f) => f.header === n));
    const detail = missing.map((f) => describeMissing(f.header, unused)).join('; ');
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${file}: ${detail}; columns found: ${names.join(', ')}. ` +
        'Fix the header row of the file (extract-format.md, version 1) and load it again.',
    );
  }
  assertOffenceColumn(layout, names, file);
  const known = new Set(layout.fields.map((f) => f.header));
  const extras = names.flatMap((name, index) => (known.has(name) ? [] : [{ name, index }]));
  return { indexes, extras, width: names.length };
}

/** Occurrences need `ho_code` or `crime_type` (extract-format.md): a header with neither fails. */
function assertOffenceColumn(layout: SourceLayout, names: readonly string[], file: string): void {
  const offence = layout.fields.filter((f) => f.header === 'ho_code' || f.header === 'crime_type');
  if (offence.length === 0 || offence.some((f) => names.includes(f.header))) return;
  throw new ToexError(
    'SCHEMA_MISMATCH',
    `${file}: neither ho_code nor crime_type is present; at least one is required ` +
      `(extract-format.md, version 1); columns found: ${names.join(', ')}`,
  );
}

function assertUnique(names: readonly string[], file: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new ToexError(
        'SCHEMA_MISMATCH',
        `${file}: column ${JSON.stringify(name)} appears twice in the header; rename or drop one`,
      );
    }
    seen.add(name);
  }
}

function describeMissing(column: string, unused: readonly string[]): string {
  const near = closest(column, unused);
  const hint =
    near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}? rename it to ${column})`;
  return `required column ${column} is missing${hint}`;
}

/** The unused header nearest to `column` by edit distance, if it is plausibly a rename. */
export function closest(column: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(column.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = levenshtein(column, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein edit distance (insertions, deletions, substitutions each cost 1). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
