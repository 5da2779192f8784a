import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { ToexError } from '../../core/errors.js';
import { synthesise } from '../../synth/index.js';
import { progressBar } from '../progress.js';
import { ingestFolders } from './ingest.js';

interface SynthCliOptions {
  seed: string;
  scale: string;
  out: string;
  db?: string;
}

/**
 * Adds `toex synth`: writes the region's synthetic default data as force extracts (format
 * version 1) plus ground truth. Same --seed and --scale give the same bytes. With `--db PATH`
 * it also loads the extracts into that store, exactly as `toex ingest` would.
 */
export function registerSynthCommand(program: Command): void {
  program
    .command('synth')
    .description(
      'write synthetic default data: nine force extracts, ground-truth.json, person-truth.csv',
    )
    .option('--seed <n>', 'random seed (whole number)', '1')
    .option('--scale <s>', 'volume multiplier; fractional for small sets (e.g. 0.02)', '1')
    .option('--out <dir>', 'output folder', '.toex/default-data')
    .addOption(
      // No default: synth writes files, and only loads them into a store when asked to.
      new Option('--db <path>', 'also load the written extracts into this store (toex ingest)'),
    )
    .action(async (opts: SynthCliOptions) => {
      runSynth(opts);
      if (opts.db !== undefined) await ingestFolders([join(opts.out, 'extracts')], { db: opts.db });
    });
}

function runSynth(opts: SynthCliOptions): void {
  const seed = Number(opts.seed);
  const scale = Number(opts.scale);
  if (!Number.isFinite(seed) || !Number.isFinite(scale)) {
    throw new ToexError(
      'INVALID_VALUE',
      '--seed and --scale must be numbers; e.g. --seed 1 --scale 0.02',
    );
  }
  const bar = progressBar();
  bar.start(1, 'synth');
  const started = performance.now();
  const result = synthesise({
    seed,
    scale,
    out: opts.out,
    onProgress: (p) => {
      bar.start(p.total, `synth ${p.force}`);
      bar.update(p.done);
    },
  });
  bar.stop();
  const t = result.totals;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `wrote ${opts.out}: ${t.occurrences} occurrences, ${t.persons} persons, ` +
      `${t.involvements} involvements, ${t.addresses} addresses, ${t.links} links ` +
      `(${t.rows} rows, ${result.travellers} cross-force people) in ${seconds} s\n`,
  );
}
