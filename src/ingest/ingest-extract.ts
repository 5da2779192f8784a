import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ToexError } from '../core/errors.js';
import { recordSpecs } from '../core/record-schema.js';
import type { Store } from '../store/store.js';
import { contentHash } from './content-hash.js';
import { loadExtract, type PlannedFile } from './extract-loader.js';
import { readManifest } from './manifest.js';
import { forceExtractLayout } from './source-layout.js';
import type { ExtractOutcome, IngestOptions } from './outcome-report.js';

/**
 * Loads one force extract folder (manifest.json plus occurrences.csv and any of persons,
 * involvements, addresses and links) into the store, in one transaction.
 *
 * Throws SOURCE_UNREADABLE / SCHEMA_MISMATCH for a bad manifest or a missing required file,
 * and CONFLICT when the extract_id was loaded before with other content. Bad rows do not
 * throw: they are quarantined and reported in the outcome.
 */
export async function ingestExtract(
  store: Store,
  folder: string,
  options: IngestOptions = {},
): Promise<ExtractOutcome> {
  const manifest = readManifest(folder);
  const files = plannedFiles(folder);
  const hash = contentHash([join(folder, 'manifest.json'), ...files.map((f) => f.path)]);
  return loadExtract(
    store,
    {
      folder,
      force: manifest.force,
      extractId: manifest.extractId,
      sourceKind: 'force-extract',
      extractedAt: manifest.extractedAt,
      periodFrom: manifest.periodFrom,
      periodTo: manifest.periodTo,
      contentHash: hash,
      files,
    },
    options,
  );
}

function plannedFiles(folder: string): PlannedFile[] {
  const present = recordSpecs.filter((s) => existsSync(join(folder, s.file)));
  const has = (file: string) => present.some((s) => s.file === file);
  if (!has('occurrences.csv')) missing(folder, 'occurrences.csv', 'every extract needs one');
  if (has('involvements.csv') && !has('persons.csv')) {
    missing(folder, 'persons.csv', 'involvements.csv refers to it');
  }
  return present.map((spec) => ({
    path: join(folder, spec.file),
    file: spec.file,
    layout: forceExtractLayout(spec),
  }));
}

function missing(folder: string, file: string, why: string): never {
  throw new ToexError(
    'SCHEMA_MISMATCH',
    `${folder}: ${file} is missing (${why}); add it to the extract (extract-format.md)`,
  );
}
