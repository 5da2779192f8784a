import type { Command } from 'commander';
import { ToexError } from '../../core/errors.js';
import { knownForces } from '../../core/known-forces.js';
import { generatePack } from '../../products/pack/generate-pack.js';
import { packHistory } from '../../products/pack/pack-history.js';
import { parseDay, toDay } from '../../products/pack/pack-period.js';
import { parseUserDate, ukDate } from '../../products/profile/period.js';
import {
  dueMeetings,
  parseEvery,
  parseMeetingCount,
  scheduleMeetings,
} from '../../products/pack/pack-schedule.js';
import { parseFormats, type PackRanking } from '../../products/pack/pack-settings.js';
import { loadPackSettings } from '../../products/pack/regional-settings.js';
import { buildVawgPack } from '../../products/pack/vawg-pack.js';
import { forceCode } from '../../reference/index.js';
import type { Store } from '../../store/store.js';
import { auditCommand } from '../cli-audit.js';
import { dbOption, openStore } from '../options.js';
import { progressBar } from '../progress.js';

interface PackOptions {
  db: string;
  format: string;
  out: string;
  marking?: string;
  ranking?: string;
  exclusionMonths?: string;
}

/**
 * Adds `toex packs` with `schedule`, `due`, `generate` and `history`: TTCG meeting dates,
 * the VAWG tasking packs due a week before each meeting, and what each pack showed. Packs
 * take the regional settings (`toex settings show`) unless a flag says otherwise.
 */
export function registerPacksCommand(program: Command): void {
  const packs = program.command('packs').description('VAWG tasking packs for TTCG meetings');

  packs
    .command('schedule')
    .description('record TTCG meeting dates for a force')
    .requiredOption('--force <force>', 'force code')
    .requiredOption('--first <date>', 'first meeting date, dd/mm/yyyy or yyyy-mm-dd')
    .option('--every <interval>', 'interval between meetings, e.g. 4w or 28d', '4w')
    .option('--count <n>', 'number of meetings to record', '13')
    .addOption(dbOption())
    .action(
      async (o: { force: string; first: string; every: string; count: string; db: string }) => {
        const run = {
          force: knownForce(o.force),
          first: parseUserDate(o.first, '--first'),
          everyDays: parseEvery(o.every),
          count: parseMeetingCount(o.count),
        };
        await using store = await openStore(o.db);
        const dates = await scheduleMeetings(store, run);
        process.stdout.write(
          `scheduled ${dates.length} meetings for ${run.force}: ${dates.map(ukDate).join(', ')}\n`,
        );
      },
    );

  withPackOptions(packs.command('due'))
    .description('generate every pack whose date (meeting minus 7 days) has come')
    .option('--today <date>', 'today, dd/mm/yyyy or yyyy-mm-dd (default: the real date)')
    .action(async (o: PackOptions & { today?: string }) => {
      await using store = await openStore(o.db);
      const due = await dueMeetings(
        store,
        o.today === undefined ? toDay(new Date()) : parseUserDate(o.today, '--today'),
      );
      const bar = progressBar();
      bar.start(due.length, 'packs');
      for (const [i, d] of due.entries()) {
        await generateOne(store, { ...o, force: d.force, meeting: d.meetingDate });
        bar.update(i + 1);
      }
      bar.stop();
      if (due.length === 0) process.stdout.write('no pack is due\n');
    });

  withPackOptions(packs.command('generate'))
    .description('generate the pack of one meeting')
    .requiredOption('--force <force>', 'force code')
    .requiredOption('--meeting <date>', 'TTCG meeting date, dd/mm/yyyy or yyyy-mm-dd')
    .action(async (o: PackOptions & { force: string; meeting: string }) => {
      await using store = await openStore(o.db);
      await generateOne(store, o);
    });

  packs
    .command('history')
    .description('list the packs generated for a force and who had suspect pages')
    .requiredOption('--force <force>', 'force code')
    .addOption(dbOption())
    .action(async (o: { force: string; db: string }) => {
      const force = knownForce(o.force);
      await using store = await openStore(o.db);
      for (const h of await packHistory(store, force)) {
        process.stdout.write(
          `${ukDate(h.meeting_date)}  pack ${ukDate(h.pack_date)}  period ` +
            `${ukDate(h.period_from)} to ${ukDate(h.period_to)}  ` +
            `${h.content_hash.slice(0, 12)}  pages: ${h.suspect_pages}\n`,
        );
      }
    });
}

function withPackOptions(command: Command): Command {
  return command
    .option('--format <list>', 'formats: pdf,html,csv,xlsx', 'pdf,html,csv,xlsx')
    .option('--out <dir>', 'output folder', 'out/packs')
    .option('--marking <text>', 'handling marking on every page (default: the regional setting)')
    .option('--ranking <name>', 'rfg, occurrences or harm (default: the regional setting)')
    .option(
      '--exclusion-months <n>',
      'months before a person may have a page again (default: the regional setting)',
    )
    .addOption(dbOption());
}

async function generateOne(store: Store, o: PackOptions & { force: string; meeting: string }) {
  const force = knownForce(o.force);
  const meeting = parseUserDate(o.meeting, '--meeting');
  parseDay(meeting, 'meeting date');
  // The regional settings (`toex settings`) are the defaults; flags override them.
  const settings = await loadPackSettings(store, {
    ...(o.marking === undefined ? {} : { marking: o.marking }),
    ...(o.ranking === undefined ? {} : { ranking: o.ranking as PackRanking }),
    ...(o.exclusionMonths === undefined ? {} : { exclusionMonths: Number(o.exclusionMonths) }),
  });
  const result = await generatePack(store, {
    force,
    meetingDate: meeting,
    settings,
    builder: buildVawgPack,
    output: { outDir: o.out, formats: parseFormats(o.format) },
  });
  // As the web app does for its packs: the pack's people by id, never by name.
  await auditCommand(store, {
    action: 'pack.generate',
    command: 'packs generate',
    ids: {
      force,
      meetingDate: meeting,
      scope: null,
      people: result.record.pages.map((p) => p.personId),
    },
    purpose: null,
  });
  process.stdout.write(
    `pack ${force} ${ukDate(meeting)}: ${result.files.length} files in ${o.out}, hash ${result.record.contentHash.slice(0, 12)}\n`,
  );
}

/** Refuses a force code toex does not know, so no empty pack is made and recorded for it. */
function knownForce(name: string): string {
  const forces = knownForces();
  const force = forceCode(name); // "West Mercia" and "WEST-MERCIA" are west-mercia
  if (forces.includes(force)) return force;
  throw new ToexError('NOT_FOUND', `unknown force "${name}"; expected one of ${forces.join(', ')}`);
}
