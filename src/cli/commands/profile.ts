import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { Option, type Command } from 'commander';
import { ToexError } from '../../core/errors.js';
import {
  buildProfile,
  profileSteps,
  type ProfileStep,
} from '../../products/profile/build-profile.js';
import { parseUserDate } from '../../products/profile/period.js';
import type { ProfileOptions } from '../../products/profile/profile-types.js';
import { renderProfileHtml, renderProfileJson } from '../../products/profile/render-profile.js';
import { auditCommand, statedPurpose } from '../cli-audit.js';
import { dbOption, openStore } from '../options.js';
import { progressBar } from '../progress.js';

interface ProfileFlags {
  purpose?: string;
  force: string;
  from?: string;
  to?: string;
  format?: 'html' | 'json';
  out: string;
  db: string;
  yearStart: string;
  include?: string[];
  exclude?: string[];
  top: string;
  rfgCombine: 'product' | 'mean';
  exploitation?: boolean;
  mafbMin: string;
  mafbMonths: string;
  mafbLatestAddressOnly?: boolean;
  mafbPreviousInForce?: boolean;
}

/**
 * Adds `toex profile`: the VAWG force profile of one force for its tasking meeting, written
 * as one self-contained HTML file or as JSON with every figure and row.
 */
export function registerProfileCommand(program: Command): void {
  program
    .command('profile')
    .description('VAWG force profile for one force and period (HTML or JSON)')
    .requiredOption('--force <code>', 'force code, e.g. bedfordshire')
    .option(
      '--from <date>',
      'period start, dd/mm/yyyy or yyyy-mm-dd (default: six complete months)',
    )
    .option('--to <date>', 'period end, dd/mm/yyyy or yyyy-mm-dd (default: end of data)')
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: from the --out extension, else html)',
      ).choices(['html', 'json']),
    )
    .requiredOption('--out <path>', 'file to write')
    .option('--year-start <month>', 'first month of the year for year to date (4 = April)', '4')
    .option('--include <type...>', 'only these location types (applies to every figure)')
    .option('--exclude <type...>', 'leave out these location types (applies to every figure)')
    .option(
      '--top <n>',
      'rows in each ranking and hotspot list; ties at the cut-off are kept',
      '10',
    )
    .addOption(
      new Option('--rfg-combine <mode>', 'RFG as R x F x G / 10,000 or the mean')
        .choices(['product', 'mean'])
        .default('product'),
    )
    .option('--exploitation', 'count exploitation-context offence codes as VAWG')
    .option('--mafb-min <n>', 'MAFB: fewest VAWG occurrences as suspect, all forces', '5')
    .option('--mafb-months <n>', 'MAFB: escalation period before the period end, months', '12')
    .option('--mafb-latest-address-only', 'MAFB: the move must be to the latest home address')
    .option('--mafb-previous-in-force', 'MAFB: require VAWG in this force before the move')
    .option('--purpose <text>', 'why the profile is made; kept in the audit log')
    .addOption(dbOption())
    .action(async (flags: ProfileFlags) => {
      await runProfile(flags);
    });
}

async function runProfile(flags: ProfileFlags): Promise<void> {
  const format = outputFormat(flags);
  const options = profileOptions(flags);
  const purpose = flags.purpose === undefined ? null : statedPurpose(flags.purpose);
  await using store = await openStore(flags.db);
  const bar = progressBar();
  bar.start(profileSteps.length + 1, `profile ${flags.force}`);
  const profile = await buildProfile(store, options, (step: ProfileStep) =>
    bar.update(profileSteps.indexOf(step)),
  );
  const text = format === 'json' ? renderProfileJson(profile) : renderProfileHtml(profile);
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, text);
  // The profile lists people (top suspects, victims, MAFB): writing it is an export.
  await auditCommand(store, {
    action: 'profile.export',
    command: 'profile',
    ids: { force: profile.force, from: profile.period.from, to: profile.period.to, format },
    purpose,
  });
  bar.update(profileSteps.length + 1);
  bar.stop();
  process.stdout.write(`wrote ${flags.out}\n`);
}

/** The format asked for, or the one the --out file's extension names; refuses a mismatch. */
function outputFormat(flags: ProfileFlags): 'html' | 'json' {
  const extension = extname(flags.out).toLowerCase();
  const implied =
    extension === '.json' ? 'json' : ['.html', '.htm'].includes(extension) ? 'html' : undefined;
  if (implied === undefined && extension !== '' && flags.format === undefined) {
    throw new ToexError(
      'INVALID_VALUE',
      `--out ${flags.out}: a profile is written as .html or .json; for a PDF use toex packs generate`,
    );
  }
  if (flags.format !== undefined && implied !== undefined && implied !== flags.format) {
    throw new ToexError(
      'INVALID_VALUE',
      `--format ${flags.format} does not match --out ${flags.out}`,
    );
  }
  return flags.format ?? implied ?? 'html';
}

function profileOptions(f: ProfileFlags): ProfileOptions {
  return {
    force: f.force.trim().toLowerCase(),
    ...(f.from === undefined ? {} : { from: parseUserDate(f.from, '--from') }),
    ...(f.to === undefined ? {} : { to: parseUserDate(f.to, '--to') }),
    yearStartMonth: whole(f.yearStart, '--year-start'),
    locationTypesInclude: f.include ?? [],
    locationTypesExclude: f.exclude ?? [],
    top: whole(f.top, '--top'),
    rfgCombine: f.rfgCombine,
    vawg: { includeExploitation: f.exploitation === true },
    mafb: {
      minVawg: whole(f.mafbMin, '--mafb-min'),
      escalationMonths: whole(f.mafbMonths, '--mafb-months'),
      latestAddressOnly: f.mafbLatestAddressOnly === true,
      previousVawgInForce: f.mafbPreviousInForce === true,
    },
  };
}

function whole(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    throw new ToexError('INVALID_VALUE', `${flag} must be a whole number, not "${text}"`);
  }
  return n;
}
