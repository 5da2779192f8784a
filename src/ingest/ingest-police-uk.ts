import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endOfMonth, format, parseISO } from 'date-fns';
import { ToexError } from '../core/errors.js';
import { knownForces } from '../core/known-forces.js';
import { forceCode } from '../reference/index.js';
import type { Store } from '../store/store.js';
import { contentHash } from './content-hash.js';
import { tokenizeCsv } from './csv-tokenizer.js';
import { loadExtract } from './extract-loader.js';
import { normaliseHeader } from './header-map.js';
import { policeUkLayout } from './source-layout.js';
import type { ExtractOutcome, IngestOptions } from './outcome-report.js';

/** Options for a data.police.uk folder. */
export interface PoliceUkOptions extends IngestOptions {
  /** Force code; when absent it comes from the first row's `Falls within`. */
  force?: string | undefined;
}

/**
 * Loads a folder of data.police.uk street-level CSV files (`yyyy-mm-<force>-street.csv`,
 * either header variant) as an occurrence-only extract. The extract id is derived from the
 * months covered and the content hash, so the same folder loads once.
 */
export async function ingestPoliceUk(
  store: Store,
  folder: string,
  options: PoliceUkOptions = {},
): Promise<ExtractOutcome> {
  const names = csvFiles(folder);
  const paths = names.map((n) => join(folder, n));
  const force = knownForce(
    options.force === undefined ? forceFromFile(paths[0] ?? '') : forceCode(options.force),
    options.force === undefined ? `${paths[0] ?? folder} (Falls within)` : '--force',
  );
  const hash = contentHash(paths);
  await refuseUnderAnotherForce(store, { folder, force, hash });
  const months = names.map((n) => /^(\d{4}-\d{2})/.exec(n)?.[1]).filter((m) => m !== undefined);
  const first = months[0] ?? null;
  const last = months.at(-1) ?? null;
  const layout = policeUkLayout();
  return loadExtract(
    store,
    {
      folder,
      force,
      extractId: `police-uk:${first ?? '?'}..${last ?? '?'}:${hash.slice(0, 12)}`,
      sourceKind: 'police-uk',
      extractedAt: null,
      periodFrom: first === null ? null : `${first}-01`,
      periodTo: last === null ? null : monthEnd(last),
      contentHash: hash,
      files: names.map((file, i) => ({ path: paths[i] ?? '', file, layout })),
    },
    options,
  );
}

/** The last day of a `yyyy-mm` month, `yyyy-mm-dd`: the files cover whole months. */
function monthEnd(month: string): string {
  return format(endOfMonth(parseISO(`${month}-01`)), 'yyyy-MM-dd');
}

/** `force` when it is a known force code; otherwise INVALID_VALUE naming where it came from. */
function knownForce(force: string, from: string): string {
  const forces = knownForces();
  if (forces.includes(force)) return force;
  throw new ToexError(
    from === '--force' ? 'INVALID_VALUE' : 'SCHEMA_MISMATCH',
    `${from}: "${force}" is not a known force code; expected one of ${forces.join(', ')} ` +
      '(list others in TOEX_EXTRA_FORCES)',
  );
}

/** The same files loaded as another force's would count every occurrence twice. */
async function refuseUnderAnotherForce(
  store: Store,
  input: { folder: string; force: string; hash: string },
): Promise<void> {
  const rows = await store.query<{ force: string }>(
    'SELECT force FROM extract WHERE content_hash = $hash AND force <> $force LIMIT 1',
    { hash: input.hash, force: input.force },
  );
  const other = rows[0]?.force;
  if (other !== undefined)
    throw new ToexError(
      'CONFLICT',
      `${input.folder}: these files are already loaded as ${other}'s; ` +
        `they cannot also be ${input.force}'s`,
    );
}

function csvFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.csv'));
  } catch (cause) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read the folder ${folder}`, { cause });
  }
  if (names.length === 0) {
    throw new ToexError(
      'NOT_FOUND',
      `${folder} holds no .csv files; expected data.police.uk street files`,
    );
  }
  return names.sort();
}

/** The force code from `Falls within` of the first data row (e.g. `Bedfordshire Police`). */
function forceFromFile(path: string): string {
  const rows: string[][] = [];
  const text = readFileSync(path, 'utf8').slice(0, 64 * 1024);
  tokenizeCsv(text, (r) => {
    if (rows.length < 2) rows.push([...r.fields]);
  });
  const at = (rows[0] ?? []).map(normaliseHeader).indexOf('falls_within');
  const name = rows[1]?.[at] ?? '';
  if (at < 0 || name.trim() === '') {
    throw new ToexError(
      'SCHEMA_MISMATCH',
      `${path}: no Falls within value to name the force; pass --force (e.g. --force bedfordshire)`,
    );
  }
  return forceCode(name.replace(/\s+(police|constabulary|police service)\s*$/i, ''));
}
