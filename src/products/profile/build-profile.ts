import { format, parseISO, startOfMonth, subMonths } from 'date-fns';
import { ToexError } from '../../core/errors.js';
import {
  defaultMafbOptions,
  defaultVawgOptions,
  findMafb,
  harmModelVersion,
  loadRfgModel,
  loadSql,
  mafbModelVersion,
  prepareVawgOccurrences,
  vawgModelVersion,
  type RfgModel,
} from '../../models/index.js';
import { ensureReference } from '../../reference/index.js';
import type { Store } from '../../store/store.js';
import { lastCompleteMonthEnd, periodWarnings } from './period.js';
import {
  byClassification,
  byLocationType,
  byMonth,
  headlineFigures,
  ratePerThousand,
  yearToDate,
} from './profile-figures.js';
import { districtSectors, hotspots } from './profile-hotspots.js';
import { personRankings } from './profile-rankings.js';
import type {
  ModelVersion,
  ProfileOptions,
  ProfilePeriod,
  ReferenceVersion,
  ResolvedProfileOptions,
  VawgProfile,
} from './profile-types.js';

/** The stages of building a profile, reported to a progress display in this order. */
export const profileSteps = ['classify', 'rank', 'count'] as const;
export type ProfileStep = (typeof profileSteps)[number];

/** Months in the default profile period. */
export const defaultPeriodMonths = 6;

/**
 * Builds the VAWG force profile of one force: every figure by SQL in the store, for the
 * chosen period (default: the last six complete months of the force's data; see
 * `lastCompleteMonthEnd`). Rendering is separate (`renderProfileHtml`), so packs can reuse
 * the object. Writes temp tables on the store's connection.
 */
export async function buildProfile(
  store: Store,
  options: ProfileOptions,
  onStep: (step: ProfileStep) => void = () => undefined,
): Promise<VawgProfile> {
  const resolved = resolveOptions(options);
  const model = loadRfgModel(options.rfgModelFile);

  onStep('classify');
  await ensureReference(store);
  await prepareVawgOccurrences(store, resolved.vawg);
  await prepareScope(store, options.force, resolved);
  const period = await resolvePeriod(store, options);

  onStep('rank');
  const ranking = { period, top: resolved.top, model, combine: resolved.rfgCombine };
  const suspects = await personRankings(store, { ...ranking, roleGroup: 'suspect' });
  const victims = await personRankings(store, { ...ranking, roleGroup: 'victim' });
  const mafb = await findMafb(store, { force: options.force, periodEnd: period.to }, resolved.mafb);

  onStep('count');
  const headline = await headlineFigures(store, period);
  const ytd = await yearToDate(store, { to: period.to, yearStartMonth: resolved.yearStartMonth });
  const areas = { period, top: resolved.top, streets: resolved.streetsPerArea };
  return {
    kind: 'vawg-profile',
    force: options.force,
    generatedAt: new Date().toISOString(),
    period,
    warnings: periodWarnings(period),
    options: resolved,
    headline,
    yearToDate: ytd,
    rate: await ratePerThousand(store, { force: options.force, occurrences: headline.occurrences }),
    byClassification: await byClassification(store, period),
    byLocationType: await byLocationType(store, period),
    byMonth: await byMonth(store, period.to),
    hotspots: {
      districts: await hotspots(store, { ...areas, level: 'district' }),
      sectors: await hotspots(store, { ...areas, level: 'sector' }),
      districtSectors: await districtSectors(store, areas),
    },
    mafb,
    suspects,
    victims,
    models: modelVersions(resolved, model),
    references: await referenceVersions(store),
  };
}

function resolveOptions(o: ProfileOptions): ResolvedProfileOptions {
  if (o.force.trim() === '')
    throw new ToexError('INVALID_VALUE', 'the force is empty; give a force code');
  const r: ResolvedProfileOptions = {
    yearStartMonth: o.yearStartMonth ?? 4,
    locationTypesInclude: (o.locationTypesInclude ?? []).map(normaliseLocation),
    locationTypesExclude: (o.locationTypesExclude ?? []).map(normaliseLocation),
    mafb: { ...defaultMafbOptions, ...o.mafb },
    vawg: { ...defaultVawgOptions, ...o.vawg },
    top: o.top ?? 10,
    streetsPerArea: o.streetsPerArea ?? 5,
    rfgCombine: o.rfgCombine ?? 'product',
  };
  if (!Number.isInteger(r.yearStartMonth) || r.yearStartMonth < 1 || r.yearStartMonth > 12) {
    throw new ToexError('INVALID_VALUE', 'the year start month must be 1 to 12 (4 = April)');
  }
  if (!Number.isInteger(r.top) || r.top < 1) {
    throw new ToexError('INVALID_VALUE', 'top must be a whole number of at least 1');
  }
  return r;
}

function normaliseLocation(text: string): string {
  return text.trim().toLowerCase();
}

async function prepareScope(store: Store, force: string, o: ResolvedProfileOptions): Promise<void> {
  await store.run(
    'CREATE OR REPLACE TEMP TABLE profile_location_filter (mode VARCHAR, location_type VARCHAR)',
  );
  for (const t of o.locationTypesInclude) {
    await store.run(`INSERT INTO profile_location_filter VALUES ('include', ?)`, [t]);
  }
  for (const t of o.locationTypesExclude) {
    await store.run(`INSERT INTO profile_location_filter VALUES ('exclude', ?)`, [t]);
  }
  await store.run(loadSql('products', 'profile-scope'), { force });
}

async function resolvePeriod(store: Store, o: ProfileOptions): Promise<ProfilePeriod> {
  const ends = await store.one<{ extract_end: string | null; data_end: string | null }>(
    loadSql('products', 'profile-data-end'),
    { force: o.force },
  );
  const dataEnd = ends.extract_end ?? ends.data_end;
  if (o.from !== undefined && o.to !== undefined)
    return checked({ from: o.from, to: o.to, basis: 'requested', dataEnd });
  if (dataEnd === null && o.to === undefined) {
    throw new ToexError(
      'NOT_FOUND',
      `the store holds no occurrences for force ${o.force}; check --force, or load its extract, or give --from and --to`,
    );
  }
  const to = o.to ?? lastCompleteMonthEnd(dataEnd ?? '');
  const from =
    o.from ?? format(startOfMonth(subMonths(parseISO(to), defaultPeriodMonths - 1)), 'yyyy-MM-dd');
  const basis =
    o.from === undefined && o.to === undefined ? 'last-six-complete-months' : 'requested';
  return checked({ from, to, basis, dataEnd });
}

function checked(p: ProfilePeriod): ProfilePeriod {
  if (p.from > p.to) {
    throw new ToexError('INVALID_VALUE', 'the period starts after it ends; check --from and --to');
  }
  return p;
}

function modelVersions(o: ResolvedProfileOptions, rfg: RfgModel): ModelVersion[] {
  const m = o.mafb;
  return [
    {
      name: 'VAWG classification',
      version: vawgModelVersion,
      detail: `core codes; female victim or DA flag codes when either applies; exploitation-context codes ${o.vawg.includeExploitation ? 'included' : 'excluded'}`,
    },
    {
      name: 'Harm',
      version: harmModelVersion,
      detail: 'CCHI days by Home Office code, else by force and crime type, else unknown',
    },
    {
      name: 'RFG',
      version: rfg.version,
      detail: `recency, frequency, gravity bands; combined as ${o.rfgCombine === 'product' ? 'R x F x G / 10,000' : 'the mean of R, F and G'}`,
    },
    {
      name: 'MAFB',
      version: mafbModelVersion,
      detail: `moves into the force within ${m.escalationMonths} months of the period end; at least ${m.minVawg} VAWG occurrences as suspect or offender in any force; latest address only: ${m.latestAddressOnly ? 'yes' : 'no'}; previous VAWG in force required: ${m.previousVawgInForce ? 'yes' : 'no'}`,
    },
  ];
}

async function referenceVersions(store: Store): Promise<ReferenceVersion[]> {
  const tables = await store.query<{ n: number }>(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'ref_version'`,
  );
  if ((tables[0]?.n ?? 0) === 0) return [];
  return store.query<ReferenceVersion>(
    'SELECT name, version, source, licence FROM ref_version ORDER BY name',
  );
}
