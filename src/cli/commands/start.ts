import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runMainJob, type MainJobResult } from '../main-job.js';
import { dbOption, openOrCreateStore } from '../options.js';

interface StartFlags {
  force: string;
  seed: string;
  scale: string;
  data: string;
  out: string;
  db: string;
}

/**
 * Adds `toex start`, what `npm start` runs: default data, ingest, resolve, and the force's
 * VAWG profile and pack for the last six complete months of data.
 */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('the main job: build and load the default data, write the VAWG profile and pack')
    .option('--force <force>', 'force to profile', 'bedfordshire')
    .option('--seed <n>', 'seed of the default data', '1')
    .option('--scale <s>', 'volume of the default data (1 = real volumes)', '1')
    .option('--data <dir>', 'folder of the default data', '.toex/default-data')
    .option('--out <dir>', 'folder for the profile and pack', 'out')
    .addOption(dbOption())
    .action(async (flags: StartFlags) => {
      await using store = await openOrCreateStore(flags.db);
      const result = await runMainJob(store, {
        force: flags.force,
        seed: Number(flags.seed),
        scale: Number(flags.scale),
        dataDir: flags.data,
        outDir: flags.out,
        onStep: (label) => process.stderr.write(`toex start: ${label}...\n`),
      });
      process.stdout.write(summary(result));
    });
}

function summary(result: MainJobResult): string {
  const p = result.profile;
  const loaded = result.ingest.extracts.filter((e) => e.status !== 'already-loaded').length;
  const lines = [
    `Default data: ${result.synthesised ? 'built now' : 'already present'}; ` +
      `extracts loaded this run: ${loaded} of ${result.ingest.extracts.length}.`,
    `People resolved: ${result.resolvedPersons.toLocaleString('en-GB')}` +
      (result.resolutionSkipped ? ' (up to date: nothing loaded or decided since).' : '.'),
    `${p.force} VAWG profile, ${ukDate(p.period.from)} to ${ukDate(p.period.to)}: ` +
      `${p.headline.occurrences.toLocaleString('en-GB')} VAWG occurrences, ` +
      `${p.mafb.length} suspects moved into the force.`,
  ];
  if (result.planted !== undefined) {
    const c = result.planted;
    lines.push(
      `Planted cases: prolific suspect ranked ${c.prolificRfgRank ?? 'not ranked'} by RFG; ` +
        `${c.moversInMafb} of ${c.moversPlanted} planted movers in MAFB.`,
    );
  }
  const timing = Object.entries(result.stepSeconds)
    .map(([label, s]) => `${label} ${s.toFixed(1)} s`)
    .join(', ');
  lines.push(`Steps: ${timing}.`, 'Wrote:', ...result.files.map((f) => `  ${resolve(f)}`));
  return `${lines.join('\n')}\n`;
}

function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
