import type {
  MafbOptions,
  MafbPerson,
  RfgCombine,
  RfgScore,
  VawgOptions,
} from '../../models/index.js';
import type { DateSpan } from './period.js';

/** Options of a VAWG force profile; only `force` is required. */
export interface ProfileOptions {
  /** Force code, e.g. `bedfordshire`. */
  force: string;
  /** Period start and end, `yyyy-mm-dd`; default the last six complete months of data. */
  from?: string;
  to?: string;
  /** First month of the year for year-to-date figures (4 = April, the police year). */
  yearStartMonth?: number;
  /** Only these location types (case-insensitive); applies to every figure of the profile. */
  locationTypesInclude?: readonly string[];
  /** Leave out these location types (case-insensitive); applies to every figure. */
  locationTypesExclude?: readonly string[];
  mafb?: Partial<MafbOptions>;
  vawg?: Partial<VawgOptions>;
  /** Rows in each ranking and hotspot list (ties at the cut-off are all kept); default 10. */
  top?: number;
  /** Streets listed under each hotspot area; default 5. */
  streetsPerArea?: number;
  rfgCombine?: RfgCombine;
  /** RFG model file in data/models/ (or a path); default rfg-v1.json. */
  rfgModelFile?: string;
}

/** The options a profile was actually built with, defaults filled in. */
export interface ResolvedProfileOptions {
  yearStartMonth: number;
  locationTypesInclude: string[];
  locationTypesExclude: string[];
  mafb: MafbOptions;
  vawg: VawgOptions;
  top: number;
  streetsPerArea: number;
  rfgCombine: RfgCombine;
}

/** The profile period and how it was chosen. */
export interface ProfilePeriod extends DateSpan {
  basis: 'requested' | 'last-six-complete-months';
  /** The last day the force's data reaches, yyyy-mm-dd (null when no data). */
  dataEnd: string | null;
}

/** Headline VAWG figures of the period. People are counted by person_id. */
export interface HeadlineFigures {
  occurrences: number;
  crimes: number;
  open: number;
  victims: number;
  suspects: number;
  /** Total harm of occurrences whose harm is known, in days. */
  harmDays: number | null;
  /** Occurrences whose harm is unknown (not counted as zero). */
  harmUnknown: number;
}

/** VAWG occurrences year to date against the same span a year earlier. */
export interface YearToDate {
  counts: 'VAWG occurrences';
  yearStartMonth: number;
  current: DateSpan & { occurrences: number };
  previous: DateSpan & { occurrences: number };
  /** (current - previous) / previous x 100, a whole per cent; null when previous is 0. */
  changePercent: number | null;
}

/** VAWG occurrences in the period per 1,000 people of the force area. */
export interface RatePerThousand {
  occurrences: number;
  population: number | null;
  populationYear: number | null;
  /** Two decimals; null when the population is unknown. */
  per1000: number | null;
}

export interface ClassificationRow {
  level1: string;
  level2: string | null;
  level3: string | null;
  occurrences: number;
}

export interface CountRow {
  label: string;
  occurrences: number;
}

export interface MonthRow {
  month: string;
  occurrences: number;
  previousYear: number;
}

export interface StreetRow {
  street: string;
  occurrences: number;
}

export interface HotspotArea {
  /** Rank among the force's areas of its level; for a district's sectors, within the district. */
  rank: number;
  area: string;
  occurrences: number;
  /** The district a sector lies in (set on `hotspots.districtSectors`). */
  district?: string;
  streets: StreetRow[];
}

/** One person in a ranking, with the inputs and the RFG score (with sub-scores). */
export interface RankedPerson {
  rank: number;
  personId: string;
  name: string | null;
  records: number;
  occurrences: number;
  harmDays: number | null;
  harmUnknown: number;
  latestOn: string;
  rfg: RfgScore;
}

export interface PersonRankings {
  byOccurrences: RankedPerson[];
  byHarm: RankedPerson[];
  byRfg: RankedPerson[];
}

export interface ModelVersion {
  name: string;
  version: string;
  detail: string;
}

export interface ReferenceVersion {
  name: string;
  version: string | null;
  source: string | null;
  licence: string | null;
}

/** A VAWG force profile: every figure and row, with its period, options and versions. */
export interface VawgProfile {
  kind: 'vawg-profile';
  force: string;
  generatedAt: string;
  period: ProfilePeriod;
  /** What a reader must know before trusting the figures (e.g. the data ends early). */
  warnings: string[];
  options: ResolvedProfileOptions;
  headline: HeadlineFigures;
  yearToDate: YearToDate;
  rate: RatePerThousand;
  byClassification: {
    level1: ClassificationRow[];
    level2: ClassificationRow[];
    level3: ClassificationRow[];
  };
  byLocationType: CountRow[];
  byMonth: MonthRow[];
  /** Ranked districts and sectors, and every sector of the listed districts (drill-down). */
  hotspots: { districts: HotspotArea[]; sectors: HotspotArea[]; districtSectors: HotspotArea[] };
  mafb: MafbPerson[];
  suspects: PersonRankings;
  victims: PersonRankings;
  models: ModelVersion[];
  references: ReferenceVersion[];
}
