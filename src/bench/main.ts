import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { ingestAll } from '../ingest/index.js';
import { buildProfile } from '../products/profile/build-profile.js';
import { benchLinkage, evaluateTruth, resolvePersons } from '../resolve/index.js';
import { Store } from '../store/store.js';
import { synthesise } from '../synth/index.js';
import { meetingAfter } from '../cli/main-job.js';
import { benchApi } from './bench-api.js';
import { benchIngest } from './bench-ingest.js';
import { benchPacks } from './bench-packs.js';
import { count, ratio, timed } from './bench-timer.js';

interface BenchFlags {
  data: string;
  work: string;
  x10: boolean;
  x1: boolean;
  linkage: boolean;
  api: boolean;
}

const apiBench = { force: 'bedfordshire', users: [1, 10, 50], maxSeconds: 20, requestsPerUser: 20 };

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm run bench`: ingest against DuckDB's read_csv, resolution, profile and whole-pack
 * times (built and rendered to every format) on the default data, ingest, resolution and
 * profile on ten times it, the linkage benchmarks, and the web API's latency. Every speed
 * is printed as a ratio against a baseline measured in the same run.
 */
async function main(argv: readonly string[]): Promise<void> {
  const flags = new Command('bench')
    .option('--data <dir>', 'default data folder', '.toex/default-data')
    .option('--work <dir>', 'folder for benchmark stores and the x10 data', '.toex/bench')
    .option('--no-x10', 'skip the ten-times data set')
    .option('--no-x1', 'skip the default data set (ingest, resolve, profile, packs, API)')
    .option('--no-linkage', 'skip the linkage benchmarks')
    .option('--no-api', 'skip the web API latency benchmark')
    .parse([...argv])
    .opts<BenchFlags>();

  const profileSeconds = flags.x1 ? await benchDefault(flags) : undefined;
  if (flags.x10) await benchTenTimes(flags, profileSeconds);
  if (flags.linkage) {
    for (const dataset of ['febrl3', 'febrl4', 'fake1000'] as const)
      say(await benchLinkage(dataset));
  }
  say(`peak RSS of this process: ${count(process.resourceUsage().maxRSS / 1024)} MB`);
}

/** The default data: ingest, resolution, linkage against its truth, profile, packs, API. */
async function benchDefault(flags: BenchFlags): Promise<number> {
  await ensureData(flags.data, 1);
  const ingest = await benchIngest(join(flags.data, 'extracts'), join(flags.work, 'x1.duckdb'));
  say(
    `ingest: ${count(ingest.rows)} rows, toex ${count(ingest.rows / ingest.toexSeconds)} rows/s, ` +
      `DuckDB read_csv ${count(ingest.rows / ingest.readCsvSeconds)} rows/s, ` +
      `ratio ${ratio(ingest.readCsvSeconds, ingest.toexSeconds)} of read_csv speed`,
  );

  await using store = await Store.open(join(flags.work, 'x1.duckdb'));
  const resolved = await benchResolve(store, 'default data');
  const truth = join(flags.data, 'person-truth.csv');
  if (flags.linkage && existsSync(truth)) {
    const m = await evaluateTruth(store, truth);
    const f = (x: number) => x.toFixed(3);
    say(
      `linkage synthetic-forces: precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.f1)} ` +
        `B3 ${f(m.b3F1)} (${m.records} records, ${resolved.seconds.toFixed(1)} s)`,
    );
  }

  const profile1 = await timed(() => buildProfile(store, { force: 'bedfordshire' }));
  say(`profile bedfordshire, default data: ${profile1.seconds.toFixed(2)} s`);
  await benchPacks(store, {
    meetingDate: meetingAfter(profile1.value.period.to),
    profileSeconds: profile1.seconds,
    outDir: join(flags.work, 'packs'),
    say,
  });
  if (flags.api) await benchApi(store, apiBench, say); // the server closes the store
  return profile1.seconds;
}

async function benchResolve(store: Store, name: string) {
  const resolved = await timed(() => resolvePersons(store));
  const records = resolved.value.result.records.length;
  say(
    `resolve ${name}: ${count(records)} records, ${resolved.seconds.toFixed(1)} s, ` +
      `${count(records / resolved.seconds)} records/s, peak RSS so far ${peakMb()} MB`,
  );
  return resolved;
}

const peakMb = () => count(process.resourceUsage().maxRSS / 1024);

/** Ten times the default data: synthesis, ingest, resolution and the profile. */
async function benchTenTimes(flags: BenchFlags, profileSeconds: number | undefined) {
  const data = join(flags.work, 'data-x10');
  await ensureData(data, 10);
  await using store = await Store.open(join(flags.work, 'x10.duckdb'));
  const loaded = await timed(() => ingestAll(store, [join(data, 'extracts')]));
  const rows = loaded.value.extracts.reduce(
    (n, e) => n + e.files.reduce((m, f) => m + f.rowsRead, 0),
    0,
  );
  say(
    `ingest x10: ${count(rows)} rows, ${loaded.seconds.toFixed(1)} s, ` +
      `${count(rows / loaded.seconds)} rows/s (0 rows when already loaded), peak RSS so far ${peakMb()} MB`,
  );
  await benchResolve(store, 'x10 data');
  const profile = await timed(() => buildProfile(store, { force: 'bedfordshire' }));
  const against =
    profileSeconds === undefined
      ? ''
      : ` (${ratio(profile.seconds, profileSeconds)} the default data's time)`;
  say(`profile bedfordshire, x10 data: ${profile.seconds.toFixed(2)} s${against}`);
}

async function ensureData(dir: string, scale: number) {
  if (existsSync(join(dir, 'ground-truth.json'))) return;
  const made = await timed(() => Promise.resolve(synthesise({ seed: 1, scale, out: dir })));
  say(
    `synth scale ${scale}: ${count(made.value.totals.rows)} rows, ${made.seconds.toFixed(1)} s, ` +
      `peak RSS so far ${peakMb()} MB`,
  );
}

await main(process.argv);
