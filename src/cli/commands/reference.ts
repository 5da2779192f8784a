import type { Command } from 'commander';
import {
  loadReference,
  referenceVersions,
  type ReferenceOptions,
  type ReferenceVersionRow,
} from '../../reference/index.js';
import { dbOption, openOrCreateStore, openStore } from '../options.js';

/**
 * Adds `toex reference load` (load or replace the reference tables, optionally with the
 * official CCHI workbook or a user VAWG rule file) and `toex reference show`.
 */
export function registerReferenceCommand(program: Command): void {
  const reference = program
    .command('reference')
    .description('versioned reference tables: offence codes, VAWG rules, harm, population');

  reference
    .command('load')
    .description('load (or replace) every reference table in one transaction')
    .option('--cchi <file>', 'official Cambridge Crime Harm Index workbook (.xlsx)')
    .option('--vawg-rules <file>', 'VAWG rule table (CSV: ho_code,rule) instead of the default')
    .addOption(dbOption())
    .action(async (opts: { cchi?: string; vawgRules?: string; db: string }) => {
      await runLoad(opts.db, {
        ...(opts.cchi === undefined ? {} : { cchiWorkbook: opts.cchi }),
        ...(opts.vawgRules === undefined ? {} : { vawgRules: opts.vawgRules }),
      });
    });

  reference
    .command('show')
    .description("print each reference table's version, source and row count")
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      await using store = await openStore(opts.db);
      const versions = await referenceVersions(store);
      if (versions.length === 0) {
        process.stdout.write('no reference tables loaded; run `toex reference load`\n');
        return;
      }
      for (const v of versions) process.stdout.write(describeVersion(v));
    });
}

async function runLoad(db: string, options: ReferenceOptions): Promise<void> {
  await using store = await openOrCreateStore(db);
  const outcome = await loadReference(store, options);
  for (const t of outcome.tables) {
    process.stdout.write(`${t.name.padEnd(22)} ${String(t.rows).padStart(5)} rows  ${t.version}\n`);
  }
  for (const warning of outcome.warnings) process.stderr.write(`warning: ${warning}\n`);
}

function describeVersion(v: ReferenceVersionRow): string {
  const approximation = v.version.includes('approximation') ? ' (harm is an approximation)' : '';
  return [
    `${v.name}: ${v.version}${approximation}`,
    `  rows ${v.rows}; loaded ${ukDateTime(v.loaded_at)}`,
    `  source ${v.source}`,
    `  licence ${v.licence ?? 'not stated'}; sha256 ${v.sha256?.slice(0, 12) ?? '-'}`,
    '',
  ].join('\n');
}

/** `yyyy-mm-dd hh:mm:ss` (as the store returns it) shown as dd/mm/yyyy hh:mm. */
function ukDateTime(value: string | null): string {
  const m = value === null ? null : /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}` : '-';
}
