import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import { ingestAll, type IngestReport } from '../ingest/index.js';
import { generatePack } from '../products/pack/generate-pack.js';
import { loadPackSettings } from '../products/pack/regional-settings.js';
import { buildVawgPack } from '../products/pack/vawg-pack.js';
import { buildProfile } from '../products/profile/build-profile.js';
import type { VawgProfile } from '../products/profile/profile-types.js';
import { renderProfileHtml, renderProfileJson } from '../products/profile/render-profile.js';
import { modelOrDefault, resolutionIsCurrent, resolvePersons } from '../resolve/index.js';
import type { Store } from '../store/store.js';
import { synthesise } from '../synth/index.js';
import { auditCommand } from './cli-audit.js';
import { checkPlantedCases, type PlantedCaseCheck } from './planted-cases.js';

/** Options of the main job: where the default data, the store's outputs and the force are. */
export interface MainJobOptions {
  force: string;
  seed: number;
  scale: number;
  dataDir: string;
  outDir: string;
  /** Told as each step starts, with a short label. */
  onStep?: (label: string) => void;
}

/** What the main job wrote and found. */
export interface MainJobResult {
  synthesised: boolean;
  ingest: IngestReport;
  resolvedPersons: number;
  /** True when resolution was up to date (nothing loaded or decided since) and not re-run. */
  resolutionSkipped: boolean;
  profile: VawgProfile;
  files: string[];
  planted: PlantedCaseCheck | undefined;
  stepSeconds: Record<string, number>;
}

/**
 * The main job: builds the default data if absent, ingests it (a re-run loads nothing new),
 * resolves people across forces, and writes the force's VAWG profile (HTML, JSON) and its
 * tasking pack (PDF, HTML) for the last six complete months of data, with the regional
 * settings (`toex settings`) as the pack's settings.
 */
export async function runMainJob(store: Store, options: MainJobOptions): Promise<MainJobResult> {
  const seconds: Record<string, number> = {};
  const step = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    options.onStep?.(label);
    const started = performance.now();
    const result = await work();
    seconds[label] = (performance.now() - started) / 1000;
    return result;
  };
  const truthFile = join(options.dataDir, 'ground-truth.json');
  const synthesised = !existsSync(truthFile);
  if (synthesised) {
    await step('synthesise default data', () =>
      synthesise({ seed: options.seed, scale: options.scale, out: options.dataDir }),
    );
  }

  const ingest = await step('ingest extracts', () =>
    ingestAll(store, [join(options.dataDir, 'extracts')]),
  );
  // The reviewed default model, as `toex resolve` uses; a re-run with nothing new loaded
  // and no analyst decision since the last run would give the same persons, so it is skipped.
  const model = modelOrDefault();
  const current = model !== undefined && (await resolutionIsCurrent(store, model.version));
  if (!current)
    await step('resolve people', () => resolvePersons(store, model === undefined ? {} : { model }));
  const resolvedPersons = await countPersons(store);

  const profile = await step('build profile', () => buildProfile(store, { force: options.force }));
  mkdirSync(options.outDir, { recursive: true });
  const stem = join(options.outDir, `${options.force}-vawg-profile`);
  writeFileSync(`${stem}.html`, renderProfileHtml(profile));
  writeFileSync(`${stem}.json`, renderProfileJson(profile));

  const pack = await step('generate pack', async () =>
    generatePack(store, {
      force: options.force,
      meetingDate: meetingAfter(profile.period.to),
      settings: await loadPackSettings(store),
      builder: buildVawgPack,
      output: { outDir: options.outDir, formats: ['pdf', 'html'] },
    }),
  );
  // What the job wrote lists people (rankings, MAFB, suspect pages): logged as the CLI's
  // `toex profile` and `toex packs generate` log theirs.
  const period = { force: options.force, from: profile.period.from, to: profile.period.to };
  await auditCommand(store, {
    action: 'profile.export',
    command: 'start',
    ids: { ...period, format: 'html,json' },
    purpose: null,
  });
  await auditCommand(store, {
    action: 'pack.generate',
    command: 'start',
    ids: {
      ...period,
      meetingDate: pack.record.meetingDate,
      scope: null,
      people: pack.record.pages.map((p) => p.personId),
    },
    purpose: null,
  });
  const planted = synthesisedTruth(truthFile);
  return {
    synthesised,
    ingest,
    resolvedPersons,
    resolutionSkipped: current,
    profile,
    files: [`${stem}.html`, `${stem}.json`, ...pack.files],
    planted: planted === undefined ? undefined : await checkPlantedCases(store, profile, planted),
    stepSeconds: seconds,
  };
}

/** The meeting whose pack covers data up to `periodEnd`: its pack date is the day after. */
export function meetingAfter(periodEnd: string): string {
  return format(addDays(parseISO(periodEnd), 8), 'yyyy-MM-dd');
}

function synthesisedTruth(file: string): unknown {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
}

async function countPersons(store: Store): Promise<number> {
  const { n } = await store.one<{ n: number }>(
    'SELECT count(DISTINCT person_id) AS n FROM person_identity',
  );
  return Number(n);
}
