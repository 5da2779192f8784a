import type { Command } from 'commander';
import { errorCodeTable, ToexError } from '../../core/errors.js';
import {
  firstFailure,
  ingestAll,
  type ExtractOutcome,
  type IngestProgress,
  type IngestReport,
} from '../../ingest/index.js';
import { dbOption, openOrCreateStore } from '../options.js';
import { progressBar } from '../progress.js';

/** The flags of `toex ingest`. */
export interface IngestFlags {
  policeUk?: boolean;
  force?: string;
  db: string;
}

/**
 * Adds `toex ingest <folder...>`: loads force extracts (a folder with manifest.json, or a
 * folder of such folders) or, with --police-uk, data.police.uk street-level folders.
 * Prints one table per extract. Exit code 0 when every file loaded, even with rows in
 * quarantine (they are reported); otherwise the code of the first failure from
 * errorCodeTable (e.g. 4 for SCHEMA_MISMATCH, 3 for an unreadable manifest).
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('load force extracts or data.police.uk folders into the store')
    .argument('<folder...>', 'extract folder(s), or folders of extract folders')
    .option('--police-uk', 'the folders hold data.police.uk street-level CSV files')
    .option('--force <code>', 'force code for --police-uk (default: from "Falls within")')
    .addOption(dbOption())
    .action((folders: string[], flags: IngestFlags) => ingestFolders(folders, flags));
}

/**
 * Loads `folders` into the store at `flags.db` with a progress bar and prints the outcome
 * report; sets the exit code of the first failure. Shared by `toex ingest` and `toex synth
 * --db`.
 */
export async function ingestFolders(folders: string[], flags: IngestFlags): Promise<void> {
  if (flags.force !== undefined && flags.policeUk !== true)
    throw new ToexError(
      'INVALID_VALUE',
      '--force applies to --police-uk folders only: a force extract names its force in ' +
        'manifest.json',
    );
  await using store = await openOrCreateStore(flags.db);
  const bar = progressBar();
  const report = await ingestAll(store, folders, {
    policeUk: flags.policeUk === true,
    force: flags.force,
    onProgress: progressTo(bar),
  });
  bar.stop();
  process.stdout.write(renderReport(report));
  const failure = firstFailure(report);
  if (failure !== undefined) process.exitCode = errorCodeTable[failure].exit;
}

function progressTo(bar: ReturnType<typeof progressBar>): (p: IngestProgress) => void {
  let folder = '';
  return (p) => {
    if (p.folder !== folder) {
      if (folder !== '') bar.stop();
      folder = p.folder;
      bar.start(p.bytesTotal, `ingest ${p.folder.split('/').pop() ?? ''} (bytes)`);
    }
    bar.update(p.bytesDone);
  };
}

const columns = ['file', 'status', 'read', 'loaded', 'quarantined', 'duplicate', 'skipped'];

/** The outcome report as plain text tables, one per extract. */
export function renderReport(report: IngestReport): string {
  return report.extracts.map(renderExtract).join('\n');
}

function renderExtract(e: ExtractOutcome): string {
  const head = `${e.folder}: ${e.status}${e.force === '' ? '' : ` (${e.force}, ${e.extractId})`}`;
  const speed = e.rowsPerSecond > 0 ? `  ${e.rowsPerSecond.toLocaleString('en-GB')} rows/s` : '';
  const lines = [head + speed];
  if (e.message !== undefined) lines.push(`  ${e.message}`);
  for (const note of e.notes) lines.push(`  note: ${note}`);
  if (e.files.length > 0) lines.push(...table(e));
  return `${lines.join('\n')}\n`;
}

function table(e: ExtractOutcome): string[] {
  const rows = e.files.map((f) => [
    f.file,
    f.status,
    ...[f.rowsRead, f.loaded, f.quarantined, f.duplicate, f.skipped].map(String),
  ]);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    '  ' +
    r.map((v, i) => (i < 2 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  const out = [fmt(columns), ...rows.map(fmt)];
  for (const f of e.files) {
    for (const p of f.problems) out.push(`  - ${p.message}`);
    for (const n of f.notes) out.push(`  ${f.file}: ${n}`);
  }
  return out;
}
