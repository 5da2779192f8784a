import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isToexError, ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { ingestExtract } from './ingest-extract.js';
import { ingestPoliceUk, type PoliceUkOptions } from './ingest-police-uk.js';
import type { ExtractOutcome, IngestReport } from './outcome-report.js';

/** Options for a batch of folders. */
export interface IngestAllOptions extends PoliceUkOptions {
  /** Treat every folder as a data.police.uk folder. */
  policeUk?: boolean;
}

/**
 * Loads every folder: a folder with manifest.json is one extract; a folder whose
 * sub-folders hold manifests loads each of them (in name order); with `policeUk`, each
 * folder is a data.police.uk folder. Each extract is its own transaction. A typed failure
 * of one extract (bad manifest, conflict) is reported in the outcome and the others still
 * load; anything else is an internal error and is thrown.
 */
export async function ingestAll(
  store: Store,
  folders: readonly string[],
  options: IngestAllOptions = {},
): Promise<IngestReport> {
  const extracts: ExtractOutcome[] = [];
  for (const folder of folders) {
    let targets: string[];
    try {
      targets = options.policeUk === true ? [folder] : extractFolders(folder);
    } catch (error) {
      extracts.push(failedOutcome(folder, options, error));
      continue;
    }
    for (const target of targets) extracts.push(await ingestOrReport(store, target, options));
  }
  return { extracts };
}

/** The extract folders under `folder`: itself, or its sub-folders that hold a manifest. */
export function extractFolders(folder: string): string[] {
  if (existsSync(join(folder, 'manifest.json'))) return [folder];
  let entries: string[];
  try {
    entries = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'manifest.json')))
      .map((e) => join(folder, e.name));
  } catch (cause) {
    throw new ToexError('SOURCE_UNREADABLE', `cannot read the folder ${folder}`, { cause });
  }
  if (entries.length === 0) {
    throw new ToexError(
      'NOT_FOUND',
      `${folder} has no manifest.json and no sub-folder with one; for data.police.uk files use --police-uk`,
    );
  }
  return entries.sort();
}

async function ingestOrReport(
  store: Store,
  folder: string,
  options: IngestAllOptions,
): Promise<ExtractOutcome> {
  try {
    return options.policeUk === true
      ? await ingestPoliceUk(store, folder, options)
      : await ingestExtract(store, folder, options);
  } catch (error) {
    return failedOutcome(folder, options, error);
  }
}

/** A typed failure as an outcome; anything else is rethrown as an internal error. */
function failedOutcome(folder: string, options: IngestAllOptions, error: unknown): ExtractOutcome {
  if (!isToexError(error) || error.code === 'INTERNAL') throw error;
  const base = { folder, force: options.force ?? '', extractId: '', files: [], notes: [] };
  const timing = { durationMs: 0, rowsPerSecond: 0 };
  return { ...base, ...timing, status: 'failed', errorCode: error.code, message: error.message };
}
