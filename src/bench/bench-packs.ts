import { regionForces } from '../core/record-schema.js';
import { generatePack } from '../products/pack/generate-pack.js';
import { packFormats, packSettings } from '../products/pack/pack-settings.js';
import { buildVawgPack } from '../products/pack/vawg-pack.js';
import type { Store } from '../store/store.js';
import { ratio, timed } from './bench-timer.js';

/** What `benchPacks` times, and against what. */
export interface PackBenchRun {
  meetingDate: string;
  /** Seconds the force profile took earlier in the same run: the baseline of every ratio. */
  profileSeconds: number;
  /** Where the rendered files go (created if absent). */
  outDir: string;
  say: (line: string) => void;
  /** The forces of the "all forces" run; default the region's nine. */
  forces?: readonly string[];
}

/** Seconds for one force's pack and for every force's, each built and rendered. */
export interface PackBenchResult {
  oneSeconds: number;
  allSeconds: number;
  files: number;
}

/**
 * Times whole packs as a TTCG pack is delivered: built, rendered to PDF and HTML and
 * exported to CSV and Excel, written to `outDir` and recorded, for Bedfordshire and then
 * for every force, each printed as a ratio of the profile's time in the same run.
 */
export async function benchPacks(store: Store, run: PackBenchRun): Promise<PackBenchResult> {
  const forces = run.forces ?? regionForces;
  const settings = packSettings();
  const pack = (force: string) =>
    generatePack(store, {
      force,
      meetingDate: run.meetingDate,
      settings,
      builder: buildVawgPack,
      output: { outDir: run.outDir, formats: packFormats },
    });

  const one = await timed(() => pack('bedfordshire'));
  run.say(
    `pack bedfordshire, rendered to ${packFormats.join(', ')} (${one.value.files.length} files): ` +
      `${one.seconds.toFixed(2)} s (${ratio(one.seconds, run.profileSeconds)} the profile's time)`,
  );

  let files = 0;
  const all = await timed(async () => {
    for (const force of forces) files += (await pack(force)).files.length;
  });
  run.say(
    `packs, all ${forces.length} forces, rendered (${files} files): ${all.seconds.toFixed(2)} s ` +
      `(${ratio(all.seconds, run.profileSeconds)} the profile's time, ` +
      `${ratio(all.seconds / forces.length, run.profileSeconds)} per pack)`,
  );
  return {
    oneSeconds: one.seconds,
    allSeconds: all.seconds,
    files: one.value.files.length + files,
  };
}
