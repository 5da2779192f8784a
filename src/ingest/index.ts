// The ingest stage's public surface: load force extracts and data.police.uk folders.
export { ingestAll, extractFolders, type IngestAllOptions } from './ingest-all.js';
export { ingestExtract } from './ingest-extract.js';
export { ingestPoliceUk, type PoliceUkOptions } from './ingest-police-uk.js';
export { readManifest, type Manifest } from './manifest.js';
export {
  firstFailure,
  type ExtractOutcome,
  type FileOutcome,
  type IngestOptions,
  type IngestProblem,
  type IngestProgress,
  type IngestReport,
} from './outcome-report.js';
